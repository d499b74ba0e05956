import { PLATFORMS, type PlatformId } from "@syt/orders-model";

/**
 * A platform named in a text: a shop (上元堂拼多多店), a 平台 cell (药房网) or a file name
 * (拼多多订单_20261125.xlsx). 官网 shops are named after the web shop; 平安好医生 often as 平安 / jk.cn.
 */
export function platformOfText(text: string): PlatformId | undefined {
  if (/官网|商城|syt\.cn/.test(text)) return "guanwang";
  if (/平安|jk\.cn/.test(text)) return "pingan";
  return Object.values(PLATFORMS).find((p) => text.includes(p.name))?.id;
}
