import { PlatformId } from "@syt/orders-model";
import { z } from "zod";

/** The rules, one per numbered check of the routine. */
export const RuleId = z.enum([
  "wanliniu-abnormal",
  "wms-allocation",
  "pinduoduo-timeout",
  "marketplace-timeout",
  "yaofangwang-shipping",
  "rx-review",
  "tcm-spec",
  "refunds",
  "remarks",
  "out-of-stock",
  "unknown-words",
]);
export type RuleId = z.infer<typeof RuleId>;

const base = {
  severity: z.enum(["error", "warning"]),
  platform: PlatformId.optional(),
  orderNo: z.string().optional(),
  /** The file and the row the operator sees, where the finding comes from one. */
  file: z.string().optional(),
  row: z.number().int().positive().optional(),
};
const iso = z.iso.datetime();
const hours = z.number();

const finding = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.object({ code: z.literal(code), ...base, params: z.object(params) });

export const AbnormalKind = z.enum(["on_hold", "intercepted", "ship_failed", "out_of_stock", "abnormal"]);
export type AbnormalKind = z.infer<typeof AbnormalKind>;

/** One typed shape per code: the words in zh.ts switch on `code` with no casts. */
export const Finding = z.discriminatedUnion("code", [
  finding("wanliniu-abnormal", { kind: AbnormalKind, statusRaw: z.string(), reason: z.string().optional() }),
  /** `stageRaw` undefined: the paid order is not in the WMS export at all. */
  finding("wms-unallocated", { stageRaw: z.string().optional(), hoursSincePaid: hours }),
  finding("wms-no-waybill", { stageRaw: z.string() }),
  finding("pinduoduo-timeout", {
    deadline: iso,
    hoursLeft: hours,
    from: z.enum(["promise", "paid", "placed"]),
  }),
  finding("marketplace-timeout", { deadline: iso, hoursLeft: hours }),
  finding("yaofangwang-yesterday-unshipped", { placedAt: iso }),
  finding("yaofangwang-today-unshipped", { placedAt: iso, deadline: iso }),
  finding("rx-awaiting-review", {
    product: z.string(),
    pushed: z.boolean(),
    source: z.enum(["flag", "list"]),
  }),
  finding("rx-shipped-unreviewed", { product: z.string(), recordKnown: z.boolean() }),
  finding("tcm-spec-mismatch", {
    product: z.string(),
    sku: z.string().optional(),
    platformSpec: z.string(),
    erpSpec: z.string(),
  }),
  finding("tcm-spec-ambiguous", { product: z.string(), spec: z.string() }),
  finding("refund-waiting", {
    ageHours: hours.optional(),
    stateRaw: z.string(),
    type: z.enum(["refund", "return", "other"]),
  }),
  /** `stageRaw` empty: not in the WMS export, the order's own status says it has not shipped. */
  finding("refund-in-warehouse", { stageRaw: z.string(), waybill: z.string().optional() }),
  finding("return-no-ticket", { days: z.number() }),
  finding("remark-unshipped", { buyer: z.string().optional(), merchant: z.string().optional() }),
  finding("oos-delist", { sku: z.string(), name: z.string().optional(), target: PlatformId }),
  finding("oos-waiting-order", { sku: z.string() }),
  /** An order one of whose words no table knows: no rule judged it; `leftOut` names the checks. */
  finding("unknown-word", { column: z.string(), word: z.string(), leftOut: z.array(RuleId).min(1) }),
]);
export type Finding = z.infer<typeof Finding>;
export type FindingCode = Finding["code"];
export type FindingOf<C extends FindingCode> = Extract<Finding, { code: C }>;

/** Which rule makes each finding: the sheet it is listed on. */
export const RULE_OF: { readonly [C in FindingCode]: RuleId } = {
  "wanliniu-abnormal": "wanliniu-abnormal",
  "wms-unallocated": "wms-allocation",
  "wms-no-waybill": "wms-allocation",
  "pinduoduo-timeout": "pinduoduo-timeout",
  "marketplace-timeout": "marketplace-timeout",
  "yaofangwang-yesterday-unshipped": "yaofangwang-shipping",
  "yaofangwang-today-unshipped": "yaofangwang-shipping",
  "rx-awaiting-review": "rx-review",
  "rx-shipped-unreviewed": "rx-review",
  "tcm-spec-mismatch": "tcm-spec",
  "tcm-spec-ambiguous": "tcm-spec",
  "refund-waiting": "refunds",
  "refund-in-warehouse": "refunds",
  "return-no-ticket": "refunds",
  "remark-unshipped": "remarks",
  "oos-delist": "out-of-stock",
  "oos-waiting-order": "out-of-stock",
  "unknown-word": "unknown-words",
};

/** A problem as the operator reads it: the findings with the same cause, their count and every one of them. */
export interface FindingGroup {
  key: string;
  code: FindingCode;
  severity: Finding["severity"];
  count: number;
  findings: Finding[];
}
