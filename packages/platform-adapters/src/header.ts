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
export const HEADER_SCAN_ROWS = 30;

/**
 * Each field's column: its first alias found. A column goes to one field, except that `shared`
 * fields (read besides the layout's own, see `COMMON_FIELDS`) may read a column another field has.
 */
export function mapColumns<Field extends string>(
  cells: readonly Cell[],
  fields: FieldAliases<Field>,
  shared: ReadonlySet<Field> = NO_FIELDS,
): Partial<Record<Field, number>> {
  const normalized = cells.map(normalizeHeader);
  const taken = new Set<number>();
  const columns: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(fields) as Field[]) {
    const free = !shared.has(field);
    for (const alias of fields[field] ?? []) {
      const index = normalized.findIndex(
        (text, i) => (!free || !taken.has(i)) && text === normalizeHeader(alias),
      );
      if (index >= 0) {
        columns[field] = index;
        if (free) taken.add(index);
        break;
      }
    }
  }
  return columns;
}

const NO_FIELDS: ReadonlySet<never> = new Set();

function firstAlias<Field extends string>(fields: FieldAliases<Field>, field: Field): string {
  return fields[field]?.[0] ?? field;
}

/**
 * The header search row by row, for rows that arrive as they are read: `offer` each of the top
 * rows in order until one names every required field; `fail` says what the best row lacked.
 */
export class HeaderSearch<Field extends string> {
  private best: { missing: Field[]; matched: number };
  private offered = 0;

  constructor(
    private readonly fields: FieldAliases<Field>,
    private readonly required: readonly Field[],
    private readonly platformName: string,
    private readonly shared?: ReadonlySet<Field>,
  ) {
    this.best = { missing: [...required], matched: -1 };
  }

  /** Whether more rows may still hold the header. */
  get open(): boolean {
    return this.offered < HEADER_SCAN_ROWS;
  }

  offer(row: { rowNumber: number; cells: readonly Cell[] }): HeaderMatch<Field> | undefined {
    const index = this.offered++;
    const columns = mapColumns(row.cells, this.fields, this.shared);
    const missing = this.required.filter((field) => columns[field] === undefined);
    if (missing.length === 0) {
      return { index, rowNumber: row.rowNumber, header: row.cells.map((cell) => cleanCell(cell)), columns };
    }
    const matched = Object.keys(columns).length;
    if (matched > this.best.matched) this.best = { missing, matched };
    return undefined;
  }

  fail(sheetName: string | undefined): never {
    throw new HeaderNotFoundError(
      this.platformName,
      this.best.missing.map((field) => firstAlias(this.fields, field)),
      sheetName,
    );
  }
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
  const search = new HeaderSearch(fields, required, platformName);
  for (const row of table.rows) {
    if (!search.open) break;
    const match = search.offer(row);
    if (match) return match;
  }
  return search.fail(table.sheetName);
}
