import { normalizeStatusText } from "@syt/orders-model";
import type { AbnormalKind, Finding } from "../findings";
import { type Rule, where } from "./context";

const STAGE_KINDS: Partial<Record<string, AbnormalKind>> = {
  on_hold: "on_hold",
  intercepted: "intercepted",
  ship_failed: "ship_failed",
  out_of_stock: "out_of_stock",
};
// 挂起 and 异常 are 万里牛's own words: they name no stage, only that the order stopped. 异常处理 is
// the 系统订单状态 of its 订单明细 export for the same.
const WORD_KINDS: Partial<Record<string, AbnormalKind>> = {
  挂起: "on_hold",
  异常: "abnormal",
  异常处理: "abnormal",
};

/** 万里牛's abnormal orders (挂起 by a refund request, 拦截, 发货失败, 异常, or any 异常原因), before 09:30. */
export const wanliniuAbnormal: Rule = ({ wanliniu }) => {
  if (!wanliniu) return [];
  const findings: Finding[] = [];
  for (const order of wanliniu.orders) {
    // The 订单明细 export has two status cells (线上订单状态, 系统订单状态): each word on its own.
    const words = normalizeStatusText(order.status.raw).normalized.split(",");
    const kind =
      STAGE_KINDS[order.stage ?? ""] ??
      words.map((word) => WORD_KINDS[word]).find((found) => found !== undefined) ??
      (order.abnormalReason ? "abnormal" : undefined);
    if (!kind) continue;
    const params: Extract<Finding, { code: "wanliniu-abnormal" }>["params"] = {
      kind,
      statusRaw: order.status.raw,
    };
    if (order.abnormalReason) params.reason = order.abnormalReason;
    findings.push({
      code: "wanliniu-abnormal",
      severity: "error",
      ...where(wanliniu.fileName, order),
      params,
    });
  }
  return findings;
};
