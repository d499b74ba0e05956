import { parseOrders, parseWms, type Table, tableFromValues } from "@syt/platform-adapters";
import { type CodReport, prepareCodReport } from "./compute";
import { requireGuanwangExport } from "./export-kind";
import { resolveReportName } from "./file-name";
import { isInReport } from "./selection";
import type { CodSummary } from "./summary";
import { reportBytes } from "./write-sheets";

/** An export as the file's bytes, or as the 2D array a taskpane reads from a sheet. */
export type ReportInput =
  | { bytes: Uint8Array; fileName?: string }
  | { values: unknown[][]; sheetName?: string };

export interface BuildCodReportOptions {
  orders: ReportInput;
  wms?: ReportInput;
  /** Business date `YYYY-MM-DD`; defaults to today in Asia/Shanghai. */
  date?: string;
  now?: Date;
  /** dayjs format of the date in the file name, default `YYYY-MM-DD`. */
  nameFormat?: string;
  /** An operator's mapping profiles (what `--profiles DIR` loads): one for 官网 replaces its built-in layout. */
  profiles?: readonly unknown[];
}

export interface BuiltCodReport {
  bytes: Uint8Array;
  fileName: string;
  summary: CodSummary;
}

function toParseInput(input: ReportInput): { input: Uint8Array | Table; fileName?: string } {
  if ("values" in input) return { input: tableFromValues(input.values, { sheetName: input.sheetName }) };
  return { input: input.bytes, fileName: input.fileName };
}

export interface AnalysedCodReport {
  report: CodReport;
  fileName: string;
  summary: CodSummary;
}

/**
 * Reading, selection, join and findings, without writing the file: a page can show the
 * verdict while `reportBytes(report)` writes the workbook.
 */
export async function analyseCodReport(options: BuildCodReportOptions): Promise<AnalysedCodReport> {
  // The name is checked first: a bad date or format should fail before any parsing work.
  const { date, fileName } = resolveReportName(options);
  const orders = toParseInput(options.orders);
  const wms = options.wms ? toParseInput(options.wms) : undefined;
  // The details of the report's orders only, as the CLI reads them: the same findings from both.
  // The platform is detected, not assumed, so that another platform's export is refused by name.
  const parsedOrders = await parseOrders(orders.input, {
    fileName: orders.fileName,
    keepDetailsOf: isInReport,
    ...(options.profiles ? { profiles: options.profiles } : {}),
  });
  requireGuanwangExport(parsedOrders.meta);
  const report = prepareCodReport({
    orders: parsedOrders,
    wms: wms ? await parseWms(wms.input, { fileName: wms.fileName }) : undefined,
    date,
    fileName,
  });
  return { report, fileName, summary: report.summary };
}

/** Host-free: the CLI and the Excel taskpane run exactly this (the taskpane in its two steps). */
export async function buildCodReport(options: BuildCodReportOptions): Promise<BuiltCodReport> {
  const { report, fileName, summary } = await analyseCodReport(options);
  return { bytes: await reportBytes(report), fileName, summary };
}
