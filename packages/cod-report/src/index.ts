export {
  type BuildCodReportOptions,
  type BuiltCodReport,
  buildCodReport,
  type ReportInput,
} from "./build";
export { type CodReport, type PrepareOptions, prepareCodReport } from "./compute";
export { CodReportError, type CodReportErrorCode, isCodReportError } from "./errors";
export {
  DEFAULT_NAME_FORMAT,
  parseReportDate,
  REPORT_NAME_PREFIX,
  reportFileName,
  resolveReportName,
} from "./file-name";
export {
  collectFindings,
  FINDING_RULES,
  type FindingContext,
  type FindingRule,
  type KeptOrder,
} from "./findings";
export { isCashOnDelivery, isPreparing, SELECTION_RULES, type SelectionRule } from "./selection";
export { COURIER_HEADERS, WAYBILL_HEADERS } from "./sheet";
export { CodSummary, ExclusionReason, Finding, FindingCode } from "./summary";
export {
  CHECK_SHEET_NAME,
  ORDERS_SHEET_NAME,
  reportBytes,
  TEXT_FORMAT,
  writeReportSheets,
} from "./write-sheets";
export {
  formatCodErrorZh,
  formatExclusionsZh,
  formatFindingLineZh,
  formatFindingZh,
  formatSummaryZh,
} from "./zh";
