import { cleanCell, formatFen } from "@syt/orders-model";
import { DATE_FORMAT, type Sheet, type SheetCell, type SheetRow, writeXlsx } from "@syt/sheets";
import type { CodReport } from "./compute";
import { countProblems } from "./groups";
import type { ReportSheet } from "./sheet";
import type { CodSummary } from "./summary";
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

const AMOUNT_FORMAT = "0.00";
const WIDTH_SAMPLE_ROWS = 500;
const MIN_WIDTH = 6;
const MAX_WIDTH = 48;

/**
 * The report's two sheets as data: 货到付款 (the kept rows) and 核对 (the summary and every
 * finding). The CLI writes them with `writeXlsx`, the taskpane into the open workbook or a file;
 * which cells are text is decided by `@syt/sheets`' one rule, for every output alike.
 */
export function reportSheets(report: CodReport): Sheet[] {
  return [ordersSheet(report.sheet), checkSheet(report.summary)];
}

/** The whole report in memory, as the taskpane saves it: the same writer and sheets as the CLI's file. */
export function reportBytes(report: CodReport): Promise<Uint8Array> {
  return writeXlsx(reportSheets(report));
}

/**
 * Identifier columns are Text as a whole (a waybill typed in later stays text too), their cells
 * cleaned of export guards; the header is bold, frozen and filtered.
 */
function ordersSheet(sheet: ReportSheet): Sheet {
  const rows: SheetRow[] = [{ cells: sheet.header, bold: true }];
  for (const cells of sheet.rows)
    rows.push({ cells: cells.map((cell, i) => (sheet.idColumns.has(i) ? idText(cell) : cell)) });
  return {
    name: ORDERS_SHEET_NAME,
    columns: columnWidths(sheet).map((width, i) =>
      sheet.idColumns.has(i) ? { width, text: true } : { width },
    ),
    rows,
    frozenRows: 1,
    autoFilter: { row: 1, columns: Math.max(sheet.header.length, 1) },
  };
}

function checkSheet(summary: CodSummary): Sheet {
  const rows: SheetRow[] = [];
  const add = (cells: SheetCell[], { bold = false }: { bold?: boolean } = {}) =>
    rows.push(bold ? { cells, bold } : { cells });
  add([formatVerdictZh(summary)], { bold: true });
  for (const cells of summaryRows(summary)) add(cells);
  rows.push({
    cells: ["代收金额合计(元)", Number(formatFen(summary.amountToCollectFen))],
    formats: { 1: AMOUNT_FORMAT },
  });
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
  return {
    name: CHECK_SHEET_NAME,
    columns: [{ width: 28 }, { width: 30 }, { width: 12 }, { width: 10 }, { width: 80 }],
    rows,
  };
}

function summaryRows(summary: CodSummary): SheetCell[][] {
  const excluded = Object.entries(EXCLUSION_ZH).map(([reason, label]): SheetCell[] => [
    `排除: ${label}`,
    summary.rows.excluded[reason as keyof typeof EXCLUSION_ZH] ?? 0,
  ]);
  const byShipping = (prefix: string, counts: Record<string, number>) =>
    Object.entries(counts).map(([code, n]): SheetCell[] => [`${prefix}${shippingZh(code)}`, n]);
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

/** Identifiers as cleaned text: a number cell becomes its digits, export guards are stripped. */
function idText(cell: SheetCell): string | null {
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
function displayWidth(cell: SheetCell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  const text = cell instanceof Date ? DATE_FORMAT : String(cell);
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffff]/.test(char) ? 2 : 1;
  return width;
}
