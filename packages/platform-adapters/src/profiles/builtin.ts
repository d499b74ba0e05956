import pingan from "./pingan.json";
import { MappingProfile } from "./schema";
import suning from "./suning.json";
import xywy from "./xywy.json";
import yaofangwang from "./yaofangwang.json";

/**
 * Starting profiles for the marketplaces whose export layouts are not public. The columns
 * are *assumed*: an operator whose export differs edits a copy of the JSON.
 */
export const BUILTIN_PROFILES: readonly MappingProfile[] = [pingan, yaofangwang, suning, xywy].map(
  (profile) => MappingProfile.parse(profile),
);
