// Loaded only by dynamic import (see ./load.ts): the report core and the adapters' reader must stay
// out of the taskpane's first load. The core writes the file with its own writer: exceljs is not fetched.
import {
  analyseCodReport,
  CHECK_SHEET_NAME,
  type CodSummary,
  countProblems,
  type Finding,
  type FindingGroup,
  formatCodErrorZh,
  formatFindingZh,
  formatGroupZh,
  formatPlacedZh,
  formatSummaryZh,
  formatVerdictZh,
  isCodReportError,
  ORDERS_SHEET_NAME,
  type RecognisedInput,
  reportBytes,
  wholeExportProblems,
} from "@syt/cod-report";
import { formatFen, maskPhonesInText, type Order } from "@syt/orders-model";
import {
  formatErrorZh,
  isAdapterError,
  parseOrders,
  parseWms,
  readTable,
  recogniseExport,
  type Table,
  tableFromValues,
} from "@syt/platform-adapters";
import { AddinError } from "../office/errors";
import { PASTE_SHEETS } from "../office/host";
import type { GroupViewOf } from "../ui/Findings";
import { groupViewOf } from "../ui/group-view";
import type { OrderRef } from "../ui/workspace";

export type ReportSource =
  | { kind: "values"; values: unknown[][]; sheetName: string }
  | { kind: "file"; bytes: Uint8Array; fileName: string };

export interface ReportRequest {
  orders: ReportSource;
  wms?: ReportSource;
  /** The report date `YYYY-MM-DD`; today in Shanghai when not given. */
  date?: string;
  /** The operator's saved mapping profiles (设置表头对应), as `--profiles` gives them to the CLI. */
  profiles?: readonly unknown[];
}

/** One row of a group, ready to show: words made here, at the edge, by the report's own zh-CN functions. */
export interface FindingView {
  code: string;
  text: string;
  orderNo?: string;
  row?: number;
  sheet: "orders" | "wms";
  sheetLabel: string;
}

/** One problem as the operator reads it: what it is, how many, and every row of it. */
export interface GroupView extends GroupViewOf<FindingView> {
  code: string;
}

export interface ReportModel {
  /** The report file, written after the findings are shown. */
  file: Promise<Uint8Array>;
  fileName: string;
  summary: CodSummary;
  summaryText: string;
  amountText: string;
  verdict: string;
  /** Groups that stop the report from going out, counted as the verdict counts them. */
  blocking: number;
  /**
   * A problem of the whole export stands (another day's, no amount column, nothing kept): its
   * figures cannot be right, so there is nothing to save or write, as the CLI writes no file.
   */
  unusable: boolean;
  /** Warning groups: the verdict's `另有 N 个提醒`. */
  notes: number;
  /** `下单时间 2026-11-24 00:12 ~ 2026-11-25 14:58`: the orders export's own window, for its file card. */
  placedText: string;
  /** What the library recognised the orders export as (kind, platform, layout and its evidence). */
  ordersExport?: RecognisedInput;
  groups: GroupView[];
  /** Distinct rows of the two pasted sheets that the groups point at. */
  rowsToFix: number;
  /** The order a row is about, for the 消息 tab: its row with the header, and the parsed order (官网 rows). */
  orderRef: (finding: FindingView) => Promise<OrderRef>;
}

interface ParsedSheet {
  table: Table;
  headerRow: number;
  orders: readonly Order[];
}

async function parsedSheet(
  source: ReportSource,
  sheet: "orders" | "wms",
  profiles?: readonly unknown[],
): Promise<ParsedSheet> {
  const table =
    source.kind === "values"
      ? tableFromValues(source.values, { sheetName: source.sheetName })
      : await readTable(source.bytes, { fileName: source.fileName });
  if (sheet === "wms") {
    const { fields } = profiles ? recogniseExport(table, { profiles }) : {};
    const { meta } = await parseWms(table, fields ? { fields } : {});
    return { table, headerRow: meta.headerRow, orders: [] };
  }
  const { meta, orders } = await parseOrders(table, {
    platform: "guanwang",
    ...(profiles ? { profiles } : {}),
  });
  return { table, headerRow: meta.headerRow, orders };
}

const cellsText = (cells: readonly unknown[]) => Array.from(cells, (cell) => cell ?? "");

/** Reads a sheet again only when the operator first asks for a message from it, and once. */
function orderRefs(request: ReportRequest): ReportModel["orderRef"] {
  const parsed = new Map<"orders" | "wms", Promise<ParsedSheet>>();
  return async (finding) => {
    const ref: OrderRef = {
      source: finding.row === undefined ? finding.sheetLabel : `${finding.sheetLabel} · 第 ${finding.row} 行`,
    };
    const source = finding.sheet === "wms" ? request.wms : request.orders;
    if (!source || finding.row === undefined) return ref;
    let sheet = parsed.get(finding.sheet);
    if (!sheet) {
      sheet = parsedSheet(source, finding.sheet, request.profiles);
      parsed.set(finding.sheet, sheet);
    }
    const { table, headerRow, orders } = await sheet;
    const header = table.rows.find((r) => r.rowNumber === headerRow);
    const row = table.rows.find((r) => r.rowNumber === finding.row);
    if (header && row) {
      ref.row = {
        header: cellsText(header.cells).map((cell) => String(cell).trim()),
        values: cellsText(row.cells),
      };
    }
    const order =
      orders.find((o) => o.sourceRows.includes(finding.row as number)) ??
      orders.find((o) => o.orderNo === finding.orderNo);
    if (order) ref.order = order;
    return ref;
  };
}

function toInput(source: ReportSource) {
  return source.kind === "values"
    ? { values: source.values, sheetName: source.sheetName }
    : { bytes: source.bytes, fileName: source.fileName };
}

// Finding texts quote cells (odd values, order numbers): mask phones in whatever the taskpane shows.
function findingView(finding: Finding): FindingView {
  return {
    code: finding.code,
    text: maskPhonesInText(formatFindingZh(finding)),
    orderNo: finding.orderNo === undefined ? undefined : maskPhonesInText(finding.orderNo),
    row: finding.row,
    sheet: finding.sheet,
    sheetLabel: PASTE_SHEETS[finding.sheet],
  };
}

function groupView(group: FindingGroup): GroupView {
  return { ...groupViewOf(group, formatGroupZh(group), group.findings.map(findingView)), code: group.code };
}

/** Rows, not findings: one row can carry several problems, and that is one row to open. */
export function countRowsToFix(groups: readonly FindingGroup[]): number {
  const rows = new Set<string>();
  for (const group of groups)
    for (const finding of group.findings)
      if (finding.row !== undefined) rows.add(`${finding.sheet}:${finding.row}`);
  return rows.size;
}

/**
 * Exactly the @syt/cod-report core, in its two steps: the model comes back as soon as the
 * findings are known, so the verdict shows while `file` is still being written.
 */
export async function runCodReport(request: ReportRequest): Promise<ReportModel> {
  const { report, fileName, summary, ordersExport } = await analyseCodReport({
    orders: toInput(request.orders),
    ...(request.wms ? { wms: toInput(request.wms) } : {}),
    ...(request.date ? { date: request.date } : {}),
    ...(request.profiles ? { profiles: request.profiles } : {}),
  });
  refuseLeftovers(request.orders, summary);
  const counts = countProblems(summary.groups);
  const file = reportBytes(report);
  // Its failure reaches the operator when they save or write the file, not as an unhandled rejection.
  file.catch(() => undefined);
  return {
    file,
    fileName,
    summary,
    summaryText: formatSummaryZh(summary),
    amountText: formatFen(summary.amountToCollectFen),
    verdict: formatVerdictZh(summary),
    blocking: counts.problems,
    notes: counts.notes,
    unusable: wholeExportProblems(summary.groups).length > 0,
    placedText: formatPlacedZh(summary),
    groups: summary.groups.map(groupView),
    rowsToFix: countRowsToFix(summary.groups),
    orderRef: orderRefs(request),
    ...(ordersExport ? { ordersExport } : {}),
  };
}

/**
 * Pasted orders outside the export's window are yesterday's rows left under a shorter paste (Excel
 * keeps them): refused, so that two days are never summed into one report. An export file cannot
 * hold them; there they stay an error in the verdict, as in the CLI.
 */
function refuseLeftovers(source: ReportSource, summary: CodSummary): void {
  if (source.kind !== "values") return;
  const outside = summary.findings.filter(
    (f) => f.code === "export-window" && (f.params?.kind === "before" || f.params?.kind === "after"),
  );
  const apart = summary.findings.filter((f) => f.code === "rows-apart");
  const [firstApart] = apart;
  if (firstApart && outside.length === 0)
    throw new AddinError("paste-rows-apart", source.sheetName, firstApart.row, undefined, {
      orders: apart.length,
      orderNo: firstApart.orderNo ?? "",
      firstRow: Number(firstApart.params?.firstRow ?? 0),
    });
  if (outside.length === 0) return;
  const days = outside.map((f) => String(f.params?.day ?? "")).sort();
  const rows = outside.flatMap((f) => (f.row === undefined ? [] : [f.row]));
  const { from, to } = summary.placed.window;
  throw new AddinError("paste-outside-window", source.sheetName, Math.min(...rows), {
    rows: outside.length,
    firstDay: days[0] ?? "",
    lastDay: days.at(-1) ?? "",
    from,
    to,
  });
}

/** Words for the coded errors the report libraries throw; undefined for anything else. */
export function formatKnownErrorZh(error: unknown): string | undefined {
  if (isCodReportError(error)) return formatCodErrorZh(error);
  if (isAdapterError(error)) return formatErrorZh(error);
  return undefined;
}

/** The sheets of a report, in the order they are written into the open workbook (the first stays in view). */
const REPORT_SHEETS = [ORDERS_SHEET_NAME, CHECK_SHEET_NAME] as const;

/**
 * Both sheets of the report as 2D arrays, for writing into the open workbook. Read back from the
 * report's bytes with the adapters' reader, as every export is read.
 */
export async function reportSheetsValues(
  bytes: Uint8Array,
): Promise<{ name: string; values: unknown[][] }[]> {
  const sheets: { name: string; values: unknown[][] }[] = [];
  for (const name of REPORT_SHEETS) {
    const table = await readTable(bytes, { sheet: name });
    // Empty cells as "": Excel writes a 2D array, where null means "leave the cell as it is".
    sheets.push({ name, values: table.rows.map((row) => Array.from(row.cells, (cell) => cell ?? "")) });
  }
  return sheets;
}
