import { z } from "zod";

export const FindingCode = z.enum([
  "missing-waybill",
  "not-zto",
  "wms-unallocated",
  "waybill-format",
  "waybill-shared",
  "cod-pending",
  "destroyed-id",
  "missing-amount",
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
  orders: z.object({ total: count, kept: count }),
  amountToCollectFen: z.number().int(),
  /** Distinct orders by shipping state code (`unknown` when the export has none). */
  ordersByShipping: z.record(z.string(), count),
  codOrdersByShipping: z.record(z.string(), count),
  findings: z.array(Finding),
});
export type CodSummary = z.infer<typeof CodSummary>;
