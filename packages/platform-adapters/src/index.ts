export { guanwang } from "./adapters/guanwang";
export { pinduoduo } from "./adapters/pinduoduo";
export { adapterById, detectAdapter, listAdapters } from "./adapters/registry";
export { type OrderAdapter, OrderField, type StatusParts, type StatusReading } from "./adapters/types";
export { wanliniu } from "./adapters/wanliniu";
export type { ErpReference } from "./assemble";
export * from "./errors/index";
export { type FieldAliases, type LocatedHeader, locateHeaderRow, normalizeHeader } from "./header";
export { knownHeaderNames, locateExportHeader } from "./header-names";
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
  formatErrorZh,
  formatIssueGroupZh,
  formatIssueTextZh,
  formatIssueZh,
  formatProfileProblemZh,
  formatSkipReasonZh,
  issueGroupKey,
} from "./messages-zh";
export { type OrdersResult, type ParseOrdersOptions, parseOrders } from "./parse-orders";
export { parseWms, shipmentOrderRefs, WMS_FIELDS, type WmsResult, WmsShipment } from "./parse-wms";
export { BUILTIN_PROFILES } from "./profiles/builtin";
export {
  adapterFromProfile,
  checkMappingProfile,
  MappingProfile,
  type MappingProfileInput,
  type ProfileCheck,
  type ProfileProblem,
} from "./profiles/schema";
export { detectEncoding } from "./read/decode";
export { excelCell } from "./read/excel-cell";
export { type ReadTableOptions, readTable } from "./read/index";
export { tableFromValues } from "./read/values";
export { fflateInflate, type Inflate, webInflate } from "./read/xlsx/index";
export { Cell, cellTypingOf, Table, TableRow } from "./table";
