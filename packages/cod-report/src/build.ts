import { businessDate } from "@syt/orders-model";
import { parseOrders, parseWms, type Table, tableFromValues } from "@syt/platform-adapters";
import ExcelJS from "exceljs";
import { type CodReport, prepareCodReport } from "./compute";
import { DEFAULT_NAME_FORMAT, reportFileName } from "./file-name";
import type { CodSummary } from "./summary";
import { writeReportSheets } from "./write-sheets";

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
}

export interface BuiltCodReport {
  bytes: Uint8Array;
  fileName: string;
  summary: CodSummary;
}

/** The name is checked first: a bad date or format should fail before any parsing work. */
export function resolveReportName(options: Pick<BuildCodReportOptions, "date" | "now" | "nameFormat">) {
  const date = options.date ?? businessDate(options.now ?? new Date());
  return { date, fileName: reportFileName(date, options.nameFormat ?? DEFAULT_NAME_FORMAT) };
}

function toParseInput(input: ReportInput): { input: Uint8Array | Table; fileName?: string } {
  if ("values" in input) return { input: tableFromValues(input.values, { sheetName: input.sheetName }) };
  return { input: input.bytes, fileName: input.fileName };
}

/** Host-free: the CLI and the Excel taskpane run exactly this. */
export async function buildCodReport(options: BuildCodReportOptions): Promise<BuiltCodReport> {
  const { date, fileName } = resolveReportName(options);
  const orders = toParseInput(options.orders);
  const wms = options.wms ? toParseInput(options.wms) : undefined;
  const report = prepareCodReport({
    orders: await parseOrders(orders.input, { platform: "guanwang", fileName: orders.fileName }),
    wms: wms ? await parseWms(wms.input, { fileName: wms.fileName }) : undefined,
    date,
    fileName,
  });
  return { bytes: await reportBytes(report), fileName, summary: report.summary };
}

export async function reportBytes(report: CodReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeReportSheets(workbook, report);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
