import { z } from "zod";
import { normalizeOrderNumber } from "./cells";
import { ModelConfigError } from "./errors";
import { isValidWallClock } from "./zone";

export const OrderNumberKind = z.enum(["guanwang-gw", "ecshop", "pinduoduo", "wanliniu-xd", "unknown"]);
export type OrderNumberKind = z.infer<typeof OrderNumberKind>;

/** The prefixes are only known from the operators' notes, so they are configuration. */
export const OrderNumberConfig = z.object({
  guanwangPrefixes: z.array(z.string().trim().min(1)).default(["GW"]),
  wanliniuPrefixes: z.array(z.string().trim().min(1)).default(["XD"]),
});
export type OrderNumberConfig = z.input<typeof OrderNumberConfig>;

export const DEFAULT_ORDER_NUMBER_CONFIG = OrderNumberConfig.parse({});

/** Stock ECShop: `YYYYMMDD` + 5 digits. */
const ECSHOP = /^(\d{4})(\d{2})(\d{2})\d{5}$/;
/** 拼多多: `YYMMDD-` + 15 digits. */
const PINDUODUO = /^(\d{2})(\d{2})(\d{2})-\d{15}$/;

function datePrefixIsValid(match: RegExpExecArray, century: number): boolean {
  const [, year, month, day] = match;
  const date = { year: century + Number(year), month: Number(month), day: Number(day) };
  return isValidWallClock({ ...date, hour: 0, minute: 0, second: 0 });
}

type Prefixes = { guanwang: readonly string[]; wanliniu: readonly string[] };

function normalizePrefixes(config: z.output<typeof OrderNumberConfig>): Prefixes {
  return {
    guanwang: config.guanwangPrefixes.map(normalizeOrderNumber),
    wanliniu: config.wanliniuPrefixes.map(normalizeOrderNumber),
  };
}

const DEFAULT_PREFIXES = normalizePrefixes(DEFAULT_ORDER_NUMBER_CONFIG);

/** Throws `ModelConfigError` for prefixes that are not a list of non-empty strings. */
function prefixesOf(config: OrderNumberConfig): Prefixes {
  if (Object.keys(config).length === 0) return DEFAULT_PREFIXES;
  // The message goes to the operator who edits the config file, so zod speaks Chinese here.
  const parsed = OrderNumberConfig.safeParse(config, { error: z.locales.zhCN().localeError });
  if (!parsed.success) {
    throw new ModelConfigError(
      "订单号前缀",
      parsed.error.issues,
      '{ guanwangPrefixes: ["GW"], wanliniuPrefixes: ["XD"] }',
    );
  }
  return normalizePrefixes(parsed.data);
}

function hasPrefix(orderNo: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => orderNo.length > prefix.length && orderNo.startsWith(prefix));
}

/**
 * Which system made an order number, judged from its shape alone. Prefixed kinds need
 * letters, digits and dashes only after the prefix. Throws `ModelConfigError` only
 * for an unusable `config`.
 */
export function orderNumberKind(orderNo: unknown, config: OrderNumberConfig = {}): OrderNumberKind {
  const prefixes = prefixesOf(config);
  const no = normalizeOrderNumber(orderNo);
  const plain = /^[0-9A-Z-]+$/.test(no);
  if (plain && hasPrefix(no, prefixes.guanwang)) return "guanwang-gw";
  if (plain && hasPrefix(no, prefixes.wanliniu)) return "wanliniu-xd";
  const ecshop = ECSHOP.exec(no);
  if (ecshop && datePrefixIsValid(ecshop, 0)) return "ecshop";
  const pdd = PINDUODUO.exec(no);
  if (pdd && datePrefixIsValid(pdd, 2000)) return "pinduoduo";
  return "unknown";
}
