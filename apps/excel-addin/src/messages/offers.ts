import type { TemplateId } from "@syt/templates";

// Which messages a finding's row offers. Decided here only, from the finding's cause (its code)
// and what the loaded exports know of the order, so the same order offers the same messages under
// every 今日待办 item and in the 货到付款 tab. Type imports only: the buttons render in the first chunk.

/** What the offers depend on: the finding's code (and its kind) and the order's facts. */
export interface OfferCase {
  /** The finding's code, of a 货到付款 or a 今日待办 finding. */
  code: string;
  /** 万里牛 异常订单's kind (`on_hold`, `intercepted`, …), for a `wanliniu-abnormal` finding. */
  abnormalKind?: string;
  /** The finding names an order. */
  hasOrder: boolean;
  /** The order has left the warehouse: a waybill in any loaded export, or a shipped status. */
  shipped: boolean;
  /** 货到付款 order. */
  cod: boolean;
}

/** 万里牛's own 拦截/挂起 keep the parcel in the warehouse: there is nothing for a courier to stop. */
const WAREHOUSE_HOLDS = new Set(["on_hold", "intercepted"]);

/** A courier can only stop a parcel it has: a waybill or a shipped status, and not a warehouse hold. */
function intercept(c: OfferCase): TemplateId[] {
  if (!c.hasOrder || !c.shipped) return [];
  if (c.code === "wanliniu-abnormal" && WAREHOUSE_HOLDS.has(c.abnormalKind ?? "")) return [];
  return ["courier-intercept"];
}

/** A 货到付款 order not yet out: the buyer can still be guided to pay online. */
function codGuide(c: OfferCase): TemplateId[] {
  const pending =
    c.code === "cod-pending" || ((c.code === "rx-awaiting-review" || c.code === "remark-unshipped") && c.cod);
  return pending && c.hasOrder && !c.shipped ? ["cod-guide"] : [];
}

/** A product short (万里牛's 缺货, a 缺货 list row, an order late for want of stock): 缺货上下架. */
function outOfStock(c: OfferCase): TemplateId[] {
  const short =
    c.code === "oos-delist" ||
    c.code === "oos-waiting-order" ||
    c.code === "pinduoduo-timeout" ||
    c.code === "marketplace-timeout" ||
    (c.code === "wanliniu-abnormal" && c.abnormalKind === "out_of_stock");
  return short ? ["out-of-stock"] : [];
}

/** A refund or return: the reply depends on whether the parcel has left. */
function returns(c: OfferCase): TemplateId[] {
  if (!c.hasOrder || (c.code !== "refund-waiting" && c.code !== "refund-in-warehouse")) return [];
  return c.shipped ? ["shipped-return-reply"] : ["return-notice"];
}

/** A returned parcel with no 售后单: the platform remark for the reissue. */
function reissueRemark(c: OfferCase): TemplateId[] {
  return c.hasOrder && c.code === "return-no-ticket" ? ["reissue-remark"] : [];
}

/** A buyer's remark on an order not yet out: most ask to leave the packing list out. */
function notPutList(c: OfferCase): TemplateId[] {
  return c.hasOrder && !c.shipped && c.code === "remark-unshipped" ? ["not-put-list"] : [];
}

const RULES = [intercept, returns, codGuide, outOfStock, reissueRemark, notPutList];

/** The templates a finding's row offers, the most likely first. */
export function messageOffers(c: OfferCase): TemplateId[] {
  return [...new Set(RULES.flatMap((rule) => rule(c)))];
}

/** A finding as the rows give it (a 货到付款 finding view, a 今日待办 finding with its params). */
export interface OfferFinding {
  code: string;
  orderNo?: string;
  params?: unknown;
}

/** What the order's facts (as every loaded export knows it) say about the offers. */
export interface OfferFacts {
  orderNo?: string;
  shipped?: boolean;
  cod?: boolean;
}

export function offerCase(finding: OfferFinding, facts: OfferFacts | undefined): OfferCase {
  const params = finding.params as { kind?: unknown } | undefined;
  const kind =
    finding.code === "wanliniu-abnormal" && typeof params?.kind === "string" ? params.kind : undefined;
  return {
    code: finding.code,
    ...(kind ? { abnormalKind: kind } : {}),
    hasOrder: finding.orderNo !== undefined || facts?.orderNo !== undefined,
    shipped: facts?.shipped === true,
    cod: facts?.cod === true,
  };
}
