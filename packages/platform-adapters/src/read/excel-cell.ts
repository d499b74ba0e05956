import type { Cell } from "../table";

type ExcelValue = unknown;

function objectCell(value: object): Cell {
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: string }) => part.text ?? "").join("");
  }
  if ("result" in value) return excelCell(value.result);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("error" in value && typeof value.error === "string") return value.error;
  return null;
}

/** An exceljs cell value as a table cell: rich text joined, formulas by their cached result, links by their text. */
export function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") return objectCell(value);
  return String(value);
}

/**
 * exceljs `row.values` is 1-based and sparse: cells from column A, holes as null. Copied into
 * an array of exactly the row's length: the getter's own array has spare capacity, which
 * costs about 20 MiB over a 100k-row table.
 */
export function excelRowCells(values: unknown): Cell[] {
  if (!Array.isArray(values)) return [];
  const cells: Cell[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = excelCell(values[i]);
  return cells;
}
