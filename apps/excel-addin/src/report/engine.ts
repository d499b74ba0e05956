// Loaded only by dynamic import (see ./load.ts): it pulls in exceljs and the report core,
// which must stay out of the taskpane's first load.
import {
  buildCodReport,
  type CodSummary,
  formatCodErrorZh,
  formatFindingZh,
  formatSummaryZh,
  isCodReportError,
} from "@syt/cod-report";
import { formatFen } from "@syt/orders-model";
import { excelCell, formatErrorZh, isAdapterError } from "@syt/platform-adapters";
import ExcelJS from "exceljs";
import { PASTE_SHEETS } from "../office/host";

export type ReportSource =
  | { kind: "values"; values: unknown[][]; sheetName: string }
  | { kind: "file"; bytes: Uint8Array; fileName: string };

export interface ReportRequest {
  orders: ReportSource;
  wms?: ReportSource;
}

/** A finding ready to show: words made here, at the edge, by the report's own zh-CN function. */
export interface FindingView {
  key: string;
  severity: "error" | "warning";
  code: string;
  text: string;
  orderNo?: string;
  row?: number;
  sheet: "orders" | "wms";
  sheetLabel: string;
}

export interface ReportModel {
  bytes: Uint8Array;
  fileName: string;
  summary: CodSummary;
  summaryText: string;
  amountText: string;
  findings: FindingView[];
}

function toInput(source: ReportSource) {
  return source.kind === "values"
    ? { values: source.values, sheetName: source.sheetName }
    : { bytes: source.bytes, fileName: source.fileName };
}

/** Exactly the @syt/cod-report core: the taskpane adds no report logic of its own. */
export async function runCodReport(request: ReportRequest): Promise<ReportModel> {
  const { bytes, fileName, summary } = await buildCodReport({
    orders: toInput(request.orders),
    ...(request.wms ? { wms: toInput(request.wms) } : {}),
  });
  return {
    bytes,
    fileName,
    summary,
    summaryText: formatSummaryZh(summary),
    amountText: formatFen(summary.amountToCollectFen),
    findings: summary.findings.map((finding, index) => ({
      key: `${index}-${finding.code}`,
      severity: finding.severity,
      code: finding.code,
      text: formatFindingZh(finding),
      orderNo: finding.orderNo,
      row: finding.row,
      sheet: finding.sheet,
      sheetLabel: PASTE_SHEETS[finding.sheet],
    })),
  };
}

/** Words for the coded errors the report libraries throw; undefined for anything else. */
export function formatKnownErrorZh(error: unknown): string | undefined {
  if (isCodReportError(error)) return formatCodErrorZh(error);
  if (isAdapterError(error)) return formatErrorZh(error);
  return undefined;
}

/** Every sheet of the report (货到付款, then 核对) as 2D arrays, for writing into the open workbook. */
export async function reportSheetsValues(
  bytes: Uint8Array,
): Promise<{ name: string; values: unknown[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook.worksheets.map((sheet) => {
    const values: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells = Array.isArray(row.values) ? row.values.slice(1) : [];
      // Empty cells as "": Excel writes a 2D array, where null means "leave the cell as it is".
      values[rowNumber - 1] = cells.map((cell) => excelCell(cell) ?? "");
    });
    return { name: sheet.name, values: Array.from(values, (row) => row ?? []) };
  });
}
