import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { guanwangExport, toHtmlXls, toXlsx } from "@syt/fake-exports";
import { afterAll, describe, expect, it } from "vitest";
import { parseOrders, readTable } from "../../src/index";
import { parseOrdersFile, readTableFromFile } from "../../src/node";
import { fillMergedRanges, parseRange } from "../../src/read/merged-cells";
import { expectSameOrders } from "../helpers";
import { MERGED_ORDERS, mergedOrderExport } from "../xlsx-corpus/exceljs-files";
import { workbook } from "./build";

// Issue 29: an ERP export that merges each order's order-level cells over its product lines (Excel
// shows every line under its order) read as lines without an order number: "6 行有内容但没有订单号".

const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-merged-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
/** The Node path: the file read from disk through zlib. */
async function readBack(bytes: Uint8Array) {
  const file = path.join(dir, `${fileNo++}.xlsx`);
  writeFileSync(file, bytes);
  return readTableFromFile(file);
}

const ORDERS = MERGED_ORDERS;
const EXPORT = guanwangExport(ORDERS);

describe("regression: merged cells not filled (lines of a multi-line order lost)", () => {
  it("reads every line of an export whose order-level cells are merged over its lines, as the plain export", async () => {
    const { bytes, ranges } = await mergedOrderExport();
    // The fake day has orders of several lines, or the test would prove nothing.
    expect(ranges).toBeGreaterThan(5);
    const plain = await readTable(await toXlsx(EXPORT));
    expect((await readTable(bytes)).rows).toEqual(plain.rows);
    expect((await readBack(bytes)).rows).toEqual(plain.rows);
    const result = await parseOrders(bytes, { fileName: "合并.xlsx" });
    expectSameOrders(result.orders, ORDERS);
    // The Node CLI's path: the streaming read gives way to the whole read, which fills the ranges.
    const file = path.join(dir, "merged-orders.xlsx");
    writeFileSync(file, bytes);
    const how: string[] = [];
    const fromFile = await parseOrdersFile(file, { fileName: "合并.xlsx", onRead: (read) => how.push(read) });
    expect(how).toEqual(["whole"]);
    expectSameOrders(fromFile.orders, ORDERS);
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("fills a range from its top-left value over rows it adds, clipped to the cells with values", async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>GW1</t></is></c><c r="B1"><v>1</v></c><c r="C1"><v>9</v></c></row>' +
      '<row r="3"><c r="B3"><v>3</v></c></row>';
    const merges =
      '<mergeCells count="2"><mergeCell ref="A1:A3"/><mergeCell ref="C1:Z1048576"/></mergeCells>';
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData><pageMargins left="0.7"/>${merges}</worksheet>`;
    for (const read of [readTable, readBack]) {
      const table = await read(workbook({ sheets: [{ name: "订单", xml }] }));
      expect(table.rows.map((row) => row.cells)).toEqual([
        ["GW1", 1, 9],
        // Row 2 had no cells: the range adds it. C is filled down to the last row with values only.
        ["GW1", null, 9],
        ["GW1", 3, 9],
      ]);
    }
  });

  it("a comment holding a mergeCell merges nothing", async () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData><!-- <mergeCells><mergeCell ref="A1:A2"/></mergeCells> --></worksheet>`;
    const table = await readTable(workbook({ sheets: [{ name: "订单", xml }] }));
    expect(table.rows.map((row) => row.cells)).toEqual([[1], [null, 2]]);
  });

  it("parses A1 ranges, with or without $, and refuses what is none", () => {
    expect(parseRange("B3:D4")).toEqual({ firstRow: 3, firstColumn: 2, lastRow: 4, lastColumn: 4 });
    expect(parseRange("$A$2:$A$5")).toEqual({ firstRow: 2, firstColumn: 1, lastRow: 5, lastColumn: 1 });
    expect(parseRange("D4:B3")).toEqual({ firstRow: 3, firstColumn: 2, lastRow: 4, lastColumn: 4 });
    expect(parseRange("A0:B2")).toBeUndefined();
    expect(parseRange("1:3")).toBeUndefined();
    expect(fillMergedRanges([{ rowNumber: 1, cells: [null, 2] }], [parseRange("A1:B2")!])).toEqual([
      { rowNumber: 1, cells: [null, 2] },
    ]);
  });
});

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The same ERP layout as an HTML `.xls`: each order-level cell one `<td rowspan>` over its lines. */
function spannedHtml(): { html: string; spans: number } {
  const rows = EXPORT.rows.map((cells) => cells.map((cell) => (cell === null ? "" : String(cell))));
  const covered = rows.map((cells) => cells.map(() => false));
  const rowspan = rows.map((cells) => cells.map(() => 1));
  let spans = 0;
  for (let start = 1; start < rows.length; ) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]?.[0] === rows[start]?.[0]) end++;
    for (let column = 0; end > start && column < (rows[start] as string[]).length; column++) {
      if (!rows.slice(start, end + 1).every((cells) => cells[column] === rows[start]?.[column])) continue;
      (rowspan[start] as number[])[column] = end - start + 1;
      for (let r = start + 1; r <= end; r++) (covered[r] as boolean[])[column] = true;
      spans++;
    }
    start = end + 1;
  }
  const body = rows
    .map((cells, r) => {
      const tds = cells
        .map((text, c) =>
          covered[r]?.[c]
            ? ""
            : `<td${(rowspan[r]?.[c] ?? 1) > 1 ? ` rowspan="${rowspan[r]?.[c]}"` : ""}>${escapeHtml(text)}</td>`,
        )
        .join("");
      return `<tr>${tds}</tr>`;
    })
    .join("\n");
  return { html: `<html><body><table>${body}</table></body></html>`, spans };
}

describe("regression: HTML .xls rowspan/colspan shifted continuation rows left", () => {
  it("reads every line of an export whose order-level cells span its lines, as the plain export", async () => {
    const { html, spans } = spannedHtml();
    expect(spans).toBeGreaterThan(5);
    const plain = await readTable(toHtmlXls(EXPORT), { fileName: "订单.xls" });
    const spanned = await readTable(new TextEncoder().encode(html), { fileName: "订单.xls" });
    expect(spanned.rows).toEqual(plain.rows);
    const result = await parseOrders(new TextEncoder().encode(html), { fileName: "订单.xls" });
    expectSameOrders(result.orders, ORDERS);
  });

  it("fills colspan across and rowspan down, a span at a row's end included", async () => {
    const html =
      '<table><tr><td colspan="2">标题</td><td rowspan="3">右</td></tr>' +
      '<tr><td rowspan="2">GW1</td><td>a</td></tr><tr><td>b</td></tr><tr><td>GW2</td><td>c</td><td>d</td></tr></table>';
    const table = await readTable(new TextEncoder().encode(html), { fileName: "x.xls" });
    expect(table.rows.map((row) => row.cells)).toEqual([
      ["标题", "标题", "右"],
      ["GW1", "a", "右"],
      ["GW1", "b", "右"],
      ["GW2", "c", "d"],
    ]);
  });
});
