import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type Cell, readTable } from "../src/index";
import { readTableFromFile } from "../src/node";
import { streamedXlsx } from "./xlsx-corpus/exceljs-files";
import { inflateInChunksOf } from "./xlsx-corpus/inflate-chunks";
import { normCell } from "./xlsx-corpus/oracles";

const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-property-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Text that breaks readers: CJK and emoji (surrogate pairs, multi-byte UTF-8 split across
// chunks), XML's special characters, spaces at either end, line breaks and tabs.
const piece = fc.constantFrom(
  "订单",
  "货到付款",
  "上元堂",
  "😀",
  "👨‍👩‍👧",
  "𠮷",
  "<",
  ">",
  "&",
  '"',
  "'",
  "&amp;",
  " ",
  "\n",
  "\r\n",
  "\t",
  "a",
  "Z",
  "0",
);
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((n) => (n === 0 ? 0 : n)),
  fc.constantFrom(0.1, 12.5, -3.75, 1e15, 2 ** 53 - 1, 1e-7),
);
// Wall clock to the second, 1990-2090: what an export's dates hold.
const date = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2090, 0, 1) / 1000 })
  .map((seconds) => new Date(seconds * 1000));
const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.boolean(), date, fc.constant(null));

const sheet = fc.record({
  rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
  // Filler rows move every cell to another offset of the inflated stream.
  filler: fc.integer({ min: 0, max: 300 }),
  chunk: fc.integer({ min: 1, max: 5000 }),
});

/** The rows as written: column A numbers each row, so no row is blank and none is dropped. */
function written(rows: Cell[][], filler: number): Cell[][] {
  const pad = Array.from({ length: filler }, (_, i) => [`填充${i}`, "上元堂😀"]);
  return [...pad, ...rows].map((cells, i) => [i + 1, ...cells]);
}

/**
 * What the file holds: XML turns every CR LF and lone CR into LF (exceljs writes CR raw), and
 * an empty string is no cell.
 */
const held = (value: Cell) =>
  typeof value === "string"
    ? normCell(value.replaceAll("\r\n", "\n").replaceAll("\r", "\n"))
    : normCell(value);

const asRead = (rows: Cell[][]) => rows.map((cells) => cells.map(normCell));
const asHeld = (rows: Cell[][]) => rows.map((cells) => cells.map(held));
const trimmed = (rows: unknown[][]) =>
  rows.map((cells) => {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end--;
    return cells.slice(0, end);
  });

async function wholeWorkbook(rows: Cell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet("随机");
  for (const cells of rows) worksheet.addRow(cells);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let fileNo = 0;
async function expectReadBack(bytes: Uint8Array, rows: Cell[][], chunk: number): Promise<void> {
  const file = path.join(dir, `${fileNo++}.xlsx`);
  writeFileSync(file, bytes);
  const inflate = inflateInChunksOf(chunk);
  const expected = trimmed(asHeld(rows));
  for (const table of [await readTable(bytes, { inflate }), await readTableFromFile(file)]) {
    expect(table.sheetName).toBe("随机");
    expect(table.rows.map((row) => row.rowNumber)).toEqual(rows.map((_, i) => i + 1));
    expect(trimmed(asRead(table.rows.map((row) => row.cells)))).toEqual(expected);
  }
}

describe("random cells written by exceljs read back as written", () => {
  it("by the whole-workbook writer (shared strings)", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, async ({ rows, filler, chunk }) => {
        const all = written(rows, filler);
        await expectReadBack(await wholeWorkbook(all), all, chunk);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    { strings: "shared strings", useSharedStrings: true },
    { strings: "inline strings", useSharedStrings: false },
  ])("by the streaming WorkbookWriter ($strings)", async ({ useSharedStrings }) => {
    await fc.assert(
      fc.asyncProperty(sheet, async ({ rows, filler, chunk }) => {
        const all = written(rows, filler);
        await expectReadBack(await streamedXlsx("随机", all, useSharedStrings), all, chunk);
      }),
      { numRuns: 50 },
    );
  });
});
