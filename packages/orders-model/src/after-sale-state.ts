import { z } from "zod";

/**
 * An after-sale's (售后) state: whose turn it is and whether it is still open. A leaf of the model:
 * the status tables say which order words carry one (药房网 申请退款, 苏宁 退款中).
 */
export const AfterSaleState = z.enum([
  "none",
  "processing",
  "awaiting_merchant",
  "awaiting_buyer",
  "awaiting_buyer_return",
  "awaiting_merchant_receipt",
  "platform_processing",
  "refunding",
  "refunded",
  "completed",
  "closed",
]);
export type AfterSaleState = z.infer<typeof AfterSaleState>;

/** The states in which the merchant must act (answer, receive the return, recall the parcel). */
const MERCHANT_TURN: ReadonlySet<AfterSaleState> = new Set([
  "processing",
  "awaiting_merchant",
  "awaiting_merchant_receipt",
]);

/** Open: the buyer asked and it is not settled, whoever's turn it is. The order must not ship meanwhile. */
const OPEN: ReadonlySet<AfterSaleState> = new Set([
  ...MERCHANT_TURN,
  "awaiting_buyer",
  "awaiting_buyer_return",
  "platform_processing",
  "refunding",
]);

export const isMerchantTurn = (state: AfterSaleState | undefined): boolean =>
  state !== undefined && MERCHANT_TURN.has(state);

export const isOpenAfterSale = (state: AfterSaleState | undefined): boolean =>
  state !== undefined && OPEN.has(state);
