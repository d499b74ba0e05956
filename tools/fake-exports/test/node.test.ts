import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, expect, it } from "vitest";
import { writeGuanwangXlsxFile } from "../src/node";

const dir = mkdtempSync(path.join(os.tmpdir(), "fake-exports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("streams a large 官网 export with the asked number of line rows and unique batches", async () => {
  const file = path.join(dir, "guanwang.xlsx");
  await writeGuanwangXlsxFile(file, 4500, 3);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  expect(sheet?.rowCount).toBe(4501);
  expect(sheet?.getRow(1).getCell(1).value).toBe("订单号");
  const orderNos = new Set<string>();
  sheet?.eachRow((row, n) => {
    if (n > 1) orderNos.add(String(row.getCell(1).value));
  });
  expect(orderNos.size).toBeGreaterThan(2000);
});
