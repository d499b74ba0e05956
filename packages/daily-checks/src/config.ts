import { isCodedError, PlatformId } from "@syt/orders-model";
import { z } from "zod";

/** `HH:mm` on the Shanghai wall clock. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export type ClockTime = z.infer<typeof ClockTime>;

const hours = z
  .number()
  .positive()
  .max(24 * 30);

/**
 * Everything the routine's deadlines, links and thresholds depend on. The defaults are the
 * seed's values (运营日常.md) and DOMAIN.md's; the ones no source confirmed are marked assumed.
 */
export const DailyConfig = z.strictObject({
  /** Platforms the shop sells on; items of the others are not applicable. */
  platforms: z.array(PlatformId).default([...PlatformId.options]),
  deadlines: z
    .strictObject({
      wanliniu: ClockTime.default("09:30"),
      /** The morning check by which 药房网's orders placed before `yaofangwangCutoff` yesterday must have shipped. */
      yaofangwangMorning: ClockTime.default("09:30"),
      yaofangwangCutoff: ClockTime.default("17:00"),
      /** Today's 药房网 orders are checked at `yaofangwangTodayCheck` and must leave by `yaofangwangToday`. */
      yaofangwangTodayCheck: ClockTime.default("15:00"),
      yaofangwangToday: ClockTime.default("16:00"),
      /** The 15:00 rerun of the WMS allocation check. */
      wmsRerun: ClockTime.default("15:00"),
      codReport: ClockTime.default("17:00"),
    })
    .prefault({}),
  /** An item with something to do turns "due soon" this many minutes before its deadline. */
  dueSoonMinutes: z.number().int().nonnegative().max(720).default(60),
  thresholds: z
    .strictObject({
      wmsAllocationHours: hours.default(2),
      pinduoduoPromiseHours: hours.default(48),
      /** Pending shipment with this little time left is urgent (拼多多 warns at 12 h). */
      urgentHours: hours.default(12),
      /** *Assumed*: 平安好医生, 苏宁, 寻医问药, 315 publish no promise. */
      marketplacePromiseHours: hours.default(48),
      refundUrgentHours: hours.default(24),
      /** *Assumed*: days a signed-for return may wait for its 万里牛 售后单. */
      returnTicketDays: z.number().int().positive().max(60).default(3),
    })
    .prefault({}),
  links: z
    .strictObject({
      wanliniu: z.url().default("https://account.hupun.com/login"),
      guanwang: z.url().default("http://admin.syt.cn/index"),
      pinduoduo: z.url().default("https://mms.pinduoduo.com/home"),
      pingan: z.url().default("https://www.jk.cn/sell/"),
      yaofangwang: z.url().default("https://www.yaofangwang.com/"),
      suning: z.url().default("https://mpassport.suning.com/ids/login"),
      jiage315: z.url().default("https://www.315jiage.cn/"),
      xywy: z.url().default("http://storeadmin.wksc.xywy.com/login/index.html"),
    })
    .prefault({}),
  /** 处方药: used where an export has no 处方 flag. SKUs exactly, names as substrings. */
  rx: z
    .strictObject({
      skus: z.array(z.string().trim().min(1)).default([]),
      names: z.array(z.string().trim().min(1)).default([]),
    })
    .prefault({}),
  /** 中药: besides names with 饮片 / 颗粒 / 中药. */
  tcm: z
    .strictObject({
      skus: z.array(z.string().trim().min(1)).default([]),
      names: z.array(z.string().trim().min(1)).default([]),
    })
    .prefault({}),
  /** Out-of-stock SKUs known before the exports (typed or pasted from the 缺货群). */
  outOfStock: z.array(z.string().trim().min(1)).default([]),
  /**
   * A folder of mapping profiles (`*.json`, the format of @syt/platform-adapters' built-in ones):
   * for an export whose columns the platform renamed. Relative to the config file. `--profiles` wins.
   */
  profiles: z.string().trim().min(1).optional(),
});
export type DailyConfig = z.infer<typeof DailyConfig>;
export type DailyConfigInput = z.input<typeof DailyConfig>;

export const DEFAULT_CONFIG: DailyConfig = DailyConfig.parse({});

/** What is wrong with a config, as data; `formatConfigProblemZh` words it. */
export type ConfigProblem =
  | { code: "not-json" }
  | { code: "bad-time"; path: string }
  | { code: "bad-url"; path: string }
  | { code: "unknown-key"; path: string; keys: string[] }
  | { code: "unknown-platform"; path: string }
  | { code: "bad-number"; path: string }
  | { code: "bad-type"; path: string; expected: string };

export type ConfigCheck = { ok: true; config: DailyConfig } | { ok: false; problems: ConfigProblem[] };

function problemOf(issue: z.core.$ZodIssue): ConfigProblem {
  const path = issue.path.map(String).join(".");
  switch (issue.code) {
    case "unrecognized_keys":
      return { code: "unknown-key", path, keys: issue.keys };
    case "invalid_value":
      return { code: "unknown-platform", path };
    case "invalid_format":
      return issue.format === "regex" ? { code: "bad-time", path } : { code: "bad-url", path };
    case "too_big":
    case "too_small":
      return { code: "bad-number", path };
    case "invalid_type":
      return { code: "bad-type", path, expected: issue.expected };
    default:
      return { code: "bad-type", path, expected: "?" };
  }
}

/** A config from an object or JSON text; missing values take the defaults. */
export function checkConfig(input: unknown): ConfigCheck {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problems: [{ code: "not-json" }] };
    }
  }
  const parsed = DailyConfig.safeParse(value ?? {});
  return parsed.success
    ? { ok: true, config: parsed.data }
    : { ok: false, problems: parsed.error.issues.map(problemOf) };
}

/** Thrown by `resolveConfig` for a config nothing can be made of. */
export class DailyConfigError extends Error {
  override readonly name = "DailyConfigError";
  readonly code = "bad-config" as const;
  constructor(readonly problems: ConfigProblem[]) {
    super(`bad-config: ${problems.map((p) => p.code).join(", ")}`);
  }
}

/** By name and code (`isCodedError`): once by the name alone, which any error could carry. */
export function isDailyConfigError(error: unknown): error is DailyConfigError {
  return isCodedError(error, { codes: ["bad-config"], names: "DailyConfigError" });
}

export function resolveConfig(input: unknown): DailyConfig {
  const check = checkConfig(input);
  if (!check.ok) throw new DailyConfigError(check.problems);
  return check.config;
}
