import { cleanCell, formatFen } from "@syt/orders-model";
import type { Cell } from "@syt/platform-adapters";
import type { CodReport } from "./compute";
import { hostDeflate } from "./deflate";
import { countProblems } from "./groups";
import type { ReportSheet } from "./sheet";
import type { CodSummary } from "./summary";
import { ReportWorkbook } from "./xlsx-writer";
import {
  EXCLUSION_ZH,
  formatFindingZh,
  formatGroupZh,
  formatPlacedZh,
  formatVerdictZh,
  SEVERITY_ZH,
  SHEET_NAMES_ZH,
  shippingZh,
} from "./zh";

export const ORDERS_SHEET_NAME = "货到付款";
export const CHECK_SHEET_NAME = "核对";

/**
 * Excel keeps whatever is typed into a Text-formatted cell as text. Identifier
 * columns get it for the whole column (a waybill typed in later stays text too),
 * and so does every cell whose text a spreadsheet would read as a formula: it
 * shows exactly as written and never runs, not even after someone edits the cell.
 * (exceljs 4.4 cannot write `quotePrefix`; the Text format gives the same guarantee.)
 */
export const TEXT_FORMAT = "@";
// Full-width ＝＋－＠ too: Chinese input methods type them, and Excel and WPS turn them
// into formulas on entry. A leading space or line break hides the formula sign from the
// eye while a retyped cell still evaluates it.
const FORMULA_LIKE = /^[=+\-@\t\r\n \u3000＝＋－＠]/;
const DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";
const AMOUNT_FORMAT = "0.00";
const WIDTH_SAMPLE_ROWS = 500;
const MIN_WIDTH = 6;
const MAX_WIDTH = 48;

const ROWS_BETWEEN_PAUSES = 2000;

/** What writing the sheets needs of a workbook: exceljs's, or the report writer's (`xlsx-writer`). */
export interface ReportTarget {
  addWorksheet(name: string, options?: { views?: { state: "frozen"; ySplit: number }[] }): ReportSheetTarget;
}

interface ReportSheetTarget {
  /** Set to `{ from: { row, column }, to: { row, column } }`; each writer reads it in its own type. */
  autoFilter?: unknown;
  columns: { width?: number; style?: { numFmt?: string } }[];
  addRow(values: Cell[]): ReportRowTarget;
}

interface ReportRowTarget {
  font: { bold?: boolean } | undefined;
  getCell(column: number): { numFmt: string | undefined };
  commit(): void;
}

/**
 * Both sheets, on a whole workbook (browser) or a streaming writer (CLI) alike.
 * The pauses let a streaming writer's zip and file streams drain; without them the
 * whole sheet's XML would wait in memory until the loop ends.
 */
export async function writeReportSheets(workbook: ReportTarget, report: CodReport): Promise<void> {
  await writeOrdersSheet(workbook, report.sheet);
  writeCheckSheet(workbook, report.summary);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole report in memory, as the taskpane needs it: the same writer as the CLI's file, deflated
 * by the host (exceljs took 6 s of the 9 s from click to file for a 100k-row export in Chromium).
 */
export async function reportBytes(report: CodReport): Promise<Uint8Array> {
  const workbook = new ReportWorkbook();
  await writeReportSheets(workbook, report);
  return workbook.bytes(await hostDeflate());
}

async function writeOrdersSheet(workbook: ReportTarget, sheet: ReportSheet): Promise<void> {
  const lastColumn = Math.max(sheet.header.length, 1);
  const worksheet = workbook.addWorksheet(ORDERS_SHEET_NAME, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: lastColumn } };
  worksheet.columns = columnWidths(sheet).map((width, i) =>
    sheet.idColumns.has(i) ? { width, style: { numFmt: TEXT_FORMAT } } : { width },
  );
  const header = worksheet.addRow(sheet.header.map(keepText));
  header.font = { bold: true };
  styleCells(header, sheet.header);
  header.commit();
  for (const [index, cells] of sheet.rows.entries()) {
    if (index > 0 && index % ROWS_BETWEEN_PAUSES === 0) await pause();
    const values = cells.map((cell, i) => (sheet.idColumns.has(i) ? idText(cell) : cell));
    const row = worksheet.addRow(values.map(keepText));
    styleCells(row, values);
    row.commit();
  }
}

function writeCheckSheet(workbook: ReportTarget, summary: CodSummary): void {
  const worksheet = workbook.addWorksheet(CHECK_SHEET_NAME);
  worksheet.columns = [{ width: 28 }, { width: 30 }, { width: 12 }, { width: 10 }, { width: 80 }];
  // Bold before the commit: a streaming writer has written the row by then.
  const add = (values: Cell[], { numFmt, bold = false }: { numFmt?: string; bold?: boolean } = {}) => {
    const row = worksheet.addRow(values.map(keepText));
    if (bold) row.font = { bold: true };
    styleCells(row, values);
    if (numFmt) row.getCell(2).numFmt = numFmt;
    row.commit();
  };
  add([formatVerdictZh(summary)], { bold: true });
  for (const values of summaryRows(summary)) add(values);
  add(["代收金额合计(元)", Number(formatFen(summary.amountToCollectFen))], { numFmt: AMOUNT_FORMAT });
  add([]);
  // Every row of every group: the terminal and the taskpane show the first ones, this sheet all of them.
  add(["级别", "订单号", "表", "行号", "说明"], { bold: true });
  for (const [index, group] of summary.groups.entries()) {
    add([SEVERITY_ZH[group.severity], `问题 ${index + 1}`, null, group.count, formatGroupZh(group)], {
      bold: true,
    });
    for (const f of group.findings) {
      add([
        SEVERITY_ZH[f.severity],
        f.orderNo ?? null,
        SHEET_NAMES_ZH[f.sheet],
        f.row ?? null,
        formatFindingZh(f),
      ]);
    }
  }
}

function summaryRows(summary: CodSummary): Cell[][] {
  const excluded = Object.entries(EXCLUSION_ZH).map(([reason, label]): Cell[] => [
    `排除: ${label}`,
    summary.rows.excluded[reason as keyof typeof EXCLUSION_ZH] ?? 0,
  ]);
  const byShipping = (prefix: string, counts: Record<string, number>) =>
    Object.entries(counts).map(([code, n]): Cell[] => [`${prefix}${shippingZh(code)}`, n]);
  return [
    ["日期", summary.date],
    ["文件名", summary.fileName],
    ["读取行数", summary.rows.read],
    ["保留行数", summary.rows.kept],
    ...excluded,
    ["货到付款订单数", summary.orders.kept],
    ["WMS 导出", summary.wmsProvided ? `读取 ${summary.wmsRows.read} 行` : "未提供"],
    ...byShipping("全部订单: ", summary.ordersByShipping),
    ...byShipping("货到付款订单: ", summary.codOrdersByShipping),
    ["下单时间", formatPlacedZh(summary).replace(/^下单时间:? ?/, "")],
    ["应覆盖", `${summary.placed.window.from} 00:00 ~ ${summary.placed.window.to}`],
    ["问题数", countProblems(summary.groups).problems],
    ["提醒数", countProblems(summary.groups).notes],
    ["涉及行数", summary.findings.length],
  ];
}

/** Styles only where needed: a style per cell is most of what writing costs. */
function styleCells(row: ReportRowTarget, values: readonly Cell[]): void {
  values.forEach((value, i) => {
    if (typeof value === "string" && FORMULA_LIKE.test(value)) row.getCell(i + 1).numFmt = TEXT_FORMAT;
    else if (value instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot carry as they are
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const ESCAPE_LIKE = /_(?=x[0-9a-f]{4}_)/gi;
/** What either replacement looks for; most cells have neither, and skip both. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters CONTROL escapes
const MAY_NEED_ESCAPES = /[_\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * Text exactly as written: XML turns a CR into LF on reading and exceljs drops
 * other control characters, so they go in as OOXML `_xHHHH_` escapes (what Excel
 * itself writes), and text that already looks like an escape has its `_` escaped.
 */
export function keepText<T extends Cell>(value: T): T | string {
  if (typeof value !== "string" || !MAY_NEED_ESCAPES.test(value)) return value;
  return value
    .replace(ESCAPE_LIKE, "_x005F_")
    .replace(CONTROL, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Identifiers as cleaned text: a number cell becomes its digits, export guards are stripped. */
function idText(cell: Cell): string | null {
  if (cell === null) return null;
  const text = cleanCell(cell);
  return text === "" ? null : text;
}

function columnWidths(sheet: ReportSheet): number[] {
  const widths = sheet.header.map(displayWidth);
  for (const cells of sheet.rows.slice(0, WIDTH_SAMPLE_ROWS)) {
    cells.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}

/** CJK characters take two columns in Excel's default fonts. */
function displayWidth(cell: Cell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  const text = cell instanceof Date ? DATE_FORMAT : String(cell);
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffff]/.test(char) ? 2 : 1;
  return width;
}
