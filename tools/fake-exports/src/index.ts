// How Excel shows a long number; the model owns it, re-exported for the tests that simulate a paste.
export { excelGeneralText } from "@syt/orders-model";
export {
  afterSalesExport,
  type FakeAfterSale,
  type FakeDayFile,
  type FakeDayOptions,
  fakeDay,
  mapColumn,
  shanghaiInstant,
  withColumns,
} from "./daily";
export {
  excelSerial,
  type GuanwangExportOptions,
  type GuanwangRow,
  guanwangExport,
  guanwangRows,
} from "./guanwang";
export { yuan } from "./money";
export {
  COURIERS,
  type FakeLine,
  type FakeLogistics,
  type FakeOrder,
  type FakeOrdersOptions,
  type FakePlatform,
  fakeOrders,
  fakeWaybill,
  shanghaiParts,
} from "./orders";
export {
  OWN_WORDS,
  type OwnWord,
  type OwnWordsDay,
  type OwnWordsDayOptions,
  type OwnWordsOrder,
  type OwnWordsPlatform,
  ownWordsDay,
  PDD_AFTER_SALE_TURNS,
  type RefundTurn,
} from "./own-words";
export { type FakeAddress, type FakePerson, fakeAddress, fakeMobile, fakeName, fakePerson } from "./people";
export { type PinduoduoExportOptions, type PinduoduoRow, pinduoduoExport } from "./pinduoduo";
export { type FakeProduct, PRODUCTS, type ProductKind } from "./products";
export { type ProfiledPlatform, type ProfiledRow, profiledExport } from "./profiled";
export { createRandom, type Random } from "./random";
export {
  fakeZoneText,
  type MergedGroup,
  mergeGroups,
  type PddTemplateRow,
  pinduoduoTemplateExport,
  type RealDayFile,
  type RealDayOptions,
  type RealExportOptions,
  type RealLayout,
  realLayoutDay,
  type TitledWmsRow,
  textIdEndingInZero,
  titledWmsExport,
  type WanliniuDetailRow,
  WMS_TITLE_ROWS,
  wanliniuDetailExport,
  withTitleRows,
  type YaofangwangPageRow,
  yaofangwangPageExport,
} from "./real-layouts";
export {
  buildSheet,
  destroyedId,
  type FakeCell,
  type FakeColumn,
  type FakeSheet,
  type IdGuard,
  type TrapKind,
  type TrapOptions,
} from "./sheet";
export { TEXT_CELL_CASES, type TextCellCase } from "./text-cells";
export type { FakeStage, Scenario } from "./vocabulary";
export { WANLINIU_ONLINE_WORDS, WANLINIU_SYSTEM_WORDS } from "./vocabulary";
export { type WanliniuRow, wanliniuExport } from "./wanliniu";
export { type WmsExportOptions, type WmsRow, wmsExport } from "./wms";
export {
  type CsvEncoding,
  toCsv,
  toHtmlXls,
  toValues,
  toXlsx,
  type XlsxSheetInput,
  xlsxCell,
} from "./writers";
