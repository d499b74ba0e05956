import {
  COURIERS,
  type Courier,
  DESTROYED_ID_FIX_ZH,
  DESTROYED_ID_ZH,
  EXPORT_SHEET_NAMES_ZH,
  formatFen,
  isOnStageLine,
  maskPhonesInText,
  ORDER_STATE_NAMES,
  PAY_STATE_NAMES,
  rowListZh,
  SEVERITY_ZH,
  SHIPPING_STATE_NAMES,
  type WmsStage,
} from "@syt/orders-model";
import { formatIssueGroupZh, formatIssueTextZh, type ParseIssue } from "@syt/platform-adapters";
import type { CodReportError } from "./errors";
import { countProblems, findingsOf } from "./groups";
import type { SelectionRule } from "./selection";
import {
  type CodSummary,
  ExclusionReason,
  type Finding,
  type FindingGroup,
  type FindingParams,
} from "./summary";

export { SEVERITY_ZH };

/** The two exports by the names of their paste sheets in the taskpane (the model writes them once). */
export const SHEET_NAMES_ZH = EXPORT_SHEET_NAMES_ZH;

/** The operator's own words for each filter (运营日常, 货到付款 step 3). */
export const SELECTION_ZH: Record<SelectionRule["reason"], string> = {
  status: "订单处理状态为配货中",
  payment: "订单支付方式为货到付款",
};

export const EXCLUSION_ZH: Record<ExclusionReason, string> = {
  status: "状态不是配货中",
  payment: "支付方式不是货到付款",
  skipped: "空行、合计行等",
  issue: "无法使用的行",
};

const STATUS_NAMES: Record<string, string> = {
  ...PAY_STATE_NAMES,
  ...ORDER_STATE_NAMES,
  ...SHIPPING_STATE_NAMES,
  unpaid: "待付款",
  cancelled: "已取消",
};

/** A key of `ordersByShipping`; `unknown` counts orders whose export said nothing usable. */
export function shippingZh(code: string): string {
  return STATUS_NAMES[code] ?? "状态未知";
}

/** A courier's name; `other` by the word the export used, where the caller has it. */
const courierName = (courier: Courier) => COURIERS[courier].name;

/** What the finding means and what to do about it; phones in quoted input are masked. */
export function formatFindingZh(finding: Finding): string {
  switch (finding.code) {
    case "missing-waybill":
      return finding.params.inWms
        ? "WMS 里有这个订单但还没有物流单号: 等仓库出单后再查一次"
        : "WMS 导出里找不到这个订单: 到 WMS 查物流后补上物流单号";
    case "not-zto":
      return `快递公司是「${finding.params.courierRaw || courierName(finding.params.courier)}」, 货到付款只能走中通: 请改派中通`;
    case "export-window":
      return windowFindingZh(finding.params);
    case "amount-unmapped":
      return amountUnmappedZh(finding.params);
    case "nothing-kept":
      return nothingKeptZh(finding.params);
    case "rows-apart":
      return `这个订单的行分在两处 (第 ${finding.params.firstRow} 行和第 ${finding.params.apartRow} 行, 中间隔着别的订单): 导出里同一订单的行是挨着的, 多半是上次粘贴留在下面的旧行; ${REDO_PASTE_ZH}`;
    case "wms-unallocated": {
      const p = finding.params;
      return `WMS 状态是「${p.stageRaw || "空"}」${p.noWaybill ? ", 所以还没有物流单号" : ""}, ${stageActionZh(p.stage)}`;
    }
    case "waybill-format":
      return `物流单号 ${finding.params.waybill} ${waybillChecksZh(finding.params)}: 请核对是否输错`;
    case "waybill-shared":
      return `物流单号 ${finding.params.waybill} 同时属于订单 ${finding.params.others.join("、")}: 请在 WMS 核对`;
    case "cod-pending":
      return "货到付款订单仍在待发货, 没有推到配货中: 推送前后的订单数会对不上, 请先推送";
    case "destroyed-id":
      return `订单号${DESTROYED_ID_ZH}: ${DESTROYED_ID_FIX_ZH.file}`;
    case "missing-amount":
      return `这个订单的代收金额${finding.params.zero ? "是 0" : "是空的"}: 代收金额合计不对, 请在后台核对金额后重新导出`;
    case "amount-implausible":
      return `金额 ${formatFen(finding.params.fen)} 元不可能是订单金额 (也许把手机号填进了金额列): 没有计入代收金额合计, 请在后台核对`;
    case "row-issue":
      return formatIssueTextZh(finding.params.issue);
  }
}

/** Before allocation the warehouse must allocate; off the line (挂起, 拦截…) someone must find out why. */
function stageActionZh(stage: WmsStage | undefined): string {
  if (stage !== undefined && isOnStageLine(stage)) return "还没有分配完成: 请在 WMS 处理配货";
  return "不在正常发货流程中 (挂起、拦截多因退款或改地址): 请在万里牛查明原因, 处理后再发货";
}

/** Rows that cannot be one export's: where they came from is fixed by pasting again, or exporting again. */
const REDO_PASTE_ZH = "请清空粘贴表后重新粘贴, 或重新导出";

/** `11-24` for a date of the report's year; the whole date otherwise. */
const dayZh = (day: string | undefined) => (day === undefined ? "?" : day.slice(5));

function windowFindingZh(p: FindingParams<"export-window">): string {
  switch (p.kind) {
    case "stale":
      return `导出的订单是 ${dayZh(p.first)} ~ ${dayZh(p.last)}, 不是 ${dayZh(p.from)} ~ ${dayZh(p.to)} 的: 请重新导出 (下单时间选前一天 00:00 到现在); 若要做的就是 ${p.last} 的报表, 请把报表日期设为 ${p.last}`;
    case "before":
      return `这个订单是 ${dayZh(p.day)} 下的, 早于 ${dayZh(p.from)} 00:00: 不是这次导出该有的订单 (也许是上次粘贴留下的旧行), 请清掉后重新粘贴或重新导出`;
    default:
      return `这个订单是 ${dayZh(p.day)} 下的, 晚于报表日期 ${dayZh(p.to)}: 请检查报表日期`;
  }
}

function amountUnmappedZh({ lookAlike, orders }: FindingParams<"amount-unmapped">): string {
  const seen = lookAlike.length > 0 ? `「${lookAlike.join("」「")}」没有被识别为金额列` : "导出里没有金额列";
  return `${seen}: ${orders} 个货到付款订单的代收金额算不出来, 合计不对; 请把金额列的表头改为「订单总金额(元)」或「应付款金额(元)」后重新生成, 并把这个表头告诉开发同事`;
}

function nothingKeptZh(p: FindingParams<"nothing-kept">): string {
  const states = Object.entries(p.states)
    .map(([word, n]) => `「${word || "空"}」${n}`)
    .join("、");
  return `导出里有 ${p.cod} 个货到付款订单, 但没有一个是配货中 (${states}): 报表会是空的; 请确认导出的是推到配货中之后的订单, 订单处理状态一列没有被改动`;
}

/** Which checks a waybill failed, in the operator's words. */
const WAYBILL_CHECK_ZH: Record<string, (p: FindingParams<"waybill-format">) => string> = {
  "waybill-length": (p) => `位数不对 (${p.length} 位, 常见为 12~15 位)`,
  "waybill-not-digits": () => "含有字母 (中通、申通单号只有数字)",
  "waybill-courier-mismatch": (p) =>
    `开头或位数不像${p.courier ? courierName(p.courier) : "该快递公司"}的单号`,
};

function waybillChecksZh(p: FindingParams<"waybill-format">): string {
  const words = p.warnings.map((w) => WAYBILL_CHECK_ZH[w]?.(p) ?? w);
  return words.length > 0 ? words.join("、") : "不像该快递公司的单号格式";
}

/** One line per finding: where, then what and what to do. */
export function formatFindingLineZh(finding: Finding): string {
  const where = [
    finding.orderNo ? `订单 ${finding.orderNo}` : "",
    finding.row ? `${SHEET_NAMES_ZH[finding.sheet]}第 ${finding.row} 行` : SHEET_NAMES_ZH[finding.sheet],
  ]
    .filter(Boolean)
    .join(", ");
  return `[${SEVERITY_ZH[finding.severity]}] ${where}: ${formatFindingZh(finding)}`;
}

export function formatExclusionsZh(summary: CodSummary): string {
  return ExclusionReason.options
    .map((reason) => `${EXCLUSION_ZH[reason]} ${summary.rows.excluded[reason] ?? 0}`)
    .join(", ");
}

const countsZh = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([code, n]) => `${shippingZh(code)} ${n}`)
    .join(", ") || "无";

/** Problems that stop the report from being handed over: the error groups. */
export function blockingGroups(summary: Pick<CodSummary, "groups">): FindingGroup[] {
  return summary.groups.filter((group) => group.severity === "error");
}

/**
 * The one line on top: can the report go out as it is, and how many problems stand in the way;
 * a problem of the export as a whole (another day's, no amounts) is said in it, since it makes
 * every figure below meaningless.
 */
export function formatVerdictZh(summary: Pick<CodSummary, "groups">): string {
  const { problems, notes } = countProblems(summary.groups);
  const more = notes > 0 ? ` (另有 ${notes} 个提醒)` : "";
  if (problems === 0) return `可以交付${more}`;
  const [first] = summary.groups;
  const whole =
    first && first.severity === "error" && first.findings.every((f) => f.row === undefined)
      ? ` — ${formatGroupZh(first)}`
      : "";
  return `交付前需要处理 ${problems} 个问题${more}${whole}`;
}

/** `问题 6 个, 另有 1 个提醒`: the verdict's count, for the figures under it. */
export function formatProblemCountZh(summary: Pick<CodSummary, "groups">): string {
  const { problems, notes } = countProblems(summary.groups);
  return `问题 ${problems} 个${notes > 0 ? `, 另有 ${notes} 个提醒` : ""}`;
}

/** `下单时间 2026-11-24 00:12 ~ 2026-11-25 14:58`: the export's own window, beside its file. */
export function formatPlacedZh(summary: Pick<CodSummary, "placed">): string {
  const { first, last } = summary.placed;
  if (!first || !last) return "下单时间: 没有 (没有配货中的货到付款订单, 或导出里没有下单时间)";
  return `下单时间 ${first} ~ ${last}`;
}

const SHOWN_ROWS = 5;

function rowsOf(group: FindingGroup): number[] {
  return group.findings.flatMap((finding) => (finding.row === undefined ? [] : [finding.row]));
}

/** `(WMS导出第 3、4 行)`: where the group is, cut to the first rows. */
function whereZh(group: FindingGroup): string {
  const rows = rowListZh(rowsOf(group), SHOWN_ROWS);
  if (rows === "") return "";
  return group.sheet === "orders" ? `(${rows})` : `(${SHEET_NAMES_ZH.wms}${rows})`;
}

/** What a row issue did to the report: left out, still in, or partly. */
function reportEffectZh(group: FindingGroup, what: string): string {
  if (group.sheet !== "orders") return "";
  const inReport = findingsOf(group, "row-issue").filter((f) => f.params.inReport === true).length;
  if (inReport === 0) return `, 这些${what}不会进入报表`;
  if (inReport === group.count) return `, 这些${what}仍按其余内容进入了报表`;
  return `, 其中 ${inReport} 行仍进入了报表`;
}

/** A group of row issues as one sentence, with what the report did with those orders. */
function issueGroupZh(group: FindingGroup, issue: ParseIssue): string {
  const effect =
    issue.code === "unknown-status" || issue.code === "missing-status" || issue.code === "unknown-payment"
      ? reportEffectZh(group, "订单")
      : "";
  return formatIssueGroupZh(issue, group.count, whereZh(group), effect);
}

const countOrders = (group: FindingGroup) => group.count;

/**
 * A group as the sentence the operator reads: what, how many, where, and what to do. Its first
 * finding carries the group's code and the facts its variant shares (see `findingGroupKey`).
 */
export function formatGroupZh(group: FindingGroup): string {
  const n = countOrders(group);
  const at = whereZh(group);
  const [first] = group.findings;
  if (!first) return "";
  switch (first.code) {
    case "cod-pending":
      return `待发货里还有 ${n} 个货到付款订单没有推到配货中${at}: 请在后台把它们推到配货中, 再重新导出订单 (推送前后货到付款的订单数应一致)`;
    case "missing-waybill":
      return first.params.inWms
        ? `${n} 个订单 WMS 里还没有物流单号${at}: 等仓库出单后再查一次`
        : `${n} 个订单在 WMS 导出里找不到${at}: 到 WMS 查物流后补上物流单号`;
    case "not-zto":
      return `${n} 个货到付款订单不是中通 (${breakdownZh(findingsOf(group, "not-zto"), (p) => p.courierRaw || courierName(p.courier))})${at}: 货到付款只能走中通, 请改派中通`;
    case "export-window":
      return windowGroupZh(group, first.params, at);
    case "amount-unmapped":
      return amountUnmappedZh(first.params);
    case "nothing-kept":
      return nothingKeptZh(first.params);
    case "rows-apart":
      return `${n} 个订单的行分在两处, 中间隔着别的订单${at}: 导出里同一订单的行是挨着的, 多半是上次粘贴留在下面的旧行; ${REDO_PASTE_ZH}`;
    case "wms-unallocated":
      return `${n} 个订单在 WMS 的状态是${breakdownZh(findingsOf(group, "wms-unallocated"), (p) => p.stageRaw || "空")}${at}${noWaybillZh(group)}, ${stageActionZh(first.params.stage)}`;
    case "waybill-format":
      return `${n} 个物流单号不像该快递公司的单号 (${breakdownZh(findingsOf(group, "waybill-format"), waybillChecksZh)})${at}: 请核对是否输错`;
    case "waybill-shared":
      return `${n} 个物流单号同时属于别的订单${at}: 请在 WMS 核对`;
    case "destroyed-id":
      return `${n} 个订单号${at}${DESTROYED_ID_ZH}: ${DESTROYED_ID_FIX_ZH.file}`;
    case "missing-amount":
      return `${n} 个货到付款订单的代收金额是 0 或空${at}: 代收金额合计不对, 请在后台核对这些订单的金额, 改正后重新导出`;
    case "amount-implausible":
      return `${n} 个订单的金额不可能是真的 (例如 ${formatFen(first.params.fen)} 元, 也许把手机号填进了金额列)${at}: 没有计入代收金额合计, 请在后台核对`;
    case "row-issue":
      return issueGroupZh(group, first.params.issue);
  }
}

/** The facts that come with the cause: 未分配, so no waybill yet. */
function noWaybillZh(group: FindingGroup): string {
  const without = findingsOf(group, "wms-unallocated").filter((f) => f.params.noWaybill).length;
  if (without === 0) return "";
  return without === group.count ? ", 因此还没有物流单号" : `, 其中 ${without} 个因此还没有物流单号`;
}

function windowGroupZh(group: FindingGroup, p: FindingParams<"export-window">, at: string): string {
  if (p.kind === "stale") return windowFindingZh(p);
  const days = findingsOf(group, "export-window")
    .flatMap((f) => (f.params.kind === "stale" ? [] : [f.params.day]))
    .sort();
  const span = days[0] === days.at(-1) ? dayZh(days[0]) : `${dayZh(days[0])} ~ ${dayZh(days.at(-1))}`;
  return p.kind === "before"
    ? `${group.count} 个订单是 ${span} 下的, 早于 ${dayZh(p.from)} 00:00${at}: 不是这次导出该有的订单 (也许是上次粘贴留下的旧行), 请清掉后重新粘贴或重新导出`
    : `${group.count} 个订单是 ${span} 下的, 晚于报表日期 ${dayZh(p.to)}${at}: 请检查报表日期`;
}

/** The values a group's findings carry, most frequent first: `「申通快递」3、「圆通速递」1`. */
function breakdownZh<F extends Finding & { params: unknown }>(
  findings: readonly F[],
  wordOf: (params: F["params"]) => string,
): string {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const value = wordOf(finding.params);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const entries = [...counts].sort((a, b) => b[1] - a[1]);
  if (entries.length === 1) return `「${entries[0]?.[0]}」`;
  return entries.map(([value, n]) => `「${value}」${n}`).join("、");
}

const SHOWN_ORDERS = 3;

/** The group's orders for a terminal: `订单 A、B、C … 另外 9 个`; empty when the group names no orders. */
export function formatGroupOrdersZh(group: FindingGroup, max = SHOWN_ORDERS): string {
  const orders = [...new Set(group.findings.flatMap((f) => (f.orderNo ? [f.orderNo] : [])))];
  if (orders.length === 0) return "";
  const more = orders.length > max ? ` … 另外 ${orders.length - max} 个订单` : "";
  return `订单 ${orders.slice(0, max).join("、")}${more}`;
}

/** `… 另外 M 行` when the sentence showed only the first rows. */
function moreRowsZh(group: FindingGroup): string {
  const rows = rowsOf(group).length;
  return rows > SHOWN_ROWS ? `… 另外 ${rows - SHOWN_ROWS} 行` : "";
}

/** A few lines per group, errors before warnings, for a terminal. */
export function formatGroupsZh(groups: readonly FindingGroup[]): string[] {
  return groups.flatMap((group, index) => {
    // The orders when the group names them (their count says how many more), else the rows left unshown.
    const details = formatGroupOrdersZh(group) || moreRowsZh(group);
    const head = `${index + 1}. [${SEVERITY_ZH[group.severity]}] ${formatGroupZh(group)}`;
    return details ? [head, `   ${details}`] : [head];
  });
}

/** The verdict on top, then the figures (each export's reading line beside its file, when named), then the problems. */
export function formatSummaryZh(summary: CodSummary, files: { orders?: string; wms?: string } = {}): string {
  const excludedTotal = Object.values(summary.rows.excluded).reduce((a, b) => a + b, 0);
  const rowsWithFindings = summary.findings.length;
  const lines = [
    formatVerdictZh(summary),
    `货到付款日报 ${summary.date}: ${summary.fileName}`,
    `${files.orders ? `官网订单导出 ${files.orders}: ` : ""}读取 ${summary.rows.read} 行 = 保留 ${summary.rows.kept} 行 + 排除 ${excludedTotal} 行 (${formatExclusionsZh(summary)})`,
    `${formatPlacedZh(summary)} (报表日期 ${summary.date}: 应为 ${summary.placed.window.from} 00:00 起)`,
    `货到付款订单 ${summary.orders.kept} 个, 代收金额合计 ${formatFen(summary.amountToCollectFen)} 元`,
    `全部订单按状态: ${countsZh(summary.ordersByShipping)}`,
    `货到付款订单按状态: ${countsZh(summary.codOrdersByShipping)}`,
    summary.wmsProvided
      ? `${files.wms ? `WMS 导出 ${files.wms}: ` : "WMS 导出"}读取 ${summary.wmsRows.read} 行, 使用 ${summary.wmsRows.used} 行`
      : "没有提供 WMS 导出: 物流公司和物流单号都留空, 每个订单都列为待查",
    summary.groups.length === 0
      ? "没有需要处理的问题"
      : `${formatProblemCountZh(summary)}, 涉及 ${rowsWithFindings} 行 (每一行都列在报表的「核对」表里):`,
    ...formatGroupsZh(summary.groups),
  ];
  return maskPhonesInText(lines.join("\n"));
}

export function formatCodErrorZh(error: CodReportError): string {
  switch (error.code) {
    case "bad-date":
      return `日期「${error.input}」不对: 需要 年-月-日 格式, 例如 2025-11-25`;
    case "bad-name-format":
      return `文件名日期格式「${error.input}」会在文件名里产生 / \\ : * ? " < > | 或控制字符: 请换一个格式, 例如 YYYY-MM-DD 或 YYYY年MM月DD日`;
    case "not-guanwang-export":
      return `这是${error.input}订单导出, 不是官网订单导出: 请在官网后台 (订单管理 → 全部 → 导出) 导出订单, 再选这个文件`;
    case "same-file-twice":
      return `官网订单导出和 WMS 物流导出选的是同一个文件「${error.input}」: 请分别选官网订单导出和 WMS 查物流的导出`;
    case "same-export-twice": {
      const [orders, wms] = JSON.parse(error.input) as [string, string];
      return `「${orders}」和「${wms}」里是同一份导出 (都是官网订单导出): 请在「${wms}」里换成 WMS 查物流的导出`;
    }
    case "inputs-swapped": {
      const [orders, wms] = swappedNames(error.input);
      return `两个文件放反了:「${orders}」是 WMS 物流导出,「${wms}」是官网订单导出: 请把两个文件对调 (订单导出给 --orders / 官网订单导出, WMS 导出给 --wms / WMS 物流导出)`;
    }
  }
}

/** `inputs-swapped` carries the two file names as a JSON pair in the error's one `input`. */
function swappedNames(input: string): [string, string] {
  const pair: unknown = JSON.parse(input);
  return Array.isArray(pair) ? [String(pair[0]), String(pair[1])] : [input, ""];
}
