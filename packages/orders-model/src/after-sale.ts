import { z } from "zod";
import { AfterSaleState } from "./after-sale-state";
import { normalizeStatusText } from "./status";

export { AfterSaleState, isMerchantTurn, isOpenAfterSale } from "./after-sale-state";

export const AFTER_SALE_STATE_NAMES: { readonly [S in AfterSaleState]: string } = {
  none: "无售后或售后取消",
  processing: "售后处理中",
  awaiting_merchant: "待商家处理",
  awaiting_buyer: "待买家处理",
  awaiting_buyer_return: "待买家退货",
  awaiting_merchant_receipt: "待商家收货",
  platform_processing: "平台处理中",
  refunding: "退款中",
  refunded: "退款成功",
  completed: "售后完成",
  closed: "售后关闭",
};

/**
 * 拼多多's 售后状态 words: its order export's column and its 售后 export (DOMAIN.md [medium]), with
 * their full-width commas. 补寄 (reissue) and 召回 (recall the parcel) are the merchant's turn too.
 */
export const PDD_AFTER_SALE_WORDS: { readonly [word: string]: AfterSaleState } = {
  无售后或售后取消: "none",
  售后处理中: "processing",
  待商家处理: "awaiting_merchant",
  "买家申请退款，待商家处理": "awaiting_merchant",
  "退货退款，待商家处理": "awaiting_merchant",
  补寄待商家处理: "awaiting_merchant",
  补寄待商家发货: "awaiting_merchant",
  待商家召回: "awaiting_merchant",
  待买家退货: "awaiting_buyer_return",
  "已同意退货退款，待用户发货": "awaiting_buyer_return",
  "驳回，待买家处理": "awaiting_buyer",
  // The buyer is to refuse the parcel at the door; the merchant has agreed already.
  "同意拒收退款，待用户拒收": "awaiting_buyer",
  待商家收货: "awaiting_merchant_receipt",
  平台处理中: "platform_processing",
  退款中: "refunding",
  退款成功: "refunded",
  买家撤销: "none",
  退款关闭: "closed",
  售后关闭: "closed",
};

/**
 * 万里牛 售后单's 状态 [low: API labels only]. 待审核 is the merchant's to review; 完成 is settled
 * whatever the 售后类型 (a 补发 completes without a refund).
 */
export const WANLINIU_AFTER_SALE_WORDS: { readonly [word: string]: AfterSaleState } = {
  待审核: "awaiting_merchant",
  处理中: "processing",
  完成: "completed",
  关闭: "closed",
  拒绝: "closed",
  取消: "none",
};

/** Every 售后状态 word known, from every source; the sources agree where they share a word. */
export const AFTER_SALE_WORDS: { readonly [word: string]: AfterSaleState } = {
  ...PDD_AFTER_SALE_WORDS,
  ...WANLINIU_AFTER_SALE_WORDS,
  待买家处理: "awaiting_buyer",
  售后完成: "completed",
};

/** What a 售后类型 says comes back: a parcel (退货), money only (退款), or neither (补发, 换货, 其他). */
export const AfterSaleType = z.enum(["refund", "return", "other"]);
export type AfterSaleType = z.infer<typeof AfterSaleType>;

/** 售后类型 words: 万里牛's (退货, 补发, 换货, 其他, 仅退款) and the marketplaces' (退货退款, 仅退款). */
export const AFTER_SALE_TYPE_WORDS: { readonly [word: string]: AfterSaleType } = {
  退货: "return",
  退货退款: "return",
  仅退款: "refund",
  退款: "refund",
  补发: "other",
  补寄: "other",
  换货: "other",
  其他: "other",
};

const TYPE_BY_WORD = new Map(
  Object.entries(AFTER_SALE_TYPE_WORDS).map(([word, type]) => [normalizeStatusText(word).normalized, type]),
);

/** A 售后类型 cell: the table's word, else by what it names (退货 first), else `other`. */
export function afterSaleTypeOf(text: string): AfterSaleType {
  const known = TYPE_BY_WORD.get(normalizeStatusText(text).normalized);
  if (known) return known;
  if (/退货/.test(text)) return "return";
  if (/退款/.test(text)) return "refund";
  return "other";
}

export const AfterSale = z.object({
  state: AfterSaleState.optional(),
  /** The cell as the export had it; an unknown word is kept here only. */
  raw: z.string(),
});
export type AfterSale = z.infer<typeof AfterSale>;

const STATE_BY_WORD = new Map(
  Object.entries(AFTER_SALE_WORDS).map(([word, state]) => [normalizeStatusText(word).normalized, state]),
);

/** A 售后状态 cell: the state where the word is known, the raw text always. */
export function parseAfterSale(input: unknown): AfterSale {
  const { raw, normalized } = normalizeStatusText(input);
  const state = STATE_BY_WORD.get(normalized);
  return state ? { state, raw } : { raw };
}
