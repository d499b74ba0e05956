import { MappingProfile } from "@syt/platform-adapters";
import jiage315 from "./jiage315.json";

/**
 * Starting profiles for exports the adapters have none for. 315's layout is *assumed* (no
 * public sample): an operator whose export differs edits a copy of the JSON.
 */
export const DAILY_PROFILES: readonly MappingProfile[] = [jiage315].map((profile) =>
  MappingProfile.parse(profile),
);
