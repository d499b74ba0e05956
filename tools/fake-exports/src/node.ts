import ExcelJS from "exceljs";
import { type GuanwangExportOptions, guanwangExport } from "./guanwang";
import { fakeOrders } from "./orders";
import type { FakeCell } from "./sheet";
import { xlsxCell } from "./writers";

/** Streams rows into an xlsx file, so exports of hundreds of thousands of rows fit in memory. */
export async function writeXlsxFile(
  path: string,
  sheetName: string,
  rows: Iterable<FakeCell[]>,
  options: { sharedStrings?: boolean } = {},
): Promise<void> {
  // Shared strings is how Excel writes; inline strings put the text into the worksheet XML itself.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: options.sharedStrings ?? true,
  });
  const worksheet = workbook.addWorksheet(sheetName);
  for (const row of rows) worksheet.addRow(row.map(xlsxCell)).commit();
  worksheet.commit();
  await workbook.commit();
}

const BATCH_ORDERS = 2000;

/** Rows of a large 官网 export, generated batch by batch (header first). */
export function* guanwangLargeRows(
  lineRows: number,
  seed = 1,
  options: GuanwangExportOptions = {},
): Generator<FakeCell[]> {
  let written = 0;
  for (let batch = 0; written < lineRows; batch++) {
    const orders = fakeOrders({
      seed: seed + batch,
      count: BATCH_ORDERS,
      firstSeq: 100000 + batch * BATCH_ORDERS,
    });
    const sheet = guanwangExport(orders, options);
    const [header, ...rows] = sheet.rows;
    if (batch === 0 && header) yield header;
    for (const row of rows) {
      if (written >= lineRows) return;
      written++;
      yield row;
    }
  }
}

/** A 官网 order export of `lineRows` product-line rows, written with the streaming writer. */
export async function writeGuanwangXlsxFile(path: string, lineRows: number, seed = 1): Promise<void> {
  await writeXlsxFile(path, "订单信息", guanwangLargeRows(lineRows, seed));
}
