import {
  COURIERS,
  type Courier,
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
import type { SelectionRule } from "./selection";
import type { CodSummary, ExclusionReason, Finding, FindingGroup } from "./summary";

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

const courierName = (code: unknown) => COURIERS[code as Courier]?.name ?? String(code);
const text = (value: unknown) => (typeof value === "string" ? value : "");

/** What the finding means and what to do about it; phones in quoted input are masked. */
export function formatFindingZh(finding: Finding): string {
  const p = finding.params ?? {};
  switch (finding.code) {
    case "missing-waybill":
      return p.inWms
        ? "WMS 里有这个订单但还没有物流单号: 等仓库出单后再查一次"
        : "WMS 导出里找不到这个订单: 到 WMS 查物流后补上物流单号";
    case "not-zto":
      return `快递公司是「${text(p.courierRaw) || courierName(p.courier)}」, 货到付款只能走中通: 请改派中通`;
    case "wms-unallocated":
      return `WMS 状态是「${text(p.stageRaw) || "空"}」, ${stageActionZh(p.stage)}`;
    case "waybill-format":
      return `物流单号 ${text(p.waybill)} 不像该快递公司的单号格式: 请核对是否输错`;
    case "waybill-shared":
      return `物流单号 ${text(p.waybill)} 同时属于订单 ${(p.others as string[] | undefined)?.join("、") ?? ""}: 请在 WMS 核对`;
    case "cod-pending":
      return "货到付款订单仍在待发货, 没有推到配货中: 推送前后的订单数会对不上, 请先推送";
    case "destroyed-id":
      return "订单号已被 Excel 变成科学计数法, 无法还原: 请重新导出, 导出前把这一列设为文本";
    case "missing-amount":
      return "这个订单没有应付金额或订单总额: 代收金额合计里没有算上它, 请在后台核对";
    case "amount-implausible":
      return `金额 ${yuanText(p.fen)} 元不可能是订单金额 (也许把手机号填进了金额列): 没有计入代收金额合计, 请在后台核对`;
    case "row-issue":
      return formatIssueTextZh(p.issue as ParseIssue);
  }
}

/** Before allocation the warehouse must allocate; off the line (挂起, 拦截…) someone must find out why. */
function stageActionZh(stage: unknown): string {
  if (typeof stage === "string" && isOnStageLine(stage as WmsStage))
    return "还没有分配完成: 请在 WMS 处理配货";
  return "不在正常发货流程中 (挂起、拦截多因退款或改地址): 请在万里牛查明原因, 处理后再发货";
}

const yuanText = (fen: unknown) => (typeof fen === "number" ? formatFen(fen) : "?");

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
  return (Object.keys(EXCLUSION_ZH) as ExclusionReason[])
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

/** The one line on top: can the report go out as it is, and how many problems stand in the way. */
export function formatVerdictZh(summary: Pick<CodSummary, "groups">): string {
  const errors = blockingGroups(summary).length;
  const warnings = summary.groups.length - errors;
  const notes = warnings > 0 ? ` (另有 ${warnings} 个提醒)` : "";
  return errors === 0 ? `可以交付${notes}` : `交付前需要处理 ${errors} 个问题${notes}`;
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

const firstIssue = (group: FindingGroup) => group.findings[0]?.params?.issue as ParseIssue | undefined;

/** What a row issue did to the report: left out, still in, or partly. */
function reportEffectZh(group: FindingGroup, what: string): string {
  if (group.sheet !== "orders") return "";
  const inReport = group.findings.filter((f) => f.params?.inReport === true).length;
  if (inReport === 0) return `, 这些${what}不会进入报表`;
  if (inReport === group.count) return `, 这些${what}仍按其余内容进入了报表`;
  return `, 其中 ${inReport} 行仍进入了报表`;
}

/** A group of row issues as one sentence, with what the report did with those orders. */
function issueGroupZh(group: FindingGroup, issue: ParseIssue): string {
  const effect =
    issue.code === "unknown_status" || issue.code === "missing_status" || issue.code === "unknown_payment"
      ? reportEffectZh(group, "订单")
      : "";
  return formatIssueGroupZh(issue, group.count, whereZh(group), effect);
}

const countOrders = (group: FindingGroup) => group.count;

/** A group as the sentence the operator reads: what, how many, where, and what to do. */
export function formatGroupZh(group: FindingGroup): string {
  const n = countOrders(group);
  const at = whereZh(group);
  const p = group.findings[0]?.params ?? {};
  switch (group.code) {
    case "cod-pending":
      return `待发货里还有 ${n} 个货到付款订单没有推到配货中${at}: 请在后台把它们推到配货中, 再重新导出订单 (推送前后货到付款的订单数应一致)`;
    case "missing-waybill":
      return p.inWms
        ? `${n} 个订单 WMS 里还没有物流单号${at}: 等仓库出单后再查一次`
        : `${n} 个订单在 WMS 导出里找不到${at}: 到 WMS 查物流后补上物流单号`;
    case "not-zto":
      return `${n} 个货到付款订单不是中通 (${breakdownZh(group, (q) => text(q.courierRaw) || courierName(q.courier))})${at}: 货到付款只能走中通, 请改派中通`;
    case "wms-unallocated":
      return `${n} 个订单在 WMS 的状态是${breakdownZh(group, (q) => text(q.stageRaw) || "空")}${at}, ${stageActionZh(p.stage)}`;
    case "waybill-format":
      return `${n} 个物流单号不像该快递公司的单号格式${at}: 请核对是否输错`;
    case "waybill-shared":
      return `${n} 个物流单号同时属于别的订单${at}: 请在 WMS 核对`;
    case "destroyed-id":
      return `${n} 个订单号已被 Excel 变成科学计数法${at}, 无法还原: 请重新导出, 导出前把订单号列设为文本`;
    case "missing-amount":
      return `${n} 个订单没有应付金额或订单总额${at}: 代收金额合计里没有算上它们, 请在后台核对`;
    case "amount-implausible":
      return `${n} 个订单的金额不可能是真的 (例如 ${yuanText(p.fen)} 元, 也许把手机号填进了金额列)${at}: 没有计入代收金额合计, 请在后台核对`;
    case "row-issue": {
      const issue = firstIssue(group);
      return issue ? issueGroupZh(group, issue) : `${n} 行有问题${at}`;
    }
  }
}

/** The values a group's findings carry, most frequent first: `「申通快递」3、「圆通速递」1`. */
function breakdownZh(group: FindingGroup, wordOf: (params: Record<string, unknown>) => string): string {
  const counts = new Map<string, number>();
  for (const finding of group.findings) {
    const value = wordOf(finding.params ?? {});
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

/** The verdict on top, then the figures, then the problems in a few lines each. */
export function formatSummaryZh(summary: CodSummary): string {
  const excludedTotal = Object.values(summary.rows.excluded).reduce((a, b) => a + b, 0);
  const rowsWithFindings = summary.findings.length;
  const lines = [
    formatVerdictZh(summary),
    `货到付款日报 ${summary.date}: ${summary.fileName}`,
    `读取 ${summary.rows.read} 行 = 保留 ${summary.rows.kept} 行 + 排除 ${excludedTotal} 行 (${formatExclusionsZh(summary)})`,
    `货到付款订单 ${summary.orders.kept} 个, 代收金额合计 ${formatFen(summary.amountToCollectFen)} 元`,
    `全部订单按状态: ${countsZh(summary.ordersByShipping)}`,
    `货到付款订单按状态: ${countsZh(summary.codOrdersByShipping)}`,
    summary.wmsProvided
      ? `WMS 导出读取 ${summary.wmsRows.read} 行, 使用 ${summary.wmsRows.used} 行`
      : "没有提供 WMS 导出: 物流公司和物流单号都留空, 每个订单都列为待查",
    summary.groups.length === 0
      ? "没有需要处理的问题"
      : `问题 ${summary.groups.length} 个, 涉及 ${rowsWithFindings} 行 (每一行都列在报表的「核对」表里):`,
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
  }
}
