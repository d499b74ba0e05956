import { excelGeneralText } from "@syt/orders-model";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { excelSerial } from "./guanwang";
import { shanghaiParts } from "./orders";
import type { FakeCell, FakeSheet } from "./sheet";

export type CsvEncoding = "utf8" | "utf8-bom" | "gbk";
type Rows = FakeCell[][];

const rowsOf = (input: FakeSheet | Rows): Rows => (Array.isArray(input) ? input : input.rows);

function cellText(cell: FakeCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return shanghaiParts(cell).text;
  if (typeof cell === "number") return excelGeneralText(cell);
  return String(cell);
}

function encode(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === "gbk") return new Uint8Array(iconv.encode(text, "gbk"));
  return new TextEncoder().encode(encoding === "utf8-bom" ? `\uFEFF${text}` : text);
}

export function toCsv(input: FakeSheet | Rows, encoding: CsvEncoding = "utf8"): Uint8Array {
  const text = Papa.unparse(
    rowsOf(input).map((row) => row.map(cellText)),
    { newline: "\r\n" },
  );
  return encode(`${text}\r\n`, encoding);
}

const escapeHtml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The `.xls` the ECShop export plugin writes: an HTML table, often in GBK. */
export function toHtmlXls(input: FakeSheet | Rows, encoding: "utf8" | "gbk" = "utf8"): Uint8Array {
  const charset = encoding === "gbk" ? "gbk" : "utf-8";
  const body = rowsOf(input)
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cellText(cell))}</td>`).join("")}</tr>`)
    .join("\n");
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><table border="1">\n${body}\n</table></body></html>\n`;
  return encoding === "gbk" ? new Uint8Array(iconv.encode(html, "gbk")) : new TextEncoder().encode(html);
}

/** What Office.js `range.values` hands a taskpane: strings, numbers, booleans, `""` for blanks, serial dates. */
export function toValues(input: FakeSheet | Rows): (string | number | boolean)[][] {
  return rowsOf(input).map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      if (cell instanceof Date) return excelSerial(cell);
      return cell;
    }),
  );
}

// Excel has no time zones: a date cell shows wall time, and these exports are made in Shanghai.
// exceljs writes a Date's UTC fields, so the Shanghai wall time goes in as UTC.
export function xlsxCell(cell: FakeCell): Exclude<FakeCell, ""> {
  if (cell === "") return null;
  if (cell instanceof Date) return new Date(cell.getTime() + 8 * 3600_000);
  return cell;
}

export interface XlsxSheetInput {
  name: string;
  rows: Rows;
}

/** An xlsx workbook (exceljs, in memory: for test-sized exports; Node's `writeXlsxFile` streams). */
export async function toXlsx(sheets: XlsxSheetInput | XlsxSheetInput[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of Array.isArray(sheets) ? sheets : [sheets]) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow(row.map(xlsxCell));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
