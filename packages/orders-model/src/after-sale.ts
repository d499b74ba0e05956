import { z } from "zod";
import { normalizeStatusText } from "./status";

/** An order's after-sale (售后) state, as the marketplaces' 售后状态 column names it. */
export const AfterSaleState = z.enum([
  "none",
  "processing",
  "awaiting_merchant",
  "awaiting_buyer_return",
  "awaiting_merchant_receipt",
  "refunding",
  "refunded",
  "closed",
]);
export type AfterSaleState = z.infer<typeof AfterSaleState>;

export const AFTER_SALE_STATE_NAMES: { readonly [S in AfterSaleState]: string } = {
  none: "无售后或售后取消",
  processing: "售后处理中",
  awaiting_merchant: "待商家处理",
  awaiting_buyer_return: "待买家退货",
  awaiting_merchant_receipt: "待商家收货",
  refunding: "退款中",
  refunded: "退款成功",
  closed: "售后关闭",
};

/** Every 售后状态 word known (拼多多's export and its after-sale list), synonyms included. */
export const AFTER_SALE_WORDS: { readonly [word: string]: AfterSaleState } = {
  无售后或售后取消: "none",
  售后处理中: "processing",
  待商家处理: "awaiting_merchant",
  待买家退货: "awaiting_buyer_return",
  待商家收货: "awaiting_merchant_receipt",
  退款中: "refunding",
  退款成功: "refunded",
  退款关闭: "closed",
  售后关闭: "closed",
};

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
