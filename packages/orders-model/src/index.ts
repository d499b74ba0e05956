export { type AddressParts, splitAddress } from "./address";
export {
  AFTER_SALE_STATE_NAMES,
  AFTER_SALE_TYPE_WORDS,
  AFTER_SALE_WORDS,
  AfterSale,
  AfterSaleState,
  AfterSaleType,
  afterSaleTypeOf,
  isMerchantTurn,
  isOpenAfterSale,
  PDD_AFTER_SALE_WORDS,
  parseAfterSale,
  WANLINIU_AFTER_SALE_WORDS,
} from "./after-sale";
export {
  type CellTyping,
  cleanCell,
  excelGeneralText,
  idDamage,
  isBlankText,
  isDate,
  isDestroyedId,
  normalizeOrderNumber,
  splitOrderNumbers,
  toHalfWidth,
} from "./cells";
export { type CodedErrorKind, isCodedError } from "./coded-error";
export {
  COURIERS,
  Courier,
  type CourierInfo,
  checkWaybill,
  courierFromText,
  guessCourier,
  splitWaybills,
  type WaybillCheck,
  WaybillWarning,
} from "./couriers";
export {
  type CreditCodeCheck,
  CreditCodeKind,
  CreditCodeWarning,
  checkCreditCode,
} from "./credit-code";
export {
  isModelConfigError,
  isModelError,
  MODEL_ERROR_CODES,
  ModelConfigError,
  ModelError,
  type ModelErrorCode,
} from "./errors";
export { type Group, groupBy } from "./groups";
export {
  cutShort,
  DESTROYED_ID_FIX_ZH,
  DESTROYED_ID_ZH,
  describeInput,
  EXPORT_SHEET_NAMES_ZH,
  formatModelCodeZh,
  ModelCode,
  rowListZh,
  SEVERITY_ZH,
} from "./messages";
export { Fen, formatFen, MoneyIssueCode, type MoneyResult, MoneyText, parseMoney } from "./money";
export { Amounts, Logistics, Order, OrderLine, OrderRx, orderNumbersOf, Receiver, RxReview } from "./order";
export {
  DEFAULT_ORDER_NUMBER_CONFIG,
  OrderNumberConfig,
  OrderNumberKind,
  orderNumberKind,
} from "./order-number";
export { PaymentCode, PaymentMethod, parsePaymentMethod } from "./payment";
export { maskPhone, maskPhonesInText, type ParsedPhone, PhoneKind, PhoneText, parsePhone } from "./phone";
export { type Named, PLATFORMS, PlatformId, SYSTEMS, SystemId } from "./platforms";
export { isPrescriptionText, isTcmText } from "./products";
export {
  ECSHOP_LIST_STATE_NAMES,
  ECSHOP_LIST_STATE_PARTS,
  ECSHOP_LIST_WORDS,
  EcshopListState,
  normalizeStatusText,
  ORDER_STATE_NAMES,
  OrderState,
  OrderStatus,
  PAY_STATE_NAMES,
  type ParsedStatus,
  PayState,
  PDD_STATUSES,
  parseEcshopStatus,
  parsePddStatus,
  SHIPPING_STATE_NAMES,
  ShippingState,
  StatusParts,
  WordMeaning,
} from "./status";
export {
  BeijingTimeText,
  BUSINESS_TZ,
  businessDate,
  type DateCellOptions,
  dateToExcelSerial,
  ExcelSerial,
  excelSerialToDate,
  exportWindow,
  formatBusinessTime,
  fromBusinessWallClock,
  parseDateCell,
  toBusinessWallClock,
  type WallClock,
} from "./time";
export {
  parseWanliniuStatus,
  WANLINIU_ONLINE_STATUSES,
  WANLINIU_STATUSES,
  WANLINIU_SYSTEM_STATUSES,
} from "./wanliniu-status";
export {
  isOnStageLine,
  isPastAllocation,
  type ParsedWmsStage,
  parseWmsStage,
  stageRank,
  WMS_STAGE_LINE,
  WMS_STAGE_NAMES,
  WMS_STAGE_WORDS,
  WMS_STAGES_APART,
  WmsStage,
} from "./wms-stage";
