import { describe, expectTypeOf, test } from "vitest";
import type { z } from "zod";
import {
  type Courier,
  type CreditCodeCheck,
  checkCreditCode,
  checkWaybill,
  courierFromText,
  type ExcelSerial,
  type Fen,
  formatFen,
  isModelError,
  type Logistics,
  type ModelConfigError,
  type ModelError,
  type MoneyResult,
  MoneyText,
  type Order,
  type OrderLine,
  type OrderNumberKind,
  type Order as OrderSchema,
  type Order as OrderSchemaType,
  orderNumberKind,
  type PaymentMethod,
  type PhoneKind,
  type PhoneText,
  PLATFORMS,
  type PlatformId,
  parseDateCell,
  parseEcshopStatus,
  parseMoney,
  parsePhone,
  SHIPPING_STATE_NAMES,
  type ShippingState,
  splitWaybills,
} from "./index";

describe("types derived from the schemas", () => {
  test("Order is the schema's output type", () => {
    expectTypeOf<Order>().toEqualTypeOf<z.infer<typeof OrderSchema>>();
    expectTypeOf<OrderSchemaType["platform"]>().toEqualTypeOf<PlatformId>();
    expectTypeOf<Order["placedAt"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<Order["sourceRows"]>().toEqualTypeOf<number[]>();
    expectTypeOf<Order["payment"]>().toEqualTypeOf<PaymentMethod>();
    expectTypeOf<Order["logistics"]>().toEqualTypeOf<Logistics>();
  });

  test("enums are unions of stable English codes", () => {
    expectTypeOf<PlatformId>().toEqualTypeOf<
      "guanwang" | "pinduoduo" | "pingan" | "yaofangwang" | "suning" | "xywy" | "jiage315"
    >();
    expectTypeOf<Courier>().toEqualTypeOf<
      "zto" | "sto" | "yto" | "yunda" | "sf" | "ems" | "jd" | "jt" | "other"
    >();
    expectTypeOf<ShippingState>().toEqualTypeOf<
      "unshipped" | "preparing" | "shipped" | "received" | "partially_shipped" | "shipping"
    >();
    expectTypeOf<OrderNumberKind>().toEqualTypeOf<
      "guanwang-gw" | "ecshop" | "pinduoduo" | "wanliniu-xd" | "unknown"
    >();
  });

  test("money amounts are plain numbers of fen", () => {
    expectTypeOf<Fen>().toEqualTypeOf<number>();
    expectTypeOf<OrderLine["unitPriceFen"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Order["amounts"]["total"]>().toEqualTypeOf<number | undefined>();
  });

  test("display-name records are complete and keyed by id", () => {
    expectTypeOf(PLATFORMS.pinduoduo.id).toEqualTypeOf<"pinduoduo">();
    expectTypeOf(PLATFORMS).toHaveProperty("jiage315");
    expectTypeOf(SHIPPING_STATE_NAMES.preparing).toBeString();
  });
});

describe("codecs", () => {
  test("decode from the cell type, encode back to it", () => {
    expectTypeOf<z.input<typeof MoneyText>>().toEqualTypeOf<string>();
    expectTypeOf<z.output<typeof MoneyText>>().toEqualTypeOf<number>();
    expectTypeOf<z.input<typeof ExcelSerial>>().toEqualTypeOf<number>();
    expectTypeOf<z.output<typeof ExcelSerial>>().toEqualTypeOf<Date>();
    expectTypeOf<z.output<typeof PhoneText>>().toEqualTypeOf<string>();
    expectTypeOf(MoneyText.encode).parameter(0).toEqualTypeOf<number>();
  });

  test("the thrown error carries zod issues and a code", () => {
    expectTypeOf<ModelConfigError["code"]>().toEqualTypeOf<"config-invalid">();
    expectTypeOf<ModelConfigError["name"]>().toEqualTypeOf<"ModelConfigError">();
    expectTypeOf<ModelConfigError>().toExtend<ModelError>();
    expectTypeOf(isModelError).guards.toEqualTypeOf<ModelError>();
  });
});

describe("helpers", () => {
  test("parseMoney narrows on ok", () => {
    const result = parseMoney("¥12.50");
    expectTypeOf(result).toEqualTypeOf<MoneyResult>();
    if (result.ok) expectTypeOf(result.fen).toBeNumber();
    else expectTypeOf(result.code).toEqualTypeOf<"money-empty" | "money-invalid" | "money-out-of-range">();
    expectTypeOf(formatFen).returns.toBeString();
  });

  test("helpers accept any cell value", () => {
    expectTypeOf(parseMoney).parameter(0).toBeUnknown();
    expectTypeOf(parsePhone).parameter(0).toBeUnknown();
    expectTypeOf(splitWaybills).parameter(0).toBeUnknown();
    expectTypeOf(parseDateCell).parameter(0).toBeUnknown();
  });

  test("results carry codes as unions, not strings", () => {
    expectTypeOf(parsePhone("").kind).toEqualTypeOf<PhoneKind>();
    expectTypeOf(checkWaybill("").warnings).toEqualTypeOf<
      (
        | "waybill-empty"
        | "waybill-characters"
        | "waybill-not-digits"
        | "waybill-length"
        | "waybill-courier-mismatch"
      )[]
    >();
    expectTypeOf(checkCreditCode("")).toEqualTypeOf<CreditCodeCheck>();
    expectTypeOf(courierFromText("")).toEqualTypeOf<Courier | undefined>();
    expectTypeOf(orderNumberKind("")).toEqualTypeOf<OrderNumberKind>();
    expectTypeOf(parseDateCell("")).toEqualTypeOf<Date | undefined>();
    expectTypeOf(parseEcshopStatus("").shipping).toEqualTypeOf<ShippingState | undefined>();
  });

  test("orderNumberKind config is optional and partial", () => {
    expectTypeOf(orderNumberKind).toBeCallableWith("GW1");
    expectTypeOf(orderNumberKind).toBeCallableWith("GW1", { guanwangPrefixes: ["SYT"] });
    // @ts-expect-error prefixes are strings
    orderNumberKind("GW1", { guanwangPrefixes: [1] });
  });
});
