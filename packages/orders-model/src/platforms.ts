import { z } from "zod";

export const PlatformId = z.enum([
  "guanwang",
  "pinduoduo",
  "pingan",
  "yaofangwang",
  "suning",
  "xywy",
  "jiage315",
]);
export type PlatformId = z.infer<typeof PlatformId>;

export const SystemId = z.enum(["wanliniu", "wms"]);
export type SystemId = z.infer<typeof SystemId>;

export type Named<Id extends string> = { readonly id: Id; readonly name: string };

/** Display names as the operators write them. */
export const PLATFORMS: { readonly [Id in PlatformId]: Named<Id> } = {
  guanwang: { id: "guanwang", name: "官网" },
  pinduoduo: { id: "pinduoduo", name: "拼多多" },
  pingan: { id: "pingan", name: "平安好医生" },
  yaofangwang: { id: "yaofangwang", name: "药房网" },
  suning: { id: "suning", name: "苏宁" },
  xywy: { id: "xywy", name: "寻医问药" },
  jiage315: { id: "jiage315", name: "315" },
};

export const SYSTEMS: { readonly [Id in SystemId]: Named<Id> } = {
  wanliniu: { id: "wanliniu", name: "万里牛" },
  wms: { id: "wms", name: "WMS" },
};
