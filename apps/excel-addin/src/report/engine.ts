// Loaded only by dynamic import (see ./load.ts): the report core and the adapters' reader must stay
// out of the taskpane's first load. The report comes as sheet data: written into the open workbook
// as it is, and into the file by @syt/sheets' writer, the CLI's.
import {
  analyseCodReport,
  type CodSummary,
  countProblems,
  type Finding,
  type FindingGroup,
  type FindingSources,
  formatCodErrorZh,
  formatFindingZh,
  formatGroupZh,
  formatPlacedZh,
  formatSummaryZh,
  formatVerdictZh,
  isCodReportError,
  type RecognisedInput,
  reportSheets,
  wholeExportProblems,
} from "@syt/cod-report";
import { formatFen, maskPhonesInText } from "@syt/orders-model";
import { formatErrorZh, isAdapterError } from "@syt/platform-adapters";
import { type Sheet, writeXlsx } from "@syt/sheets";
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
  /** The report's sheets (货到付款, 核对), as 写入新工作表 writes them into the open workbook. */
  sheets: Sheet[];
  /** The same sheets as the report file, written after the findings are shown. */
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

/**
 * Each view's finding as the library made it (its order number unmasked), kept beside the view so
 * that what the taskpane shows holds only masked text.
 */
const findingOf = new WeakMap<FindingView, Finding>();

/** The row and order of a finding, from what the report core read: nothing is read or parsed again. */
function orderRefs(sources: FindingSources): ReportModel["orderRef"] {
  return async (finding) => {
    const ref: OrderRef = {
      source: finding.row === undefined ? finding.sheetLabel : `${finding.sheetLabel} · 第 ${finding.row} 行`,
    };
    // The library's finding, not the view's: its order number is masked for the screen.
    const located = findingOf.get(finding) ?? finding;
    const row = sources.row(located);
    if (row) ref.row = { header: row.header, values: row.values.map((cell) => cell ?? "") };
    const order = sources.order(located);
    if (order) ref.order = order;
    // The 官网 export has no courier or waybill: the WMS row of the same order has them.
    const orderNo = order?.orderNo ?? located.orderNo;
    if (located.sheet === "orders" && orderNo !== undefined) {
      const [wmsRow] = sources.wmsRows(orderNo);
      if (wmsRow)
        ref.also = [
          {
            source: `${PASTE_SHEETS.wms} 第 ${wmsRow.rowNumber} 行`,
            header: wmsRow.header,
            values: wmsRow.values.map((cell) => cell ?? ""),
          },
        ];
    }
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
  const view: FindingView = {
    code: finding.code,
    text: maskPhonesInText(formatFindingZh(finding)),
    orderNo: finding.orderNo === undefined ? undefined : maskPhonesInText(finding.orderNo),
    row: finding.row,
    sheet: finding.sheet,
    sheetLabel: PASTE_SHEETS[finding.sheet],
  };
  findingOf.set(view, finding);
  return view;
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
  const { report, fileName, summary, ordersExport, sources } = await analyseCodReport({
    orders: toInput(request.orders),
    ...(request.wms ? { wms: toInput(request.wms) } : {}),
    ...(request.date ? { date: request.date } : {}),
    ...(request.profiles ? { profiles: request.profiles } : {}),
  });
  refuseLeftovers(request.orders, summary);
  const counts = countProblems(summary.groups);
  const sheets = reportSheets(report);
  const file = writeXlsx(sheets);
  // Its failure reaches the operator when they save or write the file, not as an unhandled rejection.
  file.catch(() => undefined);
  return {
    sheets,
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
    orderRef: orderRefs(sources),
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
  const outside = summary.findings.flatMap((f) =>
    f.code === "export-window" && f.params.kind !== "stale" ? [{ row: f.row, day: f.params.day }] : [],
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
  const days = outside.map((f) => f.day).sort();
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
