export {
  type AnalysedCodReport,
  analyseCodReport,
  type BuildCodReportOptions,
  type BuiltCodReport,
  buildCodReport,
  type ReportInput,
} from "./build";
export { type CodReport, type PrepareOptions, prepareCodReport } from "./compute";
export { COD_REPORT_ERROR_CODES, CodReportError, type CodReportErrorCode, isCodReportError } from "./errors";
export { RecognisedInput, recognisedInput, requireGuanwangExport } from "./export-kind";
export {
  DEFAULT_NAME_FORMAT,
  parseReportDate,
  REPORT_NAME_PREFIX,
  reportFileName,
  resolveReportName,
} from "./file-name";
export {
  amountUnmapped,
  collectFindings,
  DEFAULT_MAX_PLAUSIBLE_FEN,
  exportWindow,
  FINDING_RULES,
  type FindingContext,
  type FindingRule,
  isImplausibleAmount,
  isPendingCod,
  type KeptOrder,
  nothingKept,
} from "./findings";
export { countProblems, findingGroupKey, groupFindings, wholeExportProblems } from "./groups";
export { requireNotSwapped, requireTwoFiles } from "./input-pair";
export { isCashOnDelivery, isPreparing, SELECTION_RULES, type SelectionRule } from "./selection";
export { COURIER_HEADERS, WAYBILL_HEADERS } from "./sheet";
export type { FindingSources, SourceRow } from "./source-rows";
export {
  CodSummary,
  ExclusionReason,
  Finding,
  FindingCode,
  FindingGroup,
  type FindingOf,
  type FindingParams,
} from "./summary";
export { placedDay, placedRange, type ReportWindow, reportWindow } from "./window";
export { CHECK_SHEET_NAME, ORDERS_SHEET_NAME, reportBytes, reportSheets } from "./write-sheets";
export {
  blockingGroups,
  formatCodErrorZh,
  formatExclusionsZh,
  formatFindingLineZh,
  formatFindingZh,
  formatGroupOrdersZh,
  formatGroupsZh,
  formatGroupZh,
  formatPlacedZh,
  formatProblemCountZh,
  formatSummaryZh,
  formatVerdictZh,
  SELECTION_ZH,
  SEVERITY_ZH,
  SHEET_NAMES_ZH,
} from "./zh";
