import { z } from "zod";
import { normalizeOrderNumber } from "./cells";

export const OrderNumberKind = z.enum(["guanwang-gw", "ecshop", "pinduoduo", "wanliniu-xd", "unknown"]);
export type OrderNumberKind = z.infer<typeof OrderNumberKind>;

/** The prefixes are only known from the operators' notes, so they are configuration. */
export const OrderNumberConfig = z.object({
  guanwangPrefixes: z.array(z.string().min(1)).default(["GW"]),
  wanliniuPrefixes: z.array(z.string().min(1)).default(["XD"]),
});
export type OrderNumberConfig = z.input<typeof OrderNumberConfig>;

export const DEFAULT_ORDER_NUMBER_CONFIG = OrderNumberConfig.parse({});

/** Stock ECShop: `YYYYMMDD` + 5 digits. */
const ECSHOP = /^(\d{4})(\d{2})(\d{2})\d{5}$/;
/** 拼多多: `YYMMDD-` + 15 digits. */
const PINDUODUO = /^(\d{2})(\d{2})(\d{2})-\d{15}$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function datePrefixIsValid(match: RegExpExecArray, century: number): boolean {
  const [, year, month, day] = match;
  return isCalendarDate(century + Number(year), Number(month), Number(day));
}

function hasPrefix(orderNo: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => {
    const wanted = normalizeOrderNumber(prefix);
    return orderNo.length > wanted.length && orderNo.startsWith(wanted) && /^[0-9A-Z-]+$/.test(orderNo);
  });
}

/** Which system made an order number, judged from its shape alone. */
export function orderNumberKind(orderNo: unknown, config: OrderNumberConfig = {}): OrderNumberKind {
  const { guanwangPrefixes, wanliniuPrefixes } =
    Object.keys(config).length === 0 ? DEFAULT_ORDER_NUMBER_CONFIG : OrderNumberConfig.parse(config);
  const no = normalizeOrderNumber(orderNo);
  if (hasPrefix(no, guanwangPrefixes)) return "guanwang-gw";
  if (hasPrefix(no, wanliniuPrefixes)) return "wanliniu-xd";
  const ecshop = ECSHOP.exec(no);
  if (ecshop && datePrefixIsValid(ecshop, 0)) return "ecshop";
  const pdd = PINDUODUO.exec(no);
  if (pdd && datePrefixIsValid(pdd, 2000)) return "pinduoduo";
  return "unknown";
}
