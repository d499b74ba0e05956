import path from "node:path";
import { xlsxCell } from "@syt/fake-exports";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ORDERS_FILE, EXAMPLE_WMS_FILE, exampleSheets } from "../scripts/example-data";
import { packageDir } from "./cli-process";

const examplesDir = path.resolve(packageDir, "../../examples");

async function sheetValues(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(examplesDir, file));
  const rows: unknown[][] = [];
  workbook.worksheets[0]?.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

const trimmed = (rows: unknown[][]) =>
  rows.map((row) => {
    // exceljs rows are sparse arrays: holes are empty cells too.
    const cells = Array.from(row, (cell) => cell ?? null);
    while (cells.length > 0 && cells.at(-1) === null) cells.pop();
    return cells;
  });

describe("committed example exports", () => {
  const sheets = exampleSheets();

  it.each([
    { description: "官网订单导出", file: EXAMPLE_ORDERS_FILE, sheet: sheets.orders },
    { description: "WMS物流导出", file: EXAMPLE_WMS_FILE, sheet: sheets.wms },
  ])("$description is what `pnpm --filter @syt/cod-report examples` generates", async ({ file, sheet }) => {
    const expected = trimmed(sheet.rows.map((row) => row.map(xlsxCell)));
    expect(trimmed(await sheetValues(file))).toEqual(expected);
  });
});
