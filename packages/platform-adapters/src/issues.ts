import { cutShort } from "@syt/orders-model";
import { z } from "zod";

const Severity = z.enum(["error", "warning"]);

/** What every issue carries: where it is, as the operator sees it. */
const IssueBase = {
  severity: Severity,
  /** The operator's 1-based row number. */
  row: z.number().int().positive().optional(),
  /** The column's header text as the export has it. */
  column: z.string().optional(),
  /** The raw cell text, cut short; phones are masked when it is shown. */
  input: z.string().optional(),
};

const plain = <C extends string>(code: C) => z.object({ code: z.literal(code), ...IssueBase });
const withParams = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.object({ code: z.literal(code), ...IssueBase, params: z.object(params) });

/**
 * Findings about single rows, one shape per code (the code's own typed params), so the
 * words for people switch on `code` with no casts and a new code cannot ship without them.
 * `error`: the row was not used (counted in `accounting.issues`).
 * `warning`: the row was used, something in it deserves a look.
 */
export const ParseIssue = z.discriminatedUnion("code", [
  plain("destroyed-id"),
  /**
   * A CSV's ID of 16+ digits whose digits after the 15th are all zeros: Excel may have rounded it
   * before the file was saved, or it is a real ID ending in 0. A CSV cannot tell; the row is used.
   */
  plain("suspect-id"),
  plain("missing-order-no"),
  /** A 缺货 list row without a merchant code (SKU). */
  plain("missing-sku"),
  plain("invalid-money"),
  plain("invalid-date"),
  plain("invalid-quantity"),
  plain("invalid-phone"),
  /** `parts`: the words of the cell that named no known state, joined with `,`. */
  withParams("unknown-status", { parts: z.string() }),
  /** A status column the export has is blank on the order's first row (the first such column is named). */
  plain("missing-status"),
  plain("unknown-payment"),
  plain("unknown-courier"),
  /** `checks`: the model's waybill warning codes, joined with `,`. */
  withParams("waybill-format", { checks: z.string() }),
  /** `fields`: which of `status`/`payment` differ from the order's first row. */
  withParams("conflicting-rows", { fields: z.string(), firstRow: z.number().int() }),
  plain("unknown-stage"),
  plain("unknown-after-sale"),
  withParams("duplicate-ref", { firstRow: z.number().int() }),
  plain("unknown-shop"),
  /** A cell past Excel's 32,767 characters, cut (the cut said in the cell); `length` is what it had. */
  withParams("cell-cut", { length: z.number().int() }),
  /** A value that is not what the file says it is, kept as its raw text (`input`), not coerced. */
  withParams("not-its-type", { type: z.enum(["number", "date", "boolean"]) }),
  /** Bytes that are no character of the file's encoding, shown as U+FFFD in the cell. */
  plain("invalid-bytes"),
]);
export type ParseIssue = z.infer<typeof ParseIssue>;

export const IssueCode = z.enum(
  ParseIssue.options.map((option) => option.shape.code.value) as [
    ParseIssue["code"],
    ...ParseIssue["code"][],
  ],
);
export type IssueCode = z.infer<typeof IssueCode>;

/** The issue of one code, narrowed: `IssueOf<"unknown-status">["params"]["parts"]`. */
export type IssueOf<C extends IssueCode> = Extract<ParseIssue, { code: C }>;

/** The params a code needs; codes without params take none. */
export type IssueParams<C extends IssueCode> = IssueOf<C> extends { params: infer P } ? P : undefined;

/** Why a row given was not read as data. */
export const SkipReason = z.enum(["above-header", "blank", "repeated-header", "total", "duplicate"]);
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

/** Raw text for an issue, cut short so a message stays readable. */
export function clip(text: string): string {
  return cutShort(text, 40);
}
