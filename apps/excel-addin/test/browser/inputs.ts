import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport, toXlsx, wmsExport } from "@syt/fake-exports";
import ExcelJS from "exceljs";

export interface ExportFile {
  path: string;
  bytes: Uint8Array;
}

export interface ExportFiles {
  orders: ExportFile;
  wms: ExportFile;
}

/** A day's 官网 order export and WMS export as xlsx files, with fake people and a few problems to find. */
export async function exportFiles(): Promise<ExportFiles> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "syt-exports-"));
  const orders = fakeOrders({ seed: 11, count: 24, codShare: 0.6 });
  const files = {
    orders: {
      name: "订单信息.xlsx",
      sheet: guanwangExport(orders, { headers: "operator", statuses: "separate" }),
    },
    wms: { name: "WMS物流.xlsx", sheet: wmsExport(orders, { missingWaybillShare: 0.3 }) },
  };
  const write = async ({ name, sheet }: (typeof files)["orders" | "wms"]): Promise<ExportFile> => {
    const bytes = await toXlsx({ name: sheet.name, rows: sheet.rows });
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return { path: file, bytes };
  };
  return { orders: await write(files.orders), wms: await write(files.wms) };
}

function displayText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace("T", " ");
  if (typeof value === "object") return "text" in value ? String(value.text) : "";
  return String(value);
}

/** The first sheet of an xlsx as plain values, to compare two reports cell by cell. */
export async function sheetRows(bytes: Uint8Array): Promise<{ name: string; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (Array.isArray(row.values) ? row.values.slice(1) : []).map(displayText);
  });
  return { name: sheet?.name ?? "", rows: Array.from(rows, (row) => row ?? []) };
}

/** What the operator copies from the opened export: the text of every cell, row by row. */
export async function copiedText(bytes: Uint8Array): Promise<string[][]> {
  return (await sheetRows(bytes)).rows;
}

/** Excel's `range.values` is always a rectangle: short rows come back padded with "". */
export function asRangeValues(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}
