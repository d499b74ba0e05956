import { cleanCell } from "@syt/orders-model";
import { normalizeHeader } from "./header";
import type { SkipReason } from "./issues";
import { type Cell, isBlankCell, isBlankRow } from "./table";

const TOTAL = /^(合计|总计|小计|共计|总合计|total)/i;
/** Cheap pre-check before cleaning the cell: a total row's first cell starts with one of those words. */
const MAYBE_TOTAL = /^[\s'"=]*(合|总|小|共|total)/i;

function isTotalRow(cells: readonly Cell[]): boolean {
  const first = cells.find((cell) => !isBlankCell(cell));
  if (typeof first !== "string" || !MAYBE_TOTAL.test(first)) return false;
  return TOTAL.test(cleanCell(first).replace(/\s+/g, ""));
}

/**
 * A row whose mapped cells say what the header says: a page break of a paged export.
 * The first mapped cell is the identifier: a data row's has digits, a header's none.
 */
function isRepeatedHeader(
  cells: readonly Cell[],
  header: readonly string[],
  mapped: readonly number[],
): boolean {
  const first = mapped[0] === undefined ? undefined : cells[mapped[0]];
  if (typeof first !== "string" || /\d/.test(first)) return false;
  return mapped.every((index) => normalizeHeader(cells[index]) === normalizeHeader(header[index]));
}

/** Why a row below the header is no data row, or undefined when it is one. */
export function skipReason(
  cells: readonly Cell[],
  header: readonly string[],
  mapped: readonly number[],
): SkipReason | undefined {
  if (isBlankRow(cells)) return "blank";
  if (isRepeatedHeader(cells, header, mapped)) return "repeated-header";
  if (isTotalRow(cells)) return "total";
  return undefined;
}
