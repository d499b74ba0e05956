import {
  type OrdersResult,
  parseOrders,
  parseWms,
  readTable,
  recogniseExport,
  type Table,
  tableFromValues,
  type WmsResult,
} from "@syt/platform-adapters";
import { type CodReport, prepareCodReport } from "./compute";
import { type RecognisedInput, recognisedInput, requireGuanwangExport } from "./export-kind";
import { resolveReportName } from "./file-name";
import { explainSwap, requireTwoFiles } from "./input-pair";
import { isInReport } from "./selection";
import { type FindingSources, findingSources } from "./source-rows";
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
  /** An operator's mapping profiles (what `--profiles DIR` loads): one for 官网 is tried before its built-in layout. */
  profiles?: readonly unknown[];
}

export interface BuiltCodReport {
  bytes: Uint8Array;
  fileName: string;
  summary: CodSummary;
}

/** `label`: what the operator calls the input (the file's name, or the sheet a taskpane read). */
type ParsedInput = { input: Uint8Array | Table; fileName?: string; label?: string };

function toParseInput(input: ReportInput): ParsedInput {
  if ("values" in input)
    return { input: tableFromValues(input.values, { sheetName: input.sheetName }), label: input.sheetName };
  return { input: input.bytes, fileName: input.fileName, label: input.fileName };
}

export interface AnalysedCodReport {
  report: CodReport;
  fileName: string;
  summary: CodSummary;
  /** What the recogniser said the orders export is (the 官网's, in its layout), as a refusal would say it. */
  ordersExport?: RecognisedInput;
  /** Each finding's row and order, from the exports as read here (the taskpane's 写消息 on a finding). */
  sources: FindingSources;
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
  if (wms && orders.input instanceof Uint8Array && wms.input instanceof Uint8Array)
    requireTwoFiles(orders.input, wms.input, orders.fileName ?? "");
  let parsed: { orders: OrdersResult; wms: WmsResult | undefined };
  try {
    // The details of the report's orders only, as the CLI reads them: the same findings from both.
    // The platform is detected, not assumed, so that another platform's export is refused by name.
    const parsedOrders = await parseOrders(orders.input, {
      fileName: orders.fileName,
      keepDetailsOf: isInReport,
      ...(options.profiles ? { profiles: options.profiles } : {}),
    });
    const parsedWms = wms ? await readWms(wms, options.profiles) : undefined;
    requireGuanwangExport(parsedOrders.meta, parsedOrders.recognition);
    parsed = { orders: parsedOrders, wms: parsedWms };
  } catch (error) {
    if (wms)
      await explainSwap(
        { fileName: orders.label ?? "订单导出", table: () => toTable(orders) },
        { fileName: wms.label ?? "WMS 导出", table: () => toTable(wms) },
      );
    throw error;
  }
  const report = prepareCodReport({ orders: parsed.orders, wms: parsed.wms, date, fileName });
  const { recognition } = parsed.orders;
  return {
    report,
    fileName,
    summary: report.summary,
    sources: findingSources(
      { table: parsed.orders.table, headerRow: parsed.orders.meta.headerRow, orders: parsed.orders.orders },
      parsed.wms && {
        table: parsed.wms.table,
        headerRow: parsed.wms.meta.headerRow,
        shipments: parsed.wms.shipments,
      },
    ),
    ...(recognition ? { ordersExport: recognisedInput(recognition) } : {}),
  };
}

/** The WMS export, by the layout an operator's WMS profile gives (`"kind": "wms"`) or the built-in one. */
async function readWms(wms: ParsedInput, profiles?: readonly unknown[]): Promise<WmsResult> {
  const table = await toTable(wms);
  const { fields } = profiles ? recogniseExport(table, { fileName: wms.fileName, profiles }) : {};
  return parseWms(table, { fileName: wms.fileName, ...(fields ? { fields } : {}) });
}

const toTable = (input: ParsedInput): Promise<Table> =>
  input.input instanceof Uint8Array
    ? readTable(input.input, input.fileName ? { fileName: input.fileName } : {})
    : Promise.resolve(input.input);

/** Host-free: the CLI and the Excel taskpane run exactly this (the taskpane in its two steps). */
export async function buildCodReport(options: BuildCodReportOptions): Promise<BuiltCodReport> {
  const { report, fileName, summary } = await analyseCodReport(options);
  return { bytes: await reportBytes(report), fileName, summary };
}
