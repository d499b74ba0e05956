import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

/** ECShop 订单状态. */
export const OrderState = z.enum([
  "unconfirmed",
  "confirmed",
  "cancelled",
  "invalid",
  "returned",
  "split",
  "partially_split",
]);
export type OrderState = z.infer<typeof OrderState>;

/** ECShop 付款状态. */
export const PayState = z.enum(["unpaid", "paying", "paid"]);
export type PayState = z.infer<typeof PayState>;

/** ECShop 发货状态; `preparing` is 配货中, the state the COD report selects. */
export const ShippingState = z.enum([
  "unshipped",
  "preparing",
  "shipped",
  "received",
  "partially_shipped",
  "shipping",
]);
export type ShippingState = z.infer<typeof ShippingState>;

export const ORDER_STATE_NAMES: { readonly [S in OrderState]: string } = {
  unconfirmed: "未确认",
  confirmed: "已确认",
  cancelled: "取消",
  invalid: "无效",
  returned: "退货",
  split: "已分单",
  partially_split: "部分分单",
};

export const PAY_STATE_NAMES: { readonly [S in PayState]: string } = {
  unpaid: "未付款",
  paying: "付款中",
  paid: "已付款",
};

export const SHIPPING_STATE_NAMES: { readonly [S in ShippingState]: string } = {
  unshipped: "未发货",
  preparing: "配货中",
  shipped: "已发货",
  received: "收货确认",
  partially_shipped: "已发货(部分商品)",
  shipping: "发货中",
};

/** Status kept normalised where known and always as the raw text the export had. */
export const OrderStatus = z.object({
  order: OrderState.optional(),
  pay: PayState.optional(),
  shipping: ShippingState.optional(),
  raw: z.string(),
});
export type OrderStatus = z.infer<typeof OrderStatus>;

export type ParsedStatus = OrderStatus & {
  /** The text with full-width punctuation made half-width, for display and grouping. */
  normalized: string;
  /** Parts of the text that named no known state. */
  unknown: string[];
};

function invert<K extends string>(names: { readonly [S in K]: string }): Map<string, K> {
  return new Map(Object.entries(names).map(([code, name]) => [toHalfWidth(name as string), code as K]));
}

const ORDER_BY_NAME = invert(ORDER_STATE_NAMES);
const PAY_BY_NAME = invert(PAY_STATE_NAMES);
const SHIPPING_BY_NAME = invert(SHIPPING_STATE_NAMES);

function normalizeStatusText(input: unknown): { raw: string; normalized: string } {
  const raw = cleanCell(input);
  return { raw, normalized: toHalfWidth(raw).replace(/\s+/g, "") };
}

/**
 * ECShop status as one cell (`已确认,未付款,配货中`, also with `，` `、` or spaces between
 * the parts) or any single part (`配货中`): each part is matched against the order,
 * payment and shipping names. `normalized` is the parts joined with `,`.
 */
export function parseEcshopStatus(input: unknown): ParsedStatus {
  const raw = cleanCell(input);
  const parts = toHalfWidth(raw)
    .split(/[,、;/\s]+/)
    .filter((p) => p !== "");
  const status: ParsedStatus = { raw, normalized: parts.join(","), unknown: [] };
  for (const part of parts) {
    const order = ORDER_BY_NAME.get(part);
    const pay = PAY_BY_NAME.get(part);
    const shipping = SHIPPING_BY_NAME.get(part);
    if (order) status.order = order;
    else if (pay) status.pay = pay;
    else if (shipping) status.shipping = shipping;
    else status.unknown.push(part);
  }
  return status;
}

/** 拼多多 订单状态 texts (with full-width commas in the export) and what they mean here. */
const PDD_STATUSES: ReadonlyMap<string, Omit<OrderStatus, "raw">> = new Map([
  ["待支付", { pay: "unpaid" }],
  ["待发货", { pay: "paid", shipping: "unshipped" }],
  ["已发货,待签收", { pay: "paid", shipping: "shipped" }],
  ["已发货", { pay: "paid", shipping: "shipped" }],
  ["已签收", { pay: "paid", shipping: "received" }],
  ["交易成功", { pay: "paid", shipping: "received" }],
  ["已取消", { order: "cancelled" }],
  ["交易已取消", { order: "cancelled" }],
  ["交易关闭", { order: "cancelled" }],
] as const);

/** 拼多多 status (`已发货，待签收`): raw text kept, punctuation normalised, states where known. */
export function parsePddStatus(input: unknown): ParsedStatus {
  const { raw, normalized } = normalizeStatusText(input);
  const known = PDD_STATUSES.get(normalized);
  return { ...known, raw, normalized, unknown: known || normalized === "" ? [] : [normalized] };
}
