import { type CellTyping, cleanCell, excelGeneralText, idDamage } from "@syt/orders-model";
import { skipReason } from "./classify";
import { type FieldAliases, type HeaderMatch, HeaderSearch } from "./header";
import { clip, type ParseIssue, type ParseMeta, type SkipReason } from "./issues";
import { type Cell, type CellNote, cellTypingOf, type Table, type TableRow } from "./table";

/** One data row with its cells reachable by field. */
export interface MappedRow<Field extends string> {
  rowNumber: number;
  cells: readonly Cell[];
  cell(field: Field): Cell | undefined;
  /** The header text of the field's column, as the export has it. */
  column(field: Field): string | undefined;
}

export interface RowSpec<Field extends string> {
  platform: string;
  adapter: string;
  detectedBy: ParseMeta["detectedBy"];
  platformName: string;
  fields: FieldAliases<Field>;
  required: readonly Field[];
  /** Fields read besides the layout's own, which may share its columns (`COMMON_FIELDS`). */
  shared?: ReadonlySet<Field>;
  /** The identifier field: destroyed or empty, the row is an issue. */
  idField: Field;
  /** The code of an empty identifier: an order number by default. */
  missingId?: "missing-order-no" | "missing-sku";
}

/** A handler's word that a row is no data of its own (a 缺货 SKU listed twice): skipped, with the reason. */
export interface SkipRow {
  skip: SkipReason;
}

/**
 * Reads one data row: pushes its warnings into `issues` and returns nothing when the row
 * was used, the error issue that rejects it, or why it is skipped.
 */
export type RowHandler<Field extends string> = (
  row: MappedRow<Field>,
  issues: ParseIssue[],
) => ParseIssue | SkipRow | undefined;

/**
 * Field access by column index. One instance is moved from row to row (a handler must not
 * keep it), since a table has hundreds of thousands of rows.
 */
class FieldRow<Field extends string> implements MappedRow<Field> {
  rowNumber = 0;
  cells: readonly Cell[] = [];

  constructor(private readonly match: HeaderMatch<Field>) {}

  at(rowNumber: number, cells: readonly Cell[]): this {
    this.rowNumber = rowNumber;
    this.cells = cells;
    return this;
  }

  cell(field: Field): Cell | undefined {
    const index = this.match.columns[field];
    return index === undefined ? undefined : this.cells[index];
  }

  column(field: Field): string | undefined {
    const index = this.match.columns[field];
    return index === undefined ? undefined : this.match.header[index];
  }
}

/**
 * A destroyed or empty identifier makes the row an issue before any adapter sees it. Digit text
 * that only may have been rounded (a CSV's 16+ digits ending in zeros) is a warning pushed into
 * `warnings`: the row is used, since one real ID in ten ends in 0.
 */
function idIssue<Field extends string>(
  row: MappedRow<Field>,
  idField: Field,
  typing: CellTyping,
  warnings: ParseIssue[],
  missing: "missing-order-no" | "missing-sku" = "missing-order-no",
): ParseIssue | undefined {
  const value = row.cell(idField);
  const column = row.column(idField);
  const damage = idDamage(value, typing);
  if (damage === "destroyed") {
    return {
      code: "destroyed-id",
      severity: "error",
      row: row.rowNumber,
      column,
      // As Excel shows it (2.02511E+19): the digits a number spells out would look like a real order number.
      input: typeof value === "number" ? excelGeneralText(value) : clip(cleanCell(value)),
    };
  }
  if (damage === "suspect") {
    warnings.push({
      code: "suspect-id",
      severity: "warning",
      row: row.rowNumber,
      column,
      input: clip(cleanCell(value)),
    });
    return undefined;
  }
  if (cleanCell(value ?? "") === "") return { code: missing, severity: "error", row: row.rowNumber, column };
  return undefined;
}

class Ledger {
  readonly skippedRows: { row: number; reason: SkipReason }[] = [];
  readonly skippedByReason: Record<string, number> = {};
  used = 0;
  rejected = 0;

  skip(row: number, reason: SkipReason): void {
    this.skippedRows.push({ row, reason });
    this.skippedByReason[reason] = (this.skippedByReason[reason] ?? 0) + 1;
  }
}

/** A reader's note on a data row's cell as the warning the operator reads, with the column's header. */
function noteIssue(note: CellNote, row: TableRow, match: HeaderMatch<string>): ParseIssue {
  const cell = row.cells[note.column];
  const where = {
    severity: "warning" as const,
    row: row.rowNumber,
    column: match.header[note.column] || undefined,
    input: cell === null || cell === undefined ? undefined : clip(String(cell)),
  };
  switch (note.code) {
    case "cell-cut":
      return { code: note.code, ...where, params: { length: note.length } };
    case "not-its-type":
      return { code: note.code, ...where, params: { type: note.type } };
    case "invalid-bytes":
      return { code: note.code, ...where };
  }
}

/**
 * Finds the header, then gives every row exactly one fate: skipped with a reason, an issue,
 * or handed to `onRow` (which may still reject it). The accounting in the meta adds up by
 * construction. Rows are fed one at a time, in sheet order, as a reader produces them.
 */
export class RowRun<Field extends string> {
  private readonly search: HeaderSearch<Field>;
  private match: HeaderMatch<Field> | undefined;
  /** Rows above the header, held until the header is found (at most the header search's rows). */
  private readonly above: TableRow[] = [];
  private mapped: number[] = [];
  private data: FieldRow<Field> | undefined;
  private readonly ledger = new Ledger();
  private readonly issues: ParseIssue[] = [];
  private lastGoodId: Cell | undefined;
  private rows = 0;

  constructor(
    private readonly spec: RowSpec<Field>,
    private readonly onRow: RowHandler<Field>,
    private readonly sheetName: string | undefined,
    /** Whether the table's cells carry their type (see `cellTypingOf`); typed by default. */
    private readonly typing: CellTyping = "typed",
  ) {
    this.search = new HeaderSearch(spec.fields, spec.required, spec.platformName, spec.shared);
  }

  feed(row: TableRow): void {
    this.rows++;
    if (this.data === undefined) this.seekHeader(row);
    else this.dataRow(this.data, row);
  }

  private seekHeader(row: TableRow): void {
    if (!this.search.open) this.search.fail(this.sheetName);
    const match = this.search.offer(row);
    if (!match) {
      this.above.push(row);
      return;
    }
    this.match = match;
    const idIndex = match.columns[this.spec.idField] as number;
    this.mapped = [
      idIndex,
      ...Object.values<number | undefined>(match.columns).filter(
        (i): i is number => i !== undefined && i !== idIndex,
      ),
    ];
    this.data = new FieldRow(match);
    for (const above of this.above) this.ledger.skip(above.rowNumber, "above-header");
    this.above.length = 0;
  }

  private dataRow(data: FieldRow<Field>, row: TableRow): void {
    const { spec, ledger, match } = this;
    const reason = skipReason(row.cells, (match as HeaderMatch<Field>).header, this.mapped);
    if (reason) {
      ledger.skip(row.rowNumber, reason);
      return;
    }
    data.at(row.rowNumber, row.cells);
    if (row.notes)
      for (const note of row.notes) this.issues.push(noteIssue(note, row, match as HeaderMatch<Field>));
    const id = data.cell(spec.idField);
    // Rows of one order repeat its number: a number already checked needs no second check.
    const early =
      id !== undefined && id === this.lastGoodId
        ? undefined
        : idIssue(data, spec.idField, this.typing, this.issues, spec.missingId);
    if (!early) this.lastGoodId = id;
    const fate = early ?? this.onRow(data, this.issues);
    if (fate === undefined) {
      ledger.used++;
    } else if ("skip" in fate) {
      ledger.skip(row.rowNumber, fate.skip);
    } else {
      ledger.rejected++;
      this.issues.push(fate);
    }
  }

  /** After the last row: the meta with its accounting, and the issues. */
  finish(sheets: readonly string[]): { meta: ParseMeta; issues: ParseIssue[] } {
    const { spec, ledger, match } = this;
    if (match === undefined) return this.search.fail(this.sheetName);
    const meta: ParseMeta = {
      platform: spec.platform,
      adapter: spec.adapter,
      detectedBy: spec.detectedBy,
      sheetName: this.sheetName,
      sheets: [...sheets],
      headerRow: match.rowNumber,
      header: match.header,
      columns: match.columns as Record<string, number>,
      accounting: {
        dataRows: this.rows - 1,
        used: ledger.used,
        skipped: ledger.skippedRows.length,
        issues: ledger.rejected,
        skippedByReason: ledger.skippedByReason,
      },
      skippedRows: ledger.skippedRows,
    };
    return { meta, issues: this.issues };
  }
}

/** `RowRun` over a whole table. */
export function runRows<Field extends string>(
  table: Table,
  spec: RowSpec<Field>,
  onRow: RowHandler<Field>,
): { meta: ParseMeta; issues: ParseIssue[] } {
  const run = new RowRun(spec, onRow, table.sheetName, cellTypingOf(table));
  for (const row of table.rows) run.feed(row);
  return run.finish(table.sheets);
}
