import { cleanCell, toHalfWidth } from "@syt/orders-model";
import { HeaderNotFoundError } from "./errors/header-not-found";
import type { Cell, Table } from "./table";

/** Header text as compared: guards, BOM, spaces, tabs, required-marks and colons gone; half-width; lower case. */
export function normalizeHeader(cell: Cell | undefined): string {
  return toHalfWidth(cleanCell(cell ?? ""))
    .replace(/[\s\u00a0\u3000\ufeff\u200b*:]/g, "")
    .replace(/[【[]/g, "(")
    .replace(/[】\]]/g, ")")
    .toLowerCase();
}

/** Field -> the header texts that name it, best first. */
export type FieldAliases<Field extends string> = { readonly [F in Field]?: readonly string[] };

export interface HeaderMatch<Field extends string> {
  /** Index into `table.rows`. */
  index: number;
  rowNumber: number;
  header: string[];
  columns: Partial<Record<Field, number>>;
}

/** How far down a title block may push the header. */
const HEADER_SCAN_ROWS = 30;

function mapColumns<Field extends string>(
  cells: readonly Cell[],
  fields: FieldAliases<Field>,
): Partial<Record<Field, number>> {
  const normalized = cells.map(normalizeHeader);
  const taken = new Set<number>();
  const columns: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(fields) as Field[]) {
    for (const alias of fields[field] ?? []) {
      const index = normalized.findIndex((text, i) => !taken.has(i) && text === normalizeHeader(alias));
      if (index >= 0) {
        columns[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return columns;
}

function firstAlias<Field extends string>(fields: FieldAliases<Field>, field: Field): string {
  return fields[field]?.[0] ?? field;
}

/**
 * The first row (of the top rows) that names every required field, matched by normalised
 * text against the aliases, never by position. Throws naming the columns the best row lacks.
 */
export function findHeader<Field extends string>(
  table: Table,
  fields: FieldAliases<Field>,
  required: readonly Field[],
  platformName: string,
): HeaderMatch<Field> {
  let best: { missing: Field[]; matched: number } = { missing: [...required], matched: -1 };
  const scan = Math.min(table.rows.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < scan; index++) {
    const row = table.rows[index];
    if (!row) continue;
    const columns = mapColumns(row.cells, fields);
    const missing = required.filter((field) => columns[field] === undefined);
    if (missing.length === 0) {
      return { index, rowNumber: row.rowNumber, header: row.cells.map((cell) => cleanCell(cell)), columns };
    }
    const matched = Object.keys(columns).length;
    if (matched > best.matched) best = { missing, matched };
  }
  throw new HeaderNotFoundError(
    platformName,
    best.missing.map((field) => firstAlias(fields, field)),
    table.sheetName,
  );
}
