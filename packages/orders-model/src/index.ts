export {
  cleanCell,
  excelGeneralText,
  isDate,
  isDestroyedId,
  normalizeOrderNumber,
  toHalfWidth,
} from "./cells";
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
export { InvalidConfigError, isModelError, ModelError } from "./errors";
export { describeInput, formatModelCodeZh, ModelCode } from "./messages";
export { Fen, formatFen, MoneyIssueCode, type MoneyResult, MoneyText, parseMoney } from "./money";
export { Amounts, Logistics, Order, OrderLine, Receiver } from "./order";
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
  ORDER_STATE_NAMES,
  OrderState,
  OrderStatus,
  PAY_STATE_NAMES,
  type ParsedStatus,
  PayState,
  parseEcshopStatus,
  parsePddStatus,
  SHIPPING_STATE_NAMES,
  ShippingState,
} from "./status";
export {
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
