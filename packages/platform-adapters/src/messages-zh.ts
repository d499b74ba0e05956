import { maskPhonesInText } from "@syt/orders-model";
import { type AdapterError, isAdapterError } from "./errors/adapter-error";
import type { EncryptedWorkbookError } from "./errors/encrypted-workbook";
import type { HeaderNotFoundError } from "./errors/header-not-found";
import type { InputTooLargeError } from "./errors/input-too-large";
import type { InvalidProfileError } from "./errors/invalid-profile";
import type { LegacyXlsError } from "./errors/legacy-xls";
import type { NotSpreadsheetError, NotSpreadsheetReason } from "./errors/not-spreadsheet";
import type { SheetNotFoundError } from "./errors/sheet-not-found";
import type { ParseIssue, SkipReason } from "./issues";

function where(issue: ParseIssue): string {
  const row = issue.row === undefined ? "" : `第 ${issue.row} 行`;
  const column = issue.column ? `「${issue.column}」列` : "";
  return row || column ? `${row}${column}: ` : "";
}

const quoted = (input: string | undefined): string => (input ? `「${maskPhonesInText(input)}」` : "");

function issueText(issue: ParseIssue): string {
  const input = quoted(issue.input);
  switch (issue.code) {
    case "destroyed_id":
      return `订单号${input}已被 Excel 改成科学计数法, 后面的数字已经丢失, 无法恢复。请把这一列设置为「文本」格式后重新粘贴或重新导出, 再导入。这一行没有使用。`;
    case "missing_order_no":
      return "这一行有内容但没有订单号, 没有使用。请补上订单号, 或删除这一行。";
    case "invalid_money":
      return `金额${input}看不懂, 应为数字(例如 12.50 或 ¥12.50)。该金额按空白处理, 请核对。`;
    case "invalid_date":
      return `日期${input}看不懂, 应为 2026-11-24 09:30:00 这样的时间。该时间按空白处理, 请核对。`;
    case "invalid_quantity":
      return `数量${input}不是整数, 按 1 件处理, 请核对。`;
    case "invalid_phone":
      return `电话${input}不像手机号或固定电话, 已原样保留, 请核对。`;
    case "unknown_status":
      return `状态${input}中有不认识的部分(${issue.params?.parts ?? ""}), 已保留原文, 请核对。`;
    case "unknown_payment":
      return `支付方式${input}不认识, 不会当作货到付款, 请核对。`;
    case "unknown_courier":
      return `快递公司${input}不认识, 已保留原文, 请核对。`;
    case "waybill_format":
      return `运单号${input}的格式不常见, 请核对是否抄错。`;
    case "conflicting_rows":
      return `订单${input}的这一行与第 ${issue.params?.firstRow ?? "?"} 行的状态或支付方式不一致, 以第一行为准, 请核对。`;
    case "unknown_allocation":
      return `分配状态${input}不认识, 请核对。`;
    case "duplicate_ref":
      return `订单${input}在第 ${issue.params?.firstRow ?? "?"} 行已经出现过, 这一行的运单号也已读入, 请核对。`;
    case "unknown_shop":
      return `店铺${input}对应不到平台, 按官网处理, 请核对。`;
  }
}

/** One issue as a sentence for the operator: where, what is wrong, what to do. */
export function formatIssueZh(issue: ParseIssue): string {
  const level = issue.severity === "error" ? "错误" : "提示";
  return `${level} ${where(issue)}${issueText(issue)}`;
}

const SKIP_REASONS: { readonly [R in SkipReason]: string } = {
  above_header: "表头上方的标题或空行",
  blank: "空行",
  repeated_header: "重复的表头",
  total: "合计/总计行",
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

const fileLabel = (fileName: string | undefined): string => (fileName ? `「${fileName}」` : "文件");

function errorText(error: AdapterError): string {
  switch (error.code) {
    case "not_spreadsheet": {
      const e = error as NotSpreadsheetError;
      return `${fileLabel(e.fileName)}无法读取: ${NOT_SPREADSHEET[e.reason]}。请从后台重新导出 .xlsx 或 .csv 文件后再试。`;
    }
    case "encrypted_workbook":
      return `${fileLabel((error as EncryptedWorkbookError).fileName)}设置了打开密码, 无法读取。请在 Excel 中打开, 去掉密码(文件 → 信息 → 保护工作簿)后另存为 .xlsx 再试。`;
    case "legacy_xls":
      return `${fileLabel((error as LegacyXlsError).fileName)}是旧版 Excel 97-2003 (.xls) 格式, 无法读取。请在 Excel 中打开后「另存为」Excel 工作簿(.xlsx)再试。`;
    case "header_not_found": {
      const e = error as HeaderNotFoundError;
      return `没有找到${e.platform === "any" ? "" : `${e.platform}导出的`}表头: 缺少这些列: ${e.missing.map((m) => `「${m}」`).join("、")}。请确认导出的是正确的报表, 且表头行没有被删除或改名。`;
    }
    case "input_too_large": {
      const e = error as InputTooLargeError;
      const what = { bytes: "文件大小", rows: "行数", uncompressed: "解压后的大小" }[e.limit];
      return `文件太大: ${what}为 ${e.actual}, 上限为 ${e.max}。请缩小导出的时间范围后分批导入。`;
    }
    case "sheet_not_found": {
      const e = error as SheetNotFoundError;
      return `工作簿中没有名为「${e.wanted}」的工作表。现有的工作表: ${e.sheets.map((s) => `「${s}」`).join("、")}。`;
    }
    case "invalid_profile":
      return `映射配置有误: ${(error as InvalidProfileError).problems.join("; ")}`;
  }
}

/** An error as the operator reads it; errors not from this package are shown without internals. */
export function formatErrorZh(error: unknown): string {
  if (isAdapterError(error)) return errorText(error);
  return "读取文件时出现意外错误, 请把文件另存为 .xlsx 后重试; 如果仍然失败, 请联系技术同事。";
}
