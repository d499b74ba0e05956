import jiage315 from "./jiage315.json";
import pingan from "./pingan.json";
import { MappingProfile } from "./schema";
import suning from "./suning.json";
import xywy from "./xywy.json";
import yaofangwang from "./yaofangwang.json";

/**
 * Starting profiles for the marketplaces whose export layouts are not public (平安好医生, 药房网,
 * 苏宁, 寻医问药, 315). They ship as files in the package (`src/profiles/*.json`) for an operator to
 * copy. The columns are *assumed*: 药房网's include its page labels (订购时间, 通用名, 订单总额 …) and
 * its status words come from its API and back office, no export file; 苏宁's words (部分发货, 等待发货 …)
 * are public, its headers not; 平安好医生, 寻医问药 and 315 rest on nothing public. Refund words (退款中,
 * 申请退款 …) are known but say nothing about the parts. An operator whose export differs edits a copy of the JSON.
 */
export const BUILTIN_PROFILES: readonly MappingProfile[] = [pingan, yaofangwang, suning, xywy, jiage315].map(
  (profile) => MappingProfile.parse(profile),
);
