import { type Recognition, recogniseExport, type Table } from "@syt/platform-adapters";
import { CodReportError } from "./errors";

/**
 * The two inputs of the report checked as a pair, before or after either is read: the same file
 * chosen for both slots, or the two files swapped. Host-free: the CLI and the taskpane call it
 * with what they have (bytes, or the tables they read once something failed).
 */

/** Byte for byte the same file in both slots (the taskpane's two file inputs, or --orders and --wms). */
export function requireTwoFiles(orders: Uint8Array, wms: Uint8Array, fileName: string): void {
  if (orders.byteLength !== wms.byteLength) return;
  for (let i = 0; i < orders.byteLength; i++) if (orders[i] !== wms[i]) return;
  throw new CodReportError("same-file-twice", fileName, "the same file was given as both exports");
}

const isGuanwangOrders = (r: Recognition) => r.kind === "orders" && r.platform === "guanwang";

/**
 * Called once reading failed: when the orders slot holds a WMS export and the WMS slot the 官网's
 * orders, the operator swapped them, and that is what to say (not "WMS headers missing").
 */
export function requireNotSwapped(
  orders: { table: Table; fileName: string },
  wms: { table: Table; fileName: string },
): void {
  const inOrdersSlot = recogniseExport(orders.table, { fileName: orders.fileName });
  const inWmsSlot = recogniseExport(wms.table, { fileName: wms.fileName });
  // Two pasted sheets (no bytes to compare) holding the same export: the WMS side was never pasted.
  if (isGuanwangOrders(inOrdersSlot) && isGuanwangOrders(inWmsSlot) && sameCells(orders.table, wms.table)) {
    throw new CodReportError(
      "same-export-twice",
      JSON.stringify([orders.fileName, wms.fileName]),
      "the same export is in both inputs",
    );
  }
  if (inOrdersSlot.kind === "wms" && isGuanwangOrders(inWmsSlot)) {
    throw new CodReportError(
      "inputs-swapped",
      JSON.stringify([orders.fileName, wms.fileName]),
      "the orders export and the WMS export are in each other's place",
    );
  }
}

function sameCells(a: Table, b: Table): boolean {
  if (a.rows.length !== b.rows.length) return false;
  return a.rows.every((row, i) => {
    const other = b.rows[i]?.cells ?? [];
    return (
      row.cells.length === other.length &&
      row.cells.every((cell, j) => String(cell ?? "") === String(other[j] ?? ""))
    );
  });
}

/** An input of the pair as its name and a way to read its table (a read that fails says nothing). */
export interface PairInput {
  fileName: string;
  table: () => Promise<Table>;
}

/**
 * After a failed read: if the two inputs are in each other's slot, that is the problem to tell
 * (`requireNotSwapped`). An input that cannot be read as a table leaves the first error standing.
 */
export async function explainSwap(orders: PairInput, wms: PairInput): Promise<void> {
  const [ordersTable, wmsTable] = await Promise.all(
    [orders, wms].map((input) => input.table().catch(() => undefined)),
  );
  if (!ordersTable || !wmsTable) return;
  requireNotSwapped(
    { table: ordersTable, fileName: orders.fileName },
    { table: wmsTable, fileName: wms.fileName },
  );
}
