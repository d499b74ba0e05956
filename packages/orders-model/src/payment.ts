import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

export const PaymentCode = z.enum([
  "cod",
  "alipay",
  "wechat",
  "unionpay",
  "balance",
  "bank",
  "platform",
  "online",
]);
export type PaymentCode = z.infer<typeof PaymentCode>;

export const PaymentMethod = z.object({
  raw: z.string(),
  code: PaymentCode.optional(),
  isCod: z.boolean(),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** Names as ECShop and the platforms print them; ECShop's own payment codes (`cod`) too. */
const PAYMENT_ALIASES: readonly [PaymentCode, readonly string[]][] = [
  ["cod", ["货到付款", "cod", "货到付款(cod)", "到付"]],
  ["alipay", ["支付宝", "alipay", "支付宝支付"]],
  ["wechat", ["微信", "微信支付", "wxpay", "weixin", "wechat", "wechatpay"]],
  ["unionpay", ["银联", "银联支付", "unionpay", "银联在线", "银联在线支付", "upop"]],
  ["balance", ["余额", "余额支付", "balance"]],
  ["bank", ["银行汇款", "银行转账", "银行汇款/转帐", "银行转帐", "bank", "邮局汇款", "post"]],
  ["platform", ["平台收款", "平台支付"]],
  // ECShop's other stock online gateways: paid online, nothing to collect on delivery.
  [
    "online",
    [
      "在线支付",
      "在线付款",
      "online",
      "财付通",
      "tenpay",
      "网银在线",
      "chinabank",
      "快钱",
      "kuaiqian",
      "易宝支付",
      "yeepay",
      "paypal",
    ],
  ],
];

const CODE_BY_ALIAS = new Map(
  PAYMENT_ALIASES.flatMap(([code, aliases]) =>
    aliases.map((alias) => [normalizePaymentText(alias), code] as const),
  ),
);

function normalizePaymentText(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\s+/g, "");
}

/** The payment method of a cell; `isCod` is true only for 货到付款. */
export function parsePaymentMethod(input: unknown): PaymentMethod {
  const raw = cleanCell(input);
  const code = CODE_BY_ALIAS.get(normalizePaymentText(raw));
  return code ? { raw, code, isCod: code === "cod" } : { raw, isCod: false };
}
