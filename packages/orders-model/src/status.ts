import { z } from "zod";
import { AfterSaleState } from "./after-sale-state";
import { cleanCell, toHalfWidth } from "./cells";
import { RxReview } from "./rx";

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

/** The three parts of a status, each where the text names it. */
export const StatusParts = z.object({
  order: OrderState.optional(),
  pay: PayState.optional(),
  shipping: ShippingState.optional(),
});
export type StatusParts = z.infer<typeof StatusParts>;

/**
 * What one status word means: the three parts, and where the word says so, the order's after-sale
 * (药房网's 申请退款 is a refund waiting for the merchant, 苏宁's 退款中 one under way) and its
 * prescription review (药房网's 处方待审). The order's status keeps the three parts; the rest goes
 * to the order's after-sale and Rx fields.
 */
export const WordMeaning = StatusParts.extend({
  afterSale: AfterSaleState.optional(),
  rxReview: RxReview.optional(),
});
export type WordMeaning = z.infer<typeof WordMeaning>;

/** Status kept normalised where known and always as the raw text the export had. */
export const OrderStatus = StatusParts.extend({ raw: z.string() });
export type OrderStatus = z.infer<typeof OrderStatus>;

/**
 * The words ECShop's order list shows for an order as a whole (its composite `CS_*` states,
 * also the filter of the admin list).
 */
export const EcshopListState = z.enum([
  "await_confirm",
  "await_pay",
  "await_ship",
  "finished",
  "paying",
  "cancelled",
  "invalid",
  "returned",
  "partially_shipped",
]);
export type EcshopListState = z.infer<typeof EcshopListState>;

export const ECSHOP_LIST_STATE_NAMES: { readonly [S in EcshopListState]: string } = {
  await_confirm: "待确认",
  await_pay: "待付款",
  await_ship: "待发货",
  finished: "已完成",
  paying: "付款中",
  cancelled: "取消",
  invalid: "无效",
  returned: "退货",
  partially_shipped: "部分发货",
};

/** Every list word an export can carry, the shop's own spellings included. */
export const ECSHOP_LIST_WORDS: { readonly [word: string]: EcshopListState } = {
  待确认: "await_confirm",
  待付款: "await_pay",
  待发货: "await_ship",
  已完成: "finished",
  付款中: "paying",
  取消: "cancelled",
  已取消: "cancelled",
  无效: "invalid",
  退货: "returned",
  部分发货: "partially_shipped",
};

/**
 * What each list word says about the three parts, and only that. 待发货 is confirmed and not
 * shipped, paid *or* COD, so its payment stays open; it is never 配货中: this shop pushes COD
 * orders from 待发货 to 配货中 as a separate step.
 */
export const ECSHOP_LIST_STATE_PARTS: { readonly [S in EcshopListState]: StatusParts } = {
  await_confirm: { order: "unconfirmed" },
  await_pay: { order: "confirmed", pay: "unpaid" },
  await_ship: { order: "confirmed", shipping: "unshipped" },
  finished: { order: "confirmed", pay: "paid", shipping: "received" },
  paying: { pay: "paying" },
  cancelled: { order: "cancelled" },
  invalid: { order: "invalid" },
  returned: { order: "returned" },
  partially_shipped: { shipping: "partially_shipped" },
};

export type ParsedStatus = OrderStatus & {
  /** The text with full-width punctuation made half-width, for display and grouping. */
  normalized: string;
  /** Parts of the text that named no known state. */
  unknown: string[];
  /** The list word the text had, if any. */
  list?: EcshopListState;
};

function invert<K extends string>(names: { readonly [S in K]: string }): Map<string, K> {
  return new Map(Object.entries(names).map(([code, name]) => [toHalfWidth(name as string), code as K]));
}

const ORDER_BY_NAME = invert(ORDER_STATE_NAMES);
const PAY_BY_NAME = invert(PAY_STATE_NAMES);
const SHIPPING_BY_NAME = invert(SHIPPING_STATE_NAMES);
const LIST_BY_WORD = new Map(
  Object.entries(ECSHOP_LIST_WORDS).map(([word, state]) => [toHalfWidth(word), state]),
);

/** Raw text kept, and the text half-width without whitespace: the key the tables are looked up by. */
export function normalizeStatusText(input: unknown): { raw: string; normalized: string } {
  const raw = cleanCell(input);
  return { raw, normalized: toHalfWidth(raw).replace(/\s+/g, "") };
}

/**
 * ECShop status as one cell (`已确认,未付款,配货中`, also with `，` `、` or spaces between
 * the parts), any single part (`配货中`), or a list word alone or among parts (`待发货`,
 * `已取消`). A part named in the text wins over what a list word implies. `normalized` is the
 * parts joined with `,`.
 */
export function parseEcshopStatus(input: unknown): ParsedStatus {
  const raw = cleanCell(input);
  const parts = toHalfWidth(raw)
    .split(/[,、;/\s]+/)
    .filter((p) => p !== "");
  const status: ParsedStatus = { raw, normalized: parts.join(","), unknown: [] };
  const named: StatusParts = {};
  for (const part of parts) {
    const order = ORDER_BY_NAME.get(part);
    const pay = PAY_BY_NAME.get(part);
    const shipping = SHIPPING_BY_NAME.get(part);
    const list = LIST_BY_WORD.get(part);
    if (list) status.list = list;
    if (order) named.order = order;
    else if (pay) named.pay = pay;
    else if (shipping) named.shipping = shipping;
    else if (!list) status.unknown.push(part);
  }
  return Object.assign(status, status.list ? ECSHOP_LIST_STATE_PARTS[status.list] : {}, named);
}

/** 拼多多 订单状态 texts as its export writes them (full-width commas) and what they mean here. */
export const PDD_STATUSES: { readonly [text: string]: WordMeaning } = {
  待支付: { pay: "unpaid" },
  待发货: { pay: "paid", shipping: "unshipped" },
  "已发货，待签收": { pay: "paid", shipping: "shipped" },
  "已发货，待收货": { pay: "paid", shipping: "shipped" },
  // Refunded before it shipped: the order is over, and it will not ship.
  "未发货，退款成功": { order: "cancelled", pay: "paid", shipping: "unshipped", afterSale: "refunded" },
  已发货: { pay: "paid", shipping: "shipped" },
  已签收: { pay: "paid", shipping: "received" },
  交易成功: { pay: "paid", shipping: "received" },
  已取消: { order: "cancelled" },
  交易已取消: { order: "cancelled" },
  交易关闭: { order: "cancelled" },
};

const PDD_BY_TEXT = new Map(
  Object.entries(PDD_STATUSES).map(([text, parts]) => [normalizeStatusText(text).normalized, parts]),
);

/** 拼多多 status (`已发货，待签收`): raw text kept, punctuation normalised, states where known. */
export function parsePddStatus(input: unknown): ParsedStatus & WordMeaning {
  const { raw, normalized } = normalizeStatusText(input);
  const known = PDD_BY_TEXT.get(normalized);
  return { ...known, raw, normalized, unknown: known || normalized === "" ? [] : [normalized] };
}
