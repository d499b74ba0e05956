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
  ) {
    this.best = { missing: [...required], matched: -1 };
  }

  /** Whether more rows may still hold the header. */
  get open(): boolean {
    return this.offered < HEADER_SCAN_ROWS;
  }

  offer(row: { rowNumber: number; cells: readonly Cell[] }): HeaderMatch<Field> | undefined {
    const index = this.offered++;
    const columns = mapColumns(row.cells, this.fields);
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

/** A header row found by content, as `locateHeaderRow` gives it. */
export interface LocatedHeader {
  /** Index into `table.rows`. */
  index: number;
  rowNumber: number;
  /** The row's cells, normalised as headers are compared (`normalizeHeader`). */
  header: string[];
  /** How many of its cells name a known column. */
  known: number;
}

const filled = (cells: readonly Cell[]): number =>
  cells.filter((cell) => normalizeHeader(cell) !== "").length;

/**
 * The header row of a sheet whose layout is not yet known, found by content: of the top rows,
 * the one with the most cells that name a column in `names` (header texts of the layouts the
 * caller knows, compared normalised); a tie goes to the upper row. Title rows of any width
 * (导出人：… | 导出时间：…, 店铺, 日期 lines, merged or not) name no column, so they are passed
 * over however many cells they fill. When no top row names any, the first with two or more
 * filled cells, so an unknown layout is still named by its own header.
 */
export function locateHeaderRow(
  table: Pick<Table, "rows">,
  names: Iterable<string>,
): LocatedHeader | undefined {
  const known = new Set<string>();
  for (const name of names) known.add(normalizeHeader(name));
  let best: LocatedHeader | undefined;
  let fallback: LocatedHeader | undefined;
  const top = table.rows.slice(0, HEADER_SCAN_ROWS);
  top.forEach((row, index) => {
    const header = row.cells.map(normalizeHeader);
    const count = header.filter((text) => text !== "" && known.has(text)).length;
    const located = { index, rowNumber: row.rowNumber, header, known: count };
    if (count > 0 && (best === undefined || count > best.known)) best = located;
    if (fallback === undefined && filled(row.cells) >= 2) fallback = located;
  });
  return best ?? fallback;
}
