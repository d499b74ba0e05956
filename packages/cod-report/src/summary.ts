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

export const Finding = z.object({
  code: FindingCode,
  severity: z.enum(["error", "warning"]),
  orderNo: z.string().optional(),
  /** The row number the operator sees in the sheet named by `sheet`. */
  row: z.number().int().optional(),
  sheet: z.enum(["orders", "wms"]),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof Finding>;

/**
 * One problem as the operator reads it: every finding with the same cause, with its
 * count and every row. The CLI prints a group in a few lines, the taskpane shows it
 * collapsed, the 核对 sheet lists every row of it.
 */
export const FindingGroup = z.object({
  /** Stable within one report: code, sheet and, for odd values, the column and the value. */
  key: z.string(),
  code: FindingCode,
  severity: Finding.shape.severity,
  sheet: Finding.shape.sheet,
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
