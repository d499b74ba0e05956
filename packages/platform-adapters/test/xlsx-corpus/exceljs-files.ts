import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport } from "@syt/fake-exports";
import ExcelJS from "exceljs";

/** A workbook of the corpus, and whether exceljs's own reader reads what it holds. */
export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  /**
   * False where exceljs's whole-workbook reader is known to differ from the file: it drops
   * formula results of 0. Such files are compared with openpyxl only. (It copies a merged
   * range's value into every cell of the range, as our reader and the openpyxl oracle do.)
   */
  exceljsFaithful: boolean;
}

// Wall clock as exceljs writes it: a Date's UTC fields are what the cell shows.
const wall = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
  new Date(Date.UTC(y, mo - 1, d, h, mi, s));

const bytesOf = async (workbook: ExcelJS.Workbook): Promise<Uint8Array> =>
  new Uint8Array(await workbook.xlsx.writeBuffer());

async function styled(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("订单信息");
  sheet.columns = [
    { header: "订单号", key: "no", width: 22 },
    { header: "金额", key: "amount", width: 10, style: { numFmt: "#,##0.00" } },
    { header: "数量", key: "qty", style: { numFmt: "0" } },
    { header: "备注", key: "note", width: 30 },
  ];
  sheet.getRow(1).font = { bold: true, color: { argb: "FFFFFFFF" } };
  sheet.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF4472C4" } };
  for (let i = 0; i < 30; i++) {
    const row = sheet.addRow({
      no: `GW2026${String(i).padStart(6, "0")}`,
      amount: i * 12.5 - 3,
      qty: i,
      note: i % 3 ? "加急" : null,
    });
    row.getCell(1).border = { bottom: { style: "thin" } };
    if (i % 5 === 0) row.getCell(4).font = { italic: true };
  }
  return bytesOf(workbook);
}

async function richText(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("富文本");
  sheet.addRow(["订单号", "备注"]);
  sheet.addRow([
    "GW1",
    {
      richText: [
        { text: "请", font: { bold: true } },
        { text: " 尽快发货 ", font: { color: { argb: "FFFF0000" } } },
        { text: "<谢谢>&" },
      ],
    },
  ]);
  sheet.addRow(["GW2", { richText: [{ text: "  前导空格" }, { text: "😀" }] }]);
  sheet.addRow(["GW3", "普通文本"]);
  return bytesOf(workbook);
}

async function formulas(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("公式");
  sheet.addRow(["单价", "数量", "小计", "差", "比", "是否", "文本"]);
  for (let i = 0; i < 6; i++) {
    const r = i + 2;
    sheet.addRow([
      i * 1.5,
      i,
      { formula: `A${r}*B${r}`, result: i * 1.5 * i },
      { formula: `B${r}-B${r}`, result: 0 },
      { formula: `A${r}/B${r}`, result: i === 0 ? { error: "#DIV/0!" } : 1.5 },
      { formula: `B${r}>2`, result: i > 2 },
      { formula: `"GW"&B${r}`, result: `GW${i}` },
    ]);
  }
  return bytesOf(workbook);
}

async function dates(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("日期");
  sheet.addRow(["默认", "内置 14", "内置 22", "自定义", "自定义中文", "文本"]);
  const formats = [undefined, "mm-dd-yy", "m/d/yy h:mm", "yyyy-mm-dd hh:mm:ss", 'yyyy"年"m"月"d"日"'];
  for (let i = 0; i < 8; i++) {
    const at = wall(2026, 1 + i, 3 + i, i * 3, i * 7, i * 5);
    const row = sheet.addRow([at, at, at, at, at, "2026-01-03 10:20:30"]);
    formats.forEach((numFmt, c) => {
      if (numFmt) row.getCell(c + 1).numFmt = numFmt;
    });
  }
  return bytesOf(workbook);
}

async function merged(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("合并");
  sheet.addRow(["上元堂官网订单导出", null, null, null]);
  sheet.mergeCells("A1:D1");
  sheet.addRow(["订单号", "商品", "数量", "收货人"]);
  sheet.addRow(["GW1", "阿莫西林", 2, "张三"]);
  sheet.addRow([null, "布洛芬", 1, null]);
  sheet.mergeCells("A3:A4");
  sheet.mergeCells("D3:D4");
  sheet.addRow(["GW2", "维生素C", 3, "李四"]);
  return bytesOf(workbook);
}

async function manySheets(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("空表");
  workbook.addWorksheet("A&B 'x' 表");
  const hidden = workbook.addWorksheet("隐藏");
  hidden.state = "hidden";
  hidden.addRow(["隐藏的数据", 1]);
  for (let s = 1; s <= 9; s++) {
    const sheet = workbook.addWorksheet(`第${s}页`);
    for (let r = 0; r < s * 3; r++) sheet.addRow([`S${s}R${r}`, r, r % 2 === 0]);
  }
  return bytesOf(workbook);
}

async function hiddenFirst(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const hidden = workbook.addWorksheet("参数");
  hidden.state = "hidden";
  hidden.addRow(["内部参数", 42]);
  const sheet = workbook.addWorksheet("订单");
  sheet.addRow(["订单号", "金额"]);
  sheet.addRow(["GW1", 10]);
  return bytesOf(workbook);
}

/** The streaming writer: inline strings (no shared strings part) or shared strings, as large exports are written. */
export async function streamedXlsx(
  sheetName: string,
  rows: unknown[][],
  useSharedStrings: boolean,
): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-stream-"));
  try {
    const filename = path.join(dir, "out.xlsx");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings });
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
    return new Uint8Array(readFileSync(filename));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function inlineStrings(): Promise<Uint8Array> {
  const rows = [
    ["订单号", "收货人", "备注", "金额", "下单时间"],
    ...Array.from({ length: 25 }, (_, i) => [
      `GW${i}`,
      i % 2 ? "张三" : " 李四 ",
      "<>&\"' 😀",
      i / 4,
      wall(2026, 3, 1 + i, 9, i, 0),
    ]),
  ];
  return streamedXlsx("内联", rows, false);
}

/** Files exceljs writes with each feature an export or a re-saved export has. */
export async function exceljsCorpus(): Promise<CorpusFile[]> {
  return [
    { name: "exceljs-styles", bytes: await styled(), exceljsFaithful: true },
    { name: "exceljs-rich-text", bytes: await richText(), exceljsFaithful: true },
    { name: "exceljs-inline-strings", bytes: await inlineStrings(), exceljsFaithful: true },
    { name: "exceljs-formulas", bytes: await formulas(), exceljsFaithful: false },
    { name: "exceljs-dates", bytes: await dates(), exceljsFaithful: true },
    { name: "exceljs-merged", bytes: await merged(), exceljsFaithful: true },
    { name: "exceljs-many-sheets", bytes: await manySheets(), exceljsFaithful: true },
    { name: "exceljs-hidden-first", bytes: await hiddenFirst(), exceljsFaithful: true },
  ];
}

/** The orders of `mergedOrderExport`: several of them have more than one line. */
export const MERGED_ORDERS = fakeOrders({ seed: 29, count: 20 });

/**
 * A 官网 export as an ERP lays it out (issue 29): for an order of several lines, every column
 * whose value is the same on all its lines is one merged cell over them, its value in the first
 * line only. Written by exceljs; `ranges` is how many merged ranges it has.
 */
export async function mergedOrderExport(): Promise<{ bytes: Uint8Array; ranges: number }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("订单");
  // Empty cells left out, as toXlsx leaves them.
  const rows = guanwangExport(MERGED_ORDERS).rows.map((cells) =>
    cells.map((cell) => (cell === "" ? null : cell)),
  );
  for (const row of rows) sheet.addRow(row);
  let ranges = 0;
  for (let start = 1; start < rows.length; ) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1]?.[0] === rows[start]?.[0]) end++;
    for (let column = 0; end > start && column < (rows[start] as unknown[]).length; column++) {
      const value = rows[start]?.[column];
      if (value === null || !rows.slice(start, end + 1).every((cells) => cells[column] === value)) continue;
      for (let r = start + 1; r <= end; r++) sheet.getRow(r + 1).getCell(column + 1).value = null;
      sheet.mergeCells(start + 1, column + 1, end + 1, column + 1);
      ranges++;
    }
    start = end + 1;
  }
  return { bytes: await bytesOf(book), ranges };
}
