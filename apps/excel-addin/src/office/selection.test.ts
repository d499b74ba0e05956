import { describe, expect, it } from "vitest";
import { loadFakeOffice } from "../../test/fake-office";
import type { ExcelRunner } from "./excel";
import { HEADER_ROWS, MAX_SELECTED_ROWS, readSelection } from "./selection";

function workbook() {
  const office = loadFakeOffice({ host: "Excel", platform: "PC" });
  const run: ExcelRunner = (batch) => office.Excel.run(batch);
  return { run, fake: office.__fakeExcel };
}

const HEADER = ["订单号", "收货人", "手机", "商品名称"];
const rows = Array.from({ length: 120 }, (_, i) => [
  `GW24112500${String(i).padStart(3, "0")}`,
  `测试${i}`,
  "",
  "药",
]);

describe("readSelection", () => {
  it("the selected rows across the used columns, the rows above them, and the sheet row number", async () => {
    const { run, fake } = workbook();
    fake.paste("官网导出", [HEADER, ...rows]);
    fake.select("官网导出", "B5:B6");
    const reads = fake.state.reads.length;
    const selection = await readSelection(run);
    expect(selection).toEqual({
      sheet: "官网导出",
      top: [HEADER, rows[0], rows[1], rows[2]],
      rows: [rows[3], rows[4]],
      rowNumber: 5,
    });
    // Two small reads, never the sheet.
    expect(fake.state.reads.slice(reads).map((read) => read.rowCount)).toEqual([4, 2]);
  });

  it("reads at most HEADER_ROWS above and MAX_SELECTED_ROWS of a selection", async () => {
    const { run, fake } = workbook();
    fake.paste("官网导出", [HEADER, ...rows]);
    fake.select("官网导出", "A60:D119");
    const selection = await readSelection(run);
    expect(selection?.top).toHaveLength(HEADER_ROWS);
    expect(selection?.rows).toHaveLength(MAX_SELECTED_ROWS);
    expect(selection?.rowNumber).toBe(60);
  });

  it("nothing to read on the header row itself or on an empty sheet", async () => {
    const { run, fake } = workbook();
    fake.paste("官网导出", [HEADER, ...rows]);
    fake.select("官网导出", "A1");
    expect(await readSelection(run)).toBeNull();
    fake.paste("空表", []);
    fake.select("空表", "C3");
    expect(await readSelection(run)).toBeNull();
  });
});
