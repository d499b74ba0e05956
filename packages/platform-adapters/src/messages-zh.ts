import {
  cutShort,
  DESTROYED_ID_FIX_ZH,
  DESTROYED_ID_ZH,
  maskPhonesInText,
  PLATFORMS,
  SEVERITY_ZH,
} from "@syt/orders-model";
import { isAdapterError } from "./errors/adapter-error";
import type { AnyAdapterError } from "./errors/any-adapter-error";
import type { DamagedWorkbookReason } from "./errors/damaged-workbook";
import type { MalformedCsvReason } from "./errors/malformed-csv";
import type { NotSpreadsheetReason } from "./errors/not-spreadsheet";
import type { UnsupportedFormat } from "./errors/unsupported-format";
import type { IssueCode, ParseIssue, SkipReason } from "./issues";
import type { ProfileProblem } from "./profiles/schema";
import { EXCEL_CELL_MAX } from "./read/cell-text";
import type { Confidence, ExportKind, LooksLike, Recognition, RecognitionWhy } from "./recognise";

function where(issue: ParseIssue): string {
  const row = issue.row === undefined ? "" : `第 ${issue.row} 行`;
  const column = issue.column ? `「${issue.column}」列` : "";
  return row || column ? `${row}${column}: ` : "";
}

const quoted = (input: string | undefined): string => (input ? `「${maskPhonesInText(input)}」` : "");

function issueText(issue: ParseIssue): string {
  const input = quoted(issue.input);
  switch (issue.code) {
    case "destroyed-id":
      return `订单号${input}${DESTROYED_ID_ZH}: ${DESTROYED_ID_FIX_ZH.file}。这一行没有使用。`;
    case "suspect-id":
      return `订单号${input}有 16 位以上、末尾是 0: 如果这个 CSV 曾在 Excel 里打开并保存过, 后面的数字可能已被改成 0。已照常使用, 请和平台后台核对这个订单号。`;
    case "missing-order-no":
      return "这一行有内容但没有订单号, 没有使用。请补上订单号, 或删除这一行。";
    case "missing-sku":
      return "这一行有内容但没有商家编码, 没有使用。请补上缺货商品的商家编码, 或删除这一行。";
    case "invalid-money":
      return `金额${input}看不懂, 应为数字(例如 12.50 或 ¥12.50)。该金额按空白处理, 请核对。`;
    case "invalid-date":
      return `日期${input}看不懂, 应为 2026-11-24 09:30:00 这样的时间。该时间按空白处理, 请核对。`;
    case "invalid-quantity":
      return `数量${input}不是整数, 按 1 件处理, 请核对。`;
    case "invalid-phone":
      return `电话${input}不像手机号或固定电话, 已原样保留, 请核对。`;
    case "unknown-status":
      return `状态${input}中有不认识的部分(${cutShort(issue.params.parts)}), 已保留原文, 请核对。`;
    case "missing-status":
      return "状态是空的, 按状态未知处理, 请核对导出的状态列。";
    case "unknown-payment":
      return `支付方式${input}不认识, 不会当作货到付款, 请核对。`;
    case "unknown-courier":
      return `快递公司${input}不认识, 已保留原文, 请核对。`;
    case "waybill-format":
      return `运单号${input}的格式不常见, 请核对是否抄错。`;
    case "conflicting-rows":
      return `订单${input}的这一行与第 ${issue.params.firstRow} 行的${conflictZh(issue.params.fields)}不一致, 以第一行为准, 请核对。`;
    case "unknown-stage":
      return `仓库状态${input}不认识, 已保留原文, 不会当作已分配, 请核对。`;
    case "unknown-after-sale":
      return `售后状态${input}不认识, 已保留原文, 请核对。`;
    case "duplicate-ref":
      return `订单${input}在第 ${issue.params.firstRow} 行已经出现过, 这一行的运单号也已读入, 请核对。`;
    case "unknown-shop":
      return `店铺${input}对应不到平台, 按官网处理, 请核对。`;
    case "cell-cut":
      return `这一格有 ${issue.params.length} 个字, 超过 Excel 一格最多 ${EXCEL_CELL_MAX} 个字的上限, 已截断 (格子末尾注明了截断), 请核对原文件。`;
    case "not-its-type":
      return `${input || "这一格"}标明是${VALUE_TYPE_ZH[issue.params.type]}, 但不是有效的${VALUE_TYPE_ZH[issue.params.type]}, 已按原文保留, 请核对。`;
    case "invalid-bytes":
      return `这一格有无法识别的字节 (文件编码不对), 显示为「\uFFFD」, 请核对。`;
  }
}

const VALUE_TYPE_ZH = { number: "数字", date: "日期", boolean: "是/否" } as const;

const CONFLICT_FIELDS_ZH: Record<string, string> = { status: "状态", payment: "支付方式" };

function conflictZh(fields: string): string {
  return fields
    .split(",")
    .map((field) => CONFLICT_FIELDS_ZH[field] ?? field)
    .join("和");
}

/** What the issue says without where it is: the group's sentence names the rows itself. */
export function formatIssueTextZh(issue: ParseIssue): string {
  return maskPhonesInText(issueText(issue));
}

/** One issue as a sentence for the operator: where, what is wrong, what to do. */
export function formatIssueZh(issue: ParseIssue): string {
  return maskPhonesInText(`${SEVERITY_ZH[issue.severity]} ${where(issue)}${issueText(issue)}`);
}

const SKIP_REASONS: { readonly [R in SkipReason]: string } = {
  "above-header": "表头上方的标题或空行",
  blank: "空行",
  "repeated-header": "重复的表头",
  total: "合计/总计行",
  duplicate: "与上面一行重复 (同一个编码)",
};

export function formatSkipReasonZh(reason: SkipReason): string {
  return SKIP_REASONS[reason];
}

const NOT_SPREADSHEET: { readonly [R in NotSpreadsheetReason]: string } = {
  empty: "文件是空的(0 字节)",
  truncated_zip: "文件不完整(可能没下载完或复制中断)",
  zip_without_workbook: "这是一个压缩包, 但里面不是 Excel 工作簿",
  image: "这是一张图片, 只是改了扩展名",
  pdf: "这是一个 PDF 文件",
  binary: "这不是表格文件",
  html_without_table: "这是一个网页文件, 但里面没有表格",
  unreadable_workbook: "Excel 文件已损坏, 无法打开",
};

const DAMAGED_WORKBOOK: { readonly [R in DamagedWorkbookReason]: string } = {
  truncated_xml: "工作表的内容在中途断了, 最后的行读不到",
  missing_shared_strings: "文字单元格所引用的共享文字表(sharedStrings)不在文件里, 文字都会变成空白",
  shared_string_index: "有单元格引用了共享文字表里不存在的文字",
  duplicate_entry: "压缩包里有两个同名的部件, 不知道该用哪一个",
  bad_zip: "压缩包的结构有错",
  inflate_failed: "压缩的数据解不开",
  size_mismatch: "解压后的大小和文件自己声明的不一致",
  crc_mismatch: "文件内容的校验码(CRC-32)对不上, 文件在保存、下载或复制时损坏了, 里面的数字可能已被改动",
  oversized_cell: "有一格的内容比 Excel 允许的还长",
  cdata: "有一格的文字用了 Excel 不会写出的 CDATA 格式, 读不准",
  doctype: "文件里用 DOCTYPE 自定义了实体, Excel 不会写出这种内容, 读不准",
};

const UNSUPPORTED_FORMAT: { readonly [F in UnsupportedFormat]: string } = {
  xlsb: "Excel 二进制工作簿(.xlsb)",
  ods: "OpenDocument 表格(.ods, WPS/LibreOffice)",
  fods: "OpenDocument 平面 XML 表格(.fods)",
  numbers: "苹果 Numbers 表格(.numbers)",
  "utf-16be": "UTF-16 BE 编码的文本",
};

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  array: "列表",
  object: "对象",
  boolean: "是/否",
};

function pathZh(path: readonly string[]): string {
  return path.length === 0 ? "配置" : `「${path.join(".")}」`;
}

/** One problem of a mapping profile, for the person who wrote it: where, and what was expected. */
export function formatProfileProblemZh(problem: ProfileProblem): string {
  if (problem.code === "not-json") return "配置不是有效的 JSON: 请检查引号、逗号和括号是否成对";
  if (problem.code === "unreadable") return "读不了: 请检查路径和权限";
  if (problem.code === "no-profiles")
    return "文件夹里没有 .json 映射配置: 请把配置文件放进去 (可复制内置的配置改)";
  const at = pathZh(problem.path);
  switch (problem.code) {
    case "invalid_type":
      return `${at}应为${TYPE_NAMES[problem.expected] ?? problem.expected}`;
    case "empty":
      return `${at}不能为空`;
    case "invalid-id":
      return `${at}格式不对: 只能用小写字母、数字和 -, 例如 "pingan"`;
    case "invalid_value":
      return `${at}应为以下之一: ${problem.values.join("、")}`;
    case "unknown-keys":
      return `${at}中有不认识的键: ${problem.keys.join("、")}`;
    case "unknown-field":
      return `${at}中有不认识的字段名; 可用的字段: ${problem.fields.join("、")}`;
    case "invalid-status":
      return `${at}应为 "ecshop"、"pdd" 或「状态文字 → 状态」的对照表`;
    case "missing-order-no":
      return `${at}: 必须给出订单号列的表头(fields.orderNo)`;
    case "required-without-header":
      return `${at}: 必填字段「${problem.field}」在 fields 中没有对应的表头`;
    case "missing-field":
      return `${at}: 必须给出这一列的表头 (fields.${problem.field}), 没有它读不了这种表格`;
    case "invalid":
      return `${at}不正确`;
  }
}

const KIND_ZH: { readonly [K in ExportKind]: string } = {
  orders: "订单导出",
  wms: "WMS 物流导出",
  "after-sales": "售后单",
  "out-of-stock": "缺货清单",
  unknown: "未识别的表格",
};
const EXPECTED_ZH = KIND_ZH;

export const LOOKS_LIKE_ZH: { readonly [L in LooksLike]: string } = {
  bill: "资金流水 (账单)",
  statement: "对账单",
  invoice: "发票清单",
  stock_list: "库存表",
};

const NEXT_STEP_ZH: { readonly [K in ExportKind]: string } = {
  orders: "请换成要求的导出文件。",
  wms: "请换成要求的导出文件。",
  "after-sales": "请换成要求的导出文件。",
  "out-of-stock": "请换成要求的导出文件。",
  unknown:
    "请确认导出的是正确的报表、表头行没有被删除或改名; 如果是平台改了导出的列名, 可以复制一份映射配置 (profiles) 改好后用 --profiles 指定。",
};

/** Who a file name or a header names: a platform, 万里牛, or a kind of list. */
function sourceZh(source: string): string {
  if (source === "wanliniu") return "万里牛";
  if (source in KIND_ZH) return KIND_ZH[source as ExportKind];
  return (PLATFORMS as Record<string, { name: string }>)[source]?.name ?? source;
}

const CONFIDENCE_ZH = {
  high: "",
  medium: "",
  low: " (版式是推测的, 没有公开样本; 读错时请改映射配置)",
} as const;

/** The evidence behind a layout, as DOMAIN.md's brackets grade it. */
export const EVIDENCE_ZH: Record<Confidence, string> = { high: "高", medium: "中", low: "低" };

/**
 * The layout a file was read by and the evidence behind it, for the line beside the file:
 * `版式「万里牛订单明细」, 依据: 高`, and for an assumed layout `…, 依据: 低, 格式为假定`.
 */
export function formatReadByZh(readBy: { layout: string; confidence: Confidence }): string {
  const assumed = readBy.confidence === "low" ? ", 格式为假定" : "";
  return `版式「${readBy.layout}」, 依据: ${EVIDENCE_ZH[readBy.confidence]}${assumed}`;
}

function whyZh(why: RecognitionWhy): string {
  switch (why.code) {
    case "columns":
      return `表头有${why.columns.map((c) => `「${c}」`).join("")}`;
    case "operator-profile":
      return `按映射配置「${why.profile}」`;
    case "file-name-disagrees":
      return `文件名像是${sourceZh(why.fileNameSays)}, 但表头是${sourceZh(why.headersSay)}的, 按表头认`;
    case "no-header":
      return "前 30 行里没有表头 (没有一行有两格以上的文字)";
    case "looks-like":
      return `看起来是${LOOKS_LIKE_ZH[why.what]} (有${why.columns.map((c) => `「${c}」`).join("")})`;
    case "no-known-columns":
      return `表头${why.header.map((c) => `「${cutShort(c, 12)}」`).join("")}不是已知的任何导出`;
  }
}

/**
 * What a sheet was recognised as, and why, in one phrase: `是拼多多订单导出 (表头有「订单号」「订单状态」…)`
 * or `未识别: 看起来是资金流水 (账单) (有「账务时间」「余额」)`.
 */
export function formatRecognitionZh(recognition: Omit<Recognition, "orderAdapter">): string {
  const why = recognition.why.map(whyZh).join("; ");
  if (recognition.kind === "unknown") return `未识别: ${why}`;
  const kind = recognition.kind === "orders" ? "订单导出" : "";
  return `是${recognition.name}${kind} (${why})${CONFIDENCE_ZH[recognition.confidence]}`;
}

const fileLabel = (fileName: string | undefined): string => (fileName ? `「${fileName}」` : "文件");

function errorText(error: AnyAdapterError): string {
  switch (error.code) {
    case "not-spreadsheet": {
      const e = error;
      return `${fileLabel(e.fileName)}无法读取: ${NOT_SPREADSHEET[e.reason]}。请从后台重新导出 .xlsx 或 .csv 文件后再试。`;
    }
    case "encrypted-workbook":
      return `${fileLabel(error.fileName)}设置了打开密码, 无法读取。请在 Excel 中打开, 去掉密码(文件 → 信息 → 保护工作簿)后另存为 .xlsx 再试。`;
    case "legacy-xls":
      return `${fileLabel(error.fileName)}是旧版 Excel 97-2003 (.xls) 格式, 无法读取。请在 Excel 中打开后「另存为」Excel 工作簿(.xlsx)再试。`;
    case "header-not-found": {
      const e = error;
      return `没有找到${e.platform === "any" ? "" : `${e.platform}导出的`}表头: 缺少这些列: ${e.missing.map((m) => `「${m}」`).join("、")}。请确认导出的是正确的报表, 且表头行没有被删除或改名。`;
    }
    case "input-too-large": {
      const e = error;
      if (e.limit === "columns")
        return `表格太宽: 第 ${e.actual} 列还有内容, 上限为 ${e.max} 列。请删除右边多余的列(或整张表另存为 .xlsx)后再试。`;
      if (e.limit === "cells" || e.limit === "shared_strings") {
        const what = e.limit === "cells" ? "有内容的单元格" : "共享文本(不重复的文字)";
        return `表格太大: ${what}已超过 ${e.max} 个, 读下去会耗尽电脑内存。请缩小导出的时间范围后分批导入; 如果表格本来不大, 文件可能已损坏, 请从后台重新导出。`;
      }
      const what = { bytes: "文件大小", rows: "行数", uncompressed: "解压后的大小" }[e.limit];
      return `文件太大: ${what}为 ${e.actual}, 上限为 ${e.max}。请缩小导出的时间范围后分批导入。`;
    }
    case "sheet-not-found": {
      const e = error;
      return `工作簿中没有名为「${e.wanted}」的工作表。现有的工作表: ${e.sheets.map((s) => `「${s}」`).join("、")}。`;
    }
    case "unknown-platform": {
      const e = error;
      return `不认识的平台「${e.platform}」。可用的平台: ${e.known.join("、")}。请检查命令或配置里的平台名。`;
    }
    case "damaged-workbook": {
      const e = error;
      const part = e.part ? `(部件 ${e.part})` : "";
      return `${fileLabel(e.fileName)}已损坏, 无法完整读取: ${DAMAGED_WORKBOOK[e.reason]}${part}。为了不漏算订单, 整个文件都没有读入。请从后台重新导出, 或在 Excel 中打开后另存为 .xlsx 再试。`;
    }
    case "unsupported-format": {
      const e = error;
      return `${fileLabel(e.fileName)}是${UNSUPPORTED_FORMAT[e.format]}, 无法读取。请用 Excel 或 WPS 打开后「另存为」Excel 工作簿(.xlsx)再试。`;
    }
    case "invalid-profile": {
      const e = error;
      const file = e.profileFile ? `「${e.profileFile}」` : "";
      return `映射配置${file}有误: ${e.problems.map(formatProfileProblemZh).join("; ")}`;
    }
    case "unrecognised-export": {
      const e = error;
      return `${fileLabel(e.fileName)}${formatRecognitionZh(e.recognition)}, 不是${EXPECTED_ZH[e.expected]}。${NEXT_STEP_ZH[e.recognition.kind]}`;
    }
    case "malformed-csv": {
      const e = error;
      const at = `第 ${e.row} 行${e.line === e.row ? "" : `(用记事本打开是第 ${e.line} 行)`}`;
      const what: { readonly [R in MalformedCsvReason]: string } = {
        unclosed_quote: `${at}的引号没有闭合, 后面的行都被并进了这一格`,
        merged_rows: `${at}的一格以引号开头, 到第 ${e.line + (e.count ?? 0)} 行才闭合, 中间 ${e.count ?? 0} 行被并进了这一格`,
        stray_quote: `${at}有一格的引号不成对(闭合的引号后面还有文字), 这一格会和后面的格连在一起`,
        extra_cells: `${at}比表头多出 ${e.count ?? 0} 格, 多半是某一格里的逗号没有加引号, 后面的列会错位`,
        control_character: `${at}含有文本导出里不会有的控制字符(例如 NUL), 文件可能已经损坏`,
        mixed_encoding: `${at}和文件的其他行不是同一种编码 (一部分是 UTF-8, 一部分是 GBK), 多半是把两个导出拼在了一起, 按任何一种编码读都会有一部分变成乱码`,
      };
      const fix =
        e.reason === "mixed_encoding"
          ? "请从后台重新导出整份文件后再试, 不要把几个导出的内容拼在一起。"
          : e.reason === "control_character"
            ? "请从后台重新导出后再试。"
            : "请用 Excel 或记事本打开, 改正这一处后另存为 CSV, 或从后台重新导出后再试。";
      return `${fileLabel(e.fileName)}无法可靠地读取: ${what[e.reason]}。为了不漏算订单, 整个文件都没有读入。${fix}`;
    }
  }
}

/** An error as the operator reads it; errors not from this package are shown without internals. */
export function formatErrorZh(error: unknown): string {
  if (isAdapterError(error)) return errorText(error);
  return "读取文件时出现意外错误, 请把文件另存为 .xlsx 后重试; 如果仍然失败, 请联系技术同事。";
}

/**
 * Rows with the same issue as one sentence: `「订单处理状态」列有 312 行是不认识的状态「xx」(第 2、5、6… 行)…`.
 * `count` rows like `issue`, `at` where they are (`(第 2、5 行)`), `effect` what the caller did with
 * orders an unknown status or payment leaves out (`, 这些订单不会进入报表`).
 */
export function formatIssueGroupZh(issue: ParseIssue, count: number, at: string, effect = ""): string {
  const n = count;
  const column = issue.column ? `「${issue.column}」列有 ` : "有 ";
  const value = maskPhonesInText(cutShort(issue.input ?? ""));
  const code: IssueCode = issue.code;
  switch (code) {
    case "destroyed-id":
      return `${n} 行的订单号${at}${DESTROYED_ID_ZH}: ${DESTROYED_ID_FIX_ZH.file}`;
    case "suspect-id":
      return `${n} 行的订单号有 16 位以上且末尾是 0${at}: CSV 分不出是真实订单号还是被 Excel 改过, 已照常使用: 请和平台后台核对这几个订单号`;
    case "missing-order-no":
      return `${n} 行有内容但没有订单号${at}, 没有使用: 请补上订单号, 或删除这些行`;
    case "missing-sku":
      return `${n} 行有内容但没有商家编码${at}, 没有使用: 请补上商家编码, 或删除这些行`;
    case "invalid-money":
      return `${column}${n} 行金额看不懂 (例如「${value}」)${at}, 按空白处理: 请核对`;
    case "invalid-date":
      return `${column}${n} 行日期看不懂 (例如「${value}」)${at}, 按空白处理: 请核对`;
    case "invalid-quantity":
      return `${column}${n} 行数量不是整数 (例如「${value}」)${at}, 按 1 件处理: 请核对`;
    case "invalid-phone":
      return `${column}${n} 行电话不像手机号或固定电话${at}, 已原样保留: 请核对`;
    case "unknown-status": {
      // Words echoed from a cell may be an address someone typed there: cut short and masked.
      const parts = issue.code === "unknown-status" ? maskPhonesInText(cutShort(issue.params.parts)) : value;
      return `${column}${n} 行是不认识的状态「${parts}」${at}, 已保留原文${effect}: 请核对导出的状态列`;
    }
    case "missing-status":
      return `${column}${n} 行的状态是空的${at}, 按状态未知处理${effect}: 请核对导出的状态列`;
    case "unknown-payment":
      return `${column}${n} 行是不认识的支付方式「${value}」${at}, 不会当作货到付款${effect}: 请核对`;
    case "unknown-courier":
      return `${column}${n} 行是不认识的快递公司「${value}」${at}, 已保留原文: 请核对`;
    case "waybill-format":
      return `${n} 个运单号格式不常见 (例如「${value}」)${at}: 请核对是否抄错`;
    case "conflicting-rows":
      return `${n} 行与同一订单的第一行状态或支付方式不一致${at}, 以第一行为准: 请核对`;
    case "unknown-stage":
      return `${column}${n} 行是不认识的仓库状态「${value}」${at}, 已保留原文, 不会当作已分配: 请核对`;
    case "unknown-after-sale":
      return `${column}${n} 行是不认识的售后状态「${value}」${at}, 已保留原文: 请核对`;
    case "duplicate-ref":
      return `${n} 行的订单在 WMS 导出里重复出现${at}, 每一行的运单号都已读入: 请核对`;
    case "unknown-shop":
      return `${column}${n} 行的店铺「${value}」对应不到平台${at}, 按官网处理: 请核对`;
    case "cell-cut":
      return `${column}${n} 行的内容超过 Excel 一格 ${EXCEL_CELL_MAX} 个字的上限${at}, 已截断 (格子末尾注明): 请核对原文件`;
    case "not-its-type": {
      const type = issue.code === "not-its-type" ? VALUE_TYPE_ZH[issue.params.type] : "";
      return `${column}${n} 行标明是${type}却不是有效的${type} (例如「${value}」)${at}, 已按原文保留: 请核对`;
    }
    case "invalid-bytes":
      return `${column}${n} 行有无法识别的字节 (文件编码不对)${at}, 显示为「\uFFFD」: 请用正确的编码重新导出后核对`;
  }
}

/** Issues about a value the program does not know: grouped by that value, since each needs its own answer. */
const ODD_VALUE_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "unknown-status",
  "unknown-payment",
  "unknown-courier",
  "unknown-stage",
  "unknown-shop",
  "unknown-after-sale",
]);

/**
 * What makes two row issues the same problem: the code and column, and for an odd value (an
 * unknown status word, courier, payment) the value too. One sentence of `formatIssueGroupZh` each.
 */
export function issueGroupKey(issue: ParseIssue): string {
  const parts: string[] = [issue.code, issue.column ?? ""];
  if (ODD_VALUE_CODES.has(issue.code)) {
    parts.push(issue.code === "unknown-status" ? issue.params.parts : (issue.input ?? ""));
  }
  return parts.join("\u0001");
}
