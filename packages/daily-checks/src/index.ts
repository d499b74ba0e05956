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
  DayEntry,
  DayFileProblem,
  type DayFileProblemCode,
  type DayProblemGroup,
  type DayRead,
  type DaySheet,
  DuplicateHow,
  dayExports,
  extensionOf,
  groupDayProblems,
  isCopyName,
  type ReadDayOptions,
  type Recognised,
  readDay,
  recogniseDaySheet,
  SkipReason,
  skipOf,
} from "./day-files";
export {
  type AfterSaleRow,
  type AfterSalesExport,
  type DayExport,
  type ExportKind,
  exportKindOf,
  type OrderExtras,
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
export { LooksLike, looksLikeOf } from "./looks-like";
export { DAILY_PROFILES } from "./profiles/index";
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
  DAY_PROBLEM_ZH,
  formatChecklistZh,
  formatConfigProblemZh,
  formatDayProblemGroupZh,
  formatDayProblemZh,
  formatFileIssueGroupZh,
  formatFindingZh,
  formatGroupZh,
  formatItemLineZh,
  formatVerdictZh,
  LOOKS_LIKE_ZH,
  needZh,
  RULE_ZH,
  STATE_ZH,
  timeLeftZh,
} from "./zh";
