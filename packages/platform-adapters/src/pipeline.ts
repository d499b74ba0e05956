import { cleanCell, isDestroyedId } from "@syt/orders-model";
import { skipReason } from "./classify";
import { type FieldAliases, findHeader, type HeaderMatch } from "./header";
import { clip, type ParseIssue, type ParseMeta, type SkipReason } from "./issues";
import type { Cell, Table, TableRow } from "./table";

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
  /** The identifier field: destroyed or empty, the row is an issue. */
  idField: Field;
}

/** What a row handler says: used (with warnings), or rejected with an error issue. */
export type RowOutcome = { used: true; warnings: ParseIssue[] } | { used: false; issue: ParseIssue };

function mappedRow<Field extends string>(row: TableRow, match: HeaderMatch<Field>): MappedRow<Field> {
  return {
    rowNumber: row.rowNumber,
    cells: row.cells,
    cell: (field) => {
      const index = match.columns[field];
      return index === undefined ? undefined : row.cells[index];
    },
    column: (field) => {
      const index = match.columns[field];
      return index === undefined ? undefined : match.header[index];
    },
  };
}

/** A destroyed or empty identifier makes the row an issue before any adapter sees it. */
function idIssue<Field extends string>(row: MappedRow<Field>, idField: Field): ParseIssue | undefined {
  const value = row.cell(idField);
  const column = row.column(idField);
  if (isDestroyedId(value)) {
    return {
      code: "destroyed_id",
      severity: "error",
      row: row.rowNumber,
      column,
      input: clip(cleanCell(value)),
    };
  }
  if (cleanCell(value ?? "") === "")
    return { code: "missing_order_no", severity: "error", row: row.rowNumber, column };
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

/**
 * Finds the header, then gives every row exactly one fate: skipped with a reason, an issue,
 * or handed to `onRow` (which may still reject it). The accounting in the meta adds up by construction.
 */
export function runRows<Field extends string>(
  table: Table,
  spec: RowSpec<Field>,
  onRow: (row: MappedRow<Field>) => RowOutcome,
): { meta: ParseMeta; issues: ParseIssue[] } {
  const match = findHeader(table, spec.fields, spec.required, spec.platformName);
  const idIndex = match.columns[spec.idField] as number;
  const mapped = [
    idIndex,
    ...Object.values<number | undefined>(match.columns).filter(
      (i): i is number => i !== undefined && i !== idIndex,
    ),
  ];
  const ledger = new Ledger();
  const issues: ParseIssue[] = [];
  table.rows.forEach((row, index) => {
    if (index === match.index) return;
    const reason = index < match.index ? "above_header" : skipReason(row.cells, match.header, mapped);
    if (reason) {
      ledger.skip(row.rowNumber, reason);
      return;
    }
    const data = mappedRow(row, match);
    const early = idIssue(data, spec.idField);
    const outcome: RowOutcome = early ? { used: false, issue: early } : onRow(data);
    if (outcome.used) {
      ledger.used++;
      issues.push(...outcome.warnings);
    } else {
      ledger.rejected++;
      issues.push(outcome.issue);
    }
  });
  const dataRows = table.rows.length - 1;
  const meta: ParseMeta = {
    platform: spec.platform,
    adapter: spec.adapter,
    detectedBy: spec.detectedBy,
    sheetName: table.sheetName,
    sheets: table.sheets,
    headerRow: match.rowNumber,
    header: match.header,
    columns: match.columns as Record<string, number>,
    accounting: {
      dataRows,
      used: ledger.used,
      skipped: ledger.skippedRows.length,
      issues: ledger.rejected,
      skippedByReason: ledger.skippedByReason,
    },
    skippedRows: ledger.skippedRows,
  };
  return { meta, issues };
}
