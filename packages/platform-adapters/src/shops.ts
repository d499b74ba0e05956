import type { PlatformId } from "@syt/orders-model";

/**
 * The one table from words to platforms, read top to bottom (first match wins), for every text
 * that names a platform: a 万里牛 shop (上元堂拼多多店), a 平台 / 店铺 cell of a 售后单 list (药房网), a
 * file name (拼多多订单_20261125.xlsx). The marketplaces' own names come first, so a shop called
 * 拼多多商城店 is 拼多多's; 官网's generic words (商城, the web shop's domain) after them; 315 last and
 * only as a number of its own, since a date in a file name (20260315) holds the same digits.
 */
export const SHOP_WORDS: readonly { platform: PlatformId; words: readonly RegExp[] }[] = [
  { platform: "pinduoduo", words: [/拼多多/] },
  // 平安好医生 is often written 平安 or by its domain.
  { platform: "pingan", words: [/平安/, /jk\.cn/i] },
  { platform: "yaofangwang", words: [/药房网/] },
  { platform: "suning", words: [/苏宁/] },
  { platform: "xywy", words: [/寻医问药/] },
  // 官网 shops are named after the web shop.
  { platform: "guanwang", words: [/官网/, /商城/, /syt\.cn/i] },
  { platform: "jiage315", words: [/(?<!\d)315(?!\d)/] },
];

/** The platform a text names (a shop, a 平台 cell, a file name), by `SHOP_WORDS`; undefined when none. */
export function platformOfText(text: string): PlatformId | undefined {
  return SHOP_WORDS.find(({ words }) => words.some((word) => word.test(text)))?.platform;
}
