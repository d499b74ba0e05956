import { COURIERS, type Courier, formatFen, maskPhonesInText, SHIPPING_STATE_NAMES } from "@syt/orders-model";
import { formatIssueZh, type ParseIssue } from "@syt/platform-adapters";
import type { CodReportError } from "./errors";
import type { CodSummary, ExclusionReason, Finding } from "./summary";

export const SHEET_NAMES_ZH = { orders: "官网导出", wms: "WMS导出" } as const;
export const SEVERITY_ZH = { error: "错误", warning: "提醒" } as const;

export const EXCLUSION_ZH: Record<ExclusionReason, string> = {
  status: "状态不是配货中",
  payment: "支付方式不是货到付款",
  skipped: "空行、合计行等",
  issue: "无法使用的行",
};

/** `unknown` counts orders whose export gave no shipping state. */
export function shippingZh(code: string): string {
  return (SHIPPING_STATE_NAMES as Record<string, string>)[code] ?? "状态未知";
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
      return `WMS 分配状态是「${text(p.allocationRaw) || "空"}」, 不是分配完成: 请在 WMS 处理配货`;
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
    case "row-issue":
      return maskPhonesInText(formatIssueZh(p.issue as ParseIssue));
  }
}

/** One line per finding, for terminals and the 核对 sheet alike. */
export function formatFindingLineZh(finding: Finding): string {
  // The adapter's own message already names the row.
  if (finding.code === "row-issue") {
    return `[${SEVERITY_ZH[finding.severity]}] ${SHEET_NAMES_ZH[finding.sheet]}: ${formatFindingZh(finding)}`;
  }
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

/** A short Chinese summary: counts, the accounting, and every finding. */
export function formatSummaryZh(summary: CodSummary): string {
  const excludedTotal = Object.values(summary.rows.excluded).reduce((a, b) => a + b, 0);
  const errors = summary.findings.filter((f) => f.severity === "error").length;
  const lines = [
    `货到付款日报 ${summary.date}: ${summary.fileName}`,
    `读取 ${summary.rows.read} 行 = 保留 ${summary.rows.kept} 行 + 排除 ${excludedTotal} 行 (${formatExclusionsZh(summary)})`,
    `货到付款订单 ${summary.orders.kept} 个, 代收金额合计 ${formatFen(summary.amountToCollectFen)} 元`,
    `全部订单按发货状态: ${countsZh(summary.ordersByShipping)}`,
    `货到付款订单按发货状态: ${countsZh(summary.codOrdersByShipping)}`,
    summary.wmsProvided
      ? `WMS 导出读取 ${summary.wmsRows.read} 行, 使用 ${summary.wmsRows.used} 行`
      : "没有提供 WMS 导出: 物流公司和物流单号都留空, 每个订单都列为待查",
    summary.findings.length === 0
      ? "没有需要处理的问题"
      : `需要处理 ${summary.findings.length} 条 (错误 ${errors}, 提醒 ${summary.findings.length - errors}):`,
    ...summary.findings.map((f) => `  ${formatFindingLineZh(f)}`),
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
