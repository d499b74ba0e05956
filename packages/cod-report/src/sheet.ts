import { COURIERS, cleanCell } from "@syt/orders-model";
import type { Cell, Table } from "@syt/platform-adapters";
import type { KeptOrder } from "./findings";

/** The first name is the one appended when the export has no such column. */
export const COURIER_HEADERS = ["物流公司", "快递公司"] as const;
export const WAYBILL_HEADERS = ["物流单号", "快递单号", "运单号"] as const;
const WAYBILL_SEPARATOR = ",";

/** Order numbers, phones and waybills: digits Excel would turn into `7.3E+13` as numbers. */
const ID_HEADER = /单号|订单号|订单编号|编号|手机|电话|联系方式|运单|快递号/;

export interface ReportSheet {
  header: string[];
  /** Columns whose values are identifiers, written as cleaned text. */
  idColumns: ReadonlySet<number>;
  rows: Cell[][];
}

const headerText = (cell: Cell | undefined) =>
  cell === null || cell === undefined ? "" : String(cell).trim();

/**
 * Every column of the export, same text and order, then 物流公司 and 物流单号
 * (filled in place when the export already has them); one row per kept row, in
 * the export's order.
 */
export function buildOrdersSheet(
  table: Table,
  headerRow: number,
  kept: ReadonlyMap<number, KeptOrder>,
): ReportSheet {
  const headerCells = table.rows.find((r) => r.rowNumber === headerRow)?.cells ?? [];
  const header = headerCells.map(headerText);
  const courierColumn = columnOf(header, COURIER_HEADERS);
  const waybillColumn = columnOf(header, WAYBILL_HEADERS);
  const idColumns = new Set(header.flatMap((h, i) => (ID_HEADER.test(h) ? [i] : [])));
  idColumns.add(waybillColumn);

  const rows: Cell[][] = [];
  for (const row of table.rows) {
    const entry = row.rowNumber > headerRow ? kept.get(row.rowNumber) : undefined;
    if (!entry) continue;
    const cells: Cell[] = header.map((_, i) => row.cells[i] ?? null);
    cells[courierColumn] = courierText(entry) ?? cells[courierColumn] ?? null;
    cells[waybillColumn] = waybillText(entry) ?? cells[waybillColumn] ?? null;
    rows.push(cells);
  }
  return { header, idColumns, rows };
}

/** Appends the column when the export lacks it, so the header and the rows grow together. */
function columnOf(header: string[], names: readonly [string, ...string[]]): number {
  const found = header.findIndex((h) => names.includes(h));
  if (found >= 0) return found;
  header.push(names[0]);
  return header.length - 1;
}

function courierText({ logistics }: KeptOrder): string | undefined {
  if (logistics.courier && logistics.courier !== "other") return COURIERS[logistics.courier].name;
  const raw = logistics.courierRaw ? cleanCell(logistics.courierRaw) : "";
  return raw === "" ? undefined : raw;
}

function waybillText({ logistics }: KeptOrder): string | undefined {
  return logistics.waybills.length > 0 ? logistics.waybills.join(WAYBILL_SEPARATOR) : undefined;
}
