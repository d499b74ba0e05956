import jiage315 from "./jiage315.json";
import pingan from "./pingan.json";
import { MappingProfile } from "./schema";
import suning from "./suning.json";
import xywy from "./xywy.json";
import yaofangwang from "./yaofangwang.json";

/**
 * Starting profiles for the marketplaces whose export layouts are not public (平安好医生, 药房网,
 * 苏宁, 寻医问药, 315). They ship as files in the package (`src/profiles/*.json`) for an operator to copy. The columns and
 * the status words (退款中 is known but says nothing about the parts)
 * are *assumed*: an operator whose export differs edits a copy of the JSON.
 */
export const BUILTIN_PROFILES: readonly MappingProfile[] = [pingan, yaofangwang, suning, xywy, jiage315].map(
  (profile) => MappingProfile.parse(profile),
);
