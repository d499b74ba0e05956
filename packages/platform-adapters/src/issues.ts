import { z } from "zod";

/**
 * Findings about single rows. `error`: the row was not used (counted in `accounting.issues`).
 * `warning`: the row was used, something in it deserves a look.
 */
export const IssueCode = z.enum([
  "destroyed_id",
  "missing_order_no",
  "invalid_money",
  "invalid_date",
  "invalid_quantity",
  "invalid_phone",
  "unknown_status",
  "unknown_payment",
  "unknown_courier",
  "waybill_format",
  "conflicting_rows",
  "unknown_allocation",
  "duplicate_ref",
  "unknown_shop",
]);
export type IssueCode = z.infer<typeof IssueCode>;

export const ParseIssue = z.object({
  code: IssueCode,
  severity: z.enum(["error", "warning"]),
  /** The operator's 1-based row number. */
  row: z.number().int().positive().optional(),
  /** The column's header text as the export has it. */
  column: z.string().optional(),
  /** The raw cell text, cut short; phones are masked. */
  input: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ParseIssue = z.infer<typeof ParseIssue>;

/** Why a row given was not read as data. */
export const SkipReason = z.enum(["above_header", "blank", "repeated_header", "total"]);
export type SkipReason = z.infer<typeof SkipReason>;

export const Accounting = z.object({
  /** Every row of the table except the header row itself (rows above it are counted as skipped). */
  dataRows: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Rows not used because of an error-severity issue. */
  issues: z.number().int().nonnegative(),
  skippedByReason: z.record(z.string(), z.number().int().nonnegative()),
});
export type Accounting = z.infer<typeof Accounting>;

export const ParseMeta = z.object({
  platform: z.string(),
  /** Which adapter read the sheet (a built-in one or `profile:<id>`). */
  adapter: z.string(),
  /** Whether the platform was detected from the header or given by the caller. */
  detectedBy: z.enum(["signature", "override"]),
  sheetName: z.string().optional(),
  sheets: z.array(z.string()),
  headerRow: z.number().int().positive(),
  header: z.array(z.string()),
  /** Field -> 0-based column index. */
  columns: z.record(z.string(), z.number().int().nonnegative()),
  accounting: Accounting,
  skippedRows: z.array(z.object({ row: z.number().int().positive(), reason: SkipReason })),
});
export type ParseMeta = z.infer<typeof ParseMeta>;

const MAX_INPUT = 40;

/** Raw text for an issue, cut short so a message stays readable. */
export function clip(text: string): string {
  return text.length > MAX_INPUT ? `${text.slice(0, MAX_INPUT)}…` : text;
}
