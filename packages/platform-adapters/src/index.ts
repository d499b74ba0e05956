export {
  AFTER_SALE_FIELDS,
  AfterSaleField,
  type AfterSalesResult,
  AfterSaleTicket,
  type ParseAfterSalesOptions,
  parseAfterSales,
} from "./adapters/after-sales";
export { COMMON_FIELDS } from "./adapters/common-fields";
export { guanwang } from "./adapters/guanwang";
export {
  OUT_OF_STOCK_FIELDS,
  OutOfStockField,
  OutOfStockItem,
  type OutOfStockResult,
  parseOutOfStock,
} from "./adapters/out-of-stock";
export { pinduoduo } from "./adapters/pinduoduo";
export { adapterById, detectAdapter, listAdapters } from "./adapters/registry";
export { type OrderAdapter, OrderField, type StatusParts, type StatusReading } from "./adapters/types";
export { wanliniu } from "./adapters/wanliniu";
export {
  type ParseWmsOptions,
  parseWms,
  shipmentOrderRefs,
  WMS_FIELDS,
  WmsField,
  type WmsResult,
  WmsShipment,
} from "./adapters/wms";
export * from "./errors/index";
export { type FieldAliases, HEADER_SCAN_ROWS, normalizeHeader } from "./header";
export type { InputOptions, ParseInput } from "./input";
export {
  Accounting,
  IssueCode,
  type IssueOf,
  type IssueParams,
  ParseIssue,
  ParseMeta,
  SkipReason,
} from "./issues";
export { Limits, type LimitsInput, resolveLimits } from "./limits";
export {
  EVIDENCE_ZH,
  formatErrorZh,
  formatIssueGroupZh,
  formatIssueTextZh,
  formatIssueZh,
  formatProfileProblemZh,
  formatReadByZh,
  formatRecognitionZh,
  formatSkipReasonZh,
  issueGroupKey,
  LOOKS_LIKE_ZH,
} from "./messages-zh";
export type { ErpReference } from "./orders/assemble";
export { type OrdersResult, type ParseOrdersOptions, parseOrders } from "./orders/parse-orders";
export type { PlacedRange } from "./orders/placed-range";
export { BUILTIN_PROFILES } from "./profiles/builtin";
export {
  type DraftField,
  type DraftOptions,
  draftMapping,
  type FieldNeed,
  type MappingChoice,
  type MappingDraft,
  type MappingKind,
  type MappingPreview,
  type MappingProblem,
  type MappingResult,
  mappingFields,
  type PreviewRow,
  previewMapping,
  profileFromMapping,
  profileIdOf,
} from "./profiles/draft";
export {
  FIELD_LABELS_ZH,
  FIELD_NEED_ZH,
  fieldLabelZh,
  formatMappingProblemZh,
  MAPPING_KIND_ZH,
  mappingKindZh,
} from "./profiles/mapping-zh";
export {
  adapterFromProfile,
  checkMappingProfile,
  ListProfile,
  MappingProfile,
  type MappingProfileInput,
  type OperatorProfile,
  type ProfileCheck,
  type ProfileProblem,
} from "./profiles/schema";
export { detectEncoding } from "./read/decode";
export { excelCell } from "./read/excel-cell";
export { type ReadTableOptions, readTable } from "./read/index";
export { tableFromValues } from "./read/values";
export { type Crc32, fflateInflate, type Inflate, jsCrc32, webInflate } from "./read/xlsx/index";
export {
  Confidence,
  ExportKind,
  LooksLike,
  type RecogniseOptions,
  type Recognition,
  RecognitionWhy,
  recogniseExport,
} from "./recognise";
export { orderColumnsOf } from "./row-columns";
export { platformOfText, SHOP_WORDS } from "./shops";
export { Cell, cellTypingOf, Table, TableRow } from "./table";
