import { Courier, WmsStage } from "@syt/orders-model";
import { ParseIssue } from "@syt/platform-adapters";
import { z } from "zod";

export const FindingCode = z.enum([
  "export-window",
  "amount-unmapped",
  "nothing-kept",
  "rows-apart",
  "missing-waybill",
  "not-zto",
  "wms-unallocated",
  "waybill-format",
  "waybill-shared",
  "cod-pending",
  "destroyed-id",
  "missing-amount",
  "amount-implausible",
  "row-issue",
]);
export type FindingCode = z.infer<typeof FindingCode>;

const base = {
  severity: z.enum(["error", "warning"]),
  orderNo: z.string().optional(),
  /** The row number the operator sees in the sheet named by `sheet`. */
  row: z.number().int().optional(),
  sheet: z.enum(["orders", "wms"]),
};

const plain = <C extends FindingCode>(code: C) => z.object({ code: z.literal(code), ...base });
const finding = <C extends FindingCode, P extends z.ZodType>(code: C, params: P) =>
  z.object({ code: z.literal(code), ...base, params });

const day = z.string();
/** The days the export must cover: yesterday (`from`) and the report date (`to`). */
const covered = { from: day, to: day };

/** One typed shape per code: the words in zh.ts and the groups switch on `code` with no casts. */
export const Finding = z.discriminatedUnion("code", [
  /** `stale`: the export does not reach the report date (no row); `before`/`after`: one order outside the window. */
  finding(
    "export-window",
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("stale"), first: day, last: day, ...covered }),
      z.object({ kind: z.enum(["before", "after"]), day, ...covered }),
    ]),
  ),
  /** `lookAlike`: header cells that look like money and were not read as the amount. */
  finding("amount-unmapped", z.object({ lookAlike: z.array(z.string()), orders: z.number().int() })),
  /** `states`: the COD orders left out, counted by their status words. */
  finding(
    "nothing-kept",
    z.object({ cod: z.number().int(), states: z.record(z.string(), z.number().int()) }),
  ),
  /** `firstRow`: the order's first row; `apartRow`: its row standing below `between`, another order's row. */
  finding(
    "rows-apart",
    z.object({ firstRow: z.number().int(), apartRow: z.number().int(), between: z.number().int() }),
  ),
  /** `inWms`: the WMS has the order but no waybill yet, else it is not in the WMS export at all. */
  finding("missing-waybill", z.object({ inWms: z.boolean() })),
  finding("not-zto", z.object({ courier: Courier, courierRaw: z.string() })),
  finding(
    "wms-unallocated",
    z.object({ stage: WmsStage.optional(), stageRaw: z.string(), noWaybill: z.boolean() }),
  ),
  /** `warnings`: the model's waybill checks that failed; `courier` empty when none is known. */
  finding(
    "waybill-format",
    z.object({
      waybill: z.string(),
      warnings: z.array(z.string()),
      courier: z.union([Courier, z.literal("")]),
      length: z.number().int(),
    }),
  ),
  /** `others`: the other orders carrying the waybill. */
  finding("waybill-shared", z.object({ waybill: z.string(), others: z.array(z.string()) })),
  plain("cod-pending"),
  plain("destroyed-id"),
  /** `zero`: the amount is 0, else it is empty. */
  finding("missing-amount", z.object({ zero: z.boolean() })),
  finding("amount-implausible", z.object({ fen: z.number().int(), maxFen: z.number().int() })),
  /** `inReport`: whether the order's row still went into the report (orders sheet only). */
  finding("row-issue", z.object({ issue: ParseIssue, inReport: z.boolean().optional() })),
]);
export type Finding = z.infer<typeof Finding>;
export type FindingOf<C extends FindingCode> = Extract<Finding, { code: C }>;
export type FindingParams<C extends FindingCode> = FindingOf<C> extends { params: infer P } ? P : never;

/**
 * One problem as the operator reads it: every finding with the same cause, with its
 * count and every row. The CLI prints a group in a few lines, the taskpane shows it
 * collapsed, the 核对 sheet lists every row of it.
 */
export const FindingGroup = z.object({
  /** Stable within one report: code, sheet and, for odd values, the column and the value. */
  key: z.string(),
  code: FindingCode,
  severity: base.severity,
  sheet: base.sheet,
  /** The number of findings (rows or orders) in the group. */
  count: z.number().int().positive(),
  /** Every finding of the group, in row order. */
  findings: z.array(Finding),
});
export type FindingGroup = z.infer<typeof FindingGroup>;

export const ExclusionReason = z.enum(["status", "payment", "skipped", "issue"]);
export type ExclusionReason = z.infer<typeof ExclusionReason>;

const count = z.number().int().nonnegative();

export const CodSummary = z.object({
  date: z.string(),
  fileName: z.string(),
  wmsProvided: z.boolean(),
  /** rows.read === rows.kept + the sum of rows.excluded, always. */
  rows: z.object({
    read: count,
    kept: count,
    excluded: z.record(ExclusionReason, count),
  }),
  wmsRows: z.object({ read: count, used: count }),
  /**
   * When the report's orders were placed (Shanghai wall clock `YYYY-MM-DD HH:mm`), and the days
   * the export should cover: yesterday 00:00 to the report date. Only the report's own orders
   * carry a date (the others' details are not read), so `dated` may be below `orders.kept`.
   */
  placed: z.object({
    first: z.string().optional(),
    last: z.string().optional(),
    dated: count,
    window: z.object({ from: z.string(), to: z.string() }),
  }),
  orders: z.object({ total: count, kept: count }),
  amountToCollectFen: z.number().int(),
  /**
   * Distinct orders by shipping state code; an order whose words tell none is counted by its
   * order state (cancelled, unconfirmed, ...) or payment state (unpaid), else `unknown`.
   */
  ordersByShipping: z.record(z.string(), count),
  codOrdersByShipping: z.record(z.string(), count),
  /** Every finding, in sheet and row order. */
  findings: z.array(Finding),
  /** The same findings as problems, in the order the operator reads them (see `groupFindings`). */
  groups: z.array(FindingGroup),
});
export type CodSummary = z.infer<typeof CodSummary>;
