export {
  CHECKLIST,
  type Checklist,
  type ChecklistInput,
  type ChecklistItem,
  checklist,
  type ExportNeed,
  type FileIssueGroup,
  type FileStatus,
  type ItemResult,
  type ItemState,
  ItemStates,
  isFresh,
  type StateReason,
} from "./checklist";
export { addDays, atShanghai, endOfDay } from "./clock";
export {
  type ConfigCheck,
  type ConfigProblem,
  checkConfig,
  DailyConfig,
  DailyConfigError,
  type DailyConfigInput,
  DEFAULT_CONFIG,
  isDailyConfigError,
  resolveConfig,
} from "./config";
export {
  type AfterSaleRow,
  type AfterSalesExport,
  type DayExport,
  type ExportKind,
  exportKindOf,
  type OrdersExport,
  type OutOfStockExport,
  type OutOfStockItem,
  parseSkuList,
  platformOfText,
  readDayExport,
  type TimeWindow,
  type WmsExport,
} from "./exports";
export { Finding, type FindingCode, type FindingGroup, type FindingOf, RULE_OF, RuleId } from "./findings";
export { findingGroupKey, groupFindings } from "./groups";
export {
  compareSpecs,
  isRxLine,
  isTcmLine,
  type NormalSpec,
  normalizeSpec,
  RULES,
  type Rule,
  type RuleContext,
} from "./rules/index";
export { checklistBytes, reportFileName, TODO_SHEET_NAME } from "./sheets";
export {
  formatChecklistZh,
  formatConfigProblemZh,
  formatFileIssueGroupZh,
  formatFindingZh,
  formatGroupZh,
  formatItemLineZh,
  formatVerdictZh,
  needZh,
  RULE_ZH,
  STATE_ZH,
  timeLeftZh,
} from "./zh";
