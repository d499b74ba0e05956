import { z } from "zod";

/** One cell's value, as the readers give it and the writers take it; `null` is an empty cell. */
export const SheetCell = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null()]);
export type SheetCell = z.infer<typeof SheetCell>;

export const SheetColumn = z.object({
  /** In Excel's units: characters of the default font (a CJK character takes two). */
  width: z.number().positive().optional(),
  /**
   * Identifiers (order numbers, phones, waybills): the whole column is Text, so what is typed or
   * pasted into it later stays text too, and an empty cell of it is written with the format.
   */
  text: z.boolean().optional(),
});
export type SheetColumn = z.infer<typeof SheetColumn>;

export const SheetRow = z.object({
  cells: z.array(SheetCell),
  bold: z.boolean().optional(),
  /** Number formats of single cells, by column index from 0 (an amount's `0.00`): they win over the rules. */
  formats: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
});
export type SheetRow = z.infer<typeof SheetRow>;

/**
 * A sheet as plain data: what the COD report and the daily checklist return, what `writeXlsx`
 * writes into a file and `sheetGrid` into an open workbook. Which cells are text is not part
 * of it: one rule decides that for every output (`textCells.ts`).
 */
export const Sheet = z.object({
  /** Excel refuses more than 31 characters and any of `[]:*?/\`. */
  name: z
    .string()
    .min(1)
    .max(31)
    .regex(/^[^[\]:*?/\\]+$/),
  columns: z.array(SheetColumn),
  rows: z.array(SheetRow),
  /** Rows kept in view at the top while scrolling (the header). */
  frozenRows: z.number().int().nonnegative().optional(),
  /** An autofilter on one header row (1-based, as Excel numbers rows), over its first `columns` columns. */
  autoFilter: z.object({ row: z.number().int().positive(), columns: z.number().int().positive() }).optional(),
});
export type Sheet = z.infer<typeof Sheet>;
