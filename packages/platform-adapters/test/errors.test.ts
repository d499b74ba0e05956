import { runInNewContext } from "node:vm";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  ADAPTER_ERROR_CODES,
  ADAPTER_ERROR_NAMES,
  type AdapterError,
  type AdapterErrorOf,
  DamagedWorkbookError,
  EncryptedWorkbookError,
  HeaderNotFoundError,
  InputTooLargeError,
  InvalidProfileError,
  isAdapterError,
  isDamagedWorkbookError,
  isEncryptedWorkbookError,
  isHeaderNotFoundError,
  isInputTooLargeError,
  isInvalidProfileError,
  isLegacyXlsError,
  isMalformedCsvError,
  isNotSpreadsheetError,
  isSheetNotFoundError,
  isUnknownPlatformError,
  isUnrecognisedExportError,
  isUnsupportedFormatError,
  LegacyXlsError,
  MalformedCsvError,
  NotSpreadsheetError,
  parseOrders,
  SheetNotFoundError,
  UnknownPlatformError,
  UnrecognisedExportError,
  UnsupportedFormatError,
} from "../src/index";

const guanwangRows = [
  ["订单号", "订单处理状态", "订单支付方式"],
  ["GW2026112500012", "配货中", "货到付款"],
];

const classes: { error: AdapterError; guard: (value: unknown) => boolean }[] = [
  { error: new NotSpreadsheetError("pdf", "orders.pdf"), guard: isNotSpreadsheetError },
  { error: new EncryptedWorkbookError("orders.xlsx"), guard: isEncryptedWorkbookError },
  { error: new LegacyXlsError("orders.xls"), guard: isLegacyXlsError },
  { error: new HeaderNotFoundError("guanwang", ["订单号"]), guard: isHeaderNotFoundError },
  { error: new InputTooLargeError("rows", 300_001, 300_000), guard: isInputTooLargeError },
  { error: new SheetNotFoundError("订单", ["Sheet1"]), guard: isSheetNotFoundError },
  { error: new InvalidProfileError([]), guard: isInvalidProfileError },
  { error: new MalformedCsvError("unclosed_quote", { row: 3, line: 3 }), guard: isMalformedCsvError },
  { error: new UnknownPlatformError("taobao", ["guanwang"]), guard: isUnknownPlatformError },
  {
    error: new DamagedWorkbookError("truncated_xml", "xl/worksheets/sheet1.xml"),
    guard: isDamagedWorkbookError,
  },
  { error: new UnsupportedFormatError("ods", "orders.ods"), guard: isUnsupportedFormatError },
  {
    error: new UnrecognisedExportError(
      {
        kind: "unknown",
        adapter: "unknown",
        name: "未识别",
        layout: "未识别",
        confidence: "low",
        why: [{ code: "no-header" }],
      },
      "orders",
      "账单.xlsx",
    ),
    guard: isUnrecognisedExportError,
  },
];

describe("every adapter error has a literal name, a code and one guard", () => {
  test("the table covers every code", () => {
    expect(classes.map(({ error }) => error.code).sort()).toEqual([...ADAPTER_ERROR_CODES].sort());
  });

  test.each(classes)("$error.name", ({ error, guard }) => {
    expect(error.name).toBe(ADAPTER_ERROR_NAMES[error.code]);
    expect(error.name).toBe(error.constructor.name);
    expect(guard(error)).toBe(true);
    expect(isAdapterError(error)).toBe(true);
    const others = classes.filter((other) => other.guard !== guard);
    expect(others.filter((other) => other.guard(error))).toEqual([]);
  });

  test.each(classes)("$error.name is recognised from another realm by name and code", ({ error, guard }) => {
    const foreign: unknown = runInNewContext("Object.assign(new Error(message), { name, code })", {
      message: error.message,
      name: error.name,
      code: error.code,
    });
    expect(foreign instanceof Error).toBe(false);
    expect(guard(foreign)).toBe(true);
    expect(isAdapterError(foreign)).toBe(true);
    expect(guard({ name: error.name, code: error.code, message: error.message })).toBe(true);
  });
});

describe("guards answer only for this package's errors", () => {
  test.each([
    { description: "templates' config error", value: { name: "InvalidConfigError", code: "invalid-config" } },
    { description: "the model's config error", value: { name: "ModelConfigError", code: "config-invalid" } },
    { description: "a foreign error that shares a code", value: { name: "Error", code: "legacy-xls" } },
    { description: "a name without a code", value: { name: "LegacyXlsError" } },
    // The base is never thrown: what the guard answers for always has its class's fields for the words.
    { description: "the base class's name with a code", value: { name: "AdapterError", code: "legacy-xls" } },
    { description: "a plain Error", value: new Error("legacy-xls") },
    { description: "null", value: null },
  ])("$description", ({ value }) => {
    expect(isAdapterError(value)).toBe(false);
    expect(classes.filter(({ guard }) => guard(value))).toEqual([]);
  });
});

describe("an unknown platform", () => {
  test("is a coded error naming the id given and the ids known", async () => {
    const failure = parseOrders(guanwangRows, { platform: "taobao" });
    await expect(failure).rejects.toThrowErrorMatchingInlineSnapshot(
      `[UnknownPlatformError: Unknown platform taobao; known: guanwang, pinduoduo, pingan, yaofangwang, suning, xywy, jiage315, wanliniu, profile:pingan, profile:yaofangwang, profile:suning, profile:xywy, profile:jiage315]`,
    );
    const error = await failure.catch((caught: unknown) => caught);
    expect(isUnknownPlatformError(error)).toBe(true);
    expect(error).toMatchObject({ code: "unknown-platform", platform: "taobao" });
    expect((error as UnknownPlatformError).known).toEqual(
      expect.arrayContaining(["guanwang", "pinduoduo", "suning", "wanliniu", "profile:suning"]),
    );
  });

  test("a known platform id still parses", async () => {
    const { orders } = await parseOrders(guanwangRows, { platform: "guanwang" });
    expect(orders.map((order) => order.orderNo)).toEqual(["GW2026112500012"]);
  });
});

describe("the union of adapter errors", () => {
  test("a guarded error narrows by its code to its class, whose fields the words read", () => {
    const thrown: unknown = new MalformedCsvError("extra_cells", {
      row: 7,
      line: 9,
      count: 2,
      fileName: "订单.csv",
    });
    expect(isAdapterError(thrown)).toBe(true);
    if (!isAdapterError(thrown) || thrown.code !== "malformed-csv") throw new Error("not narrowed");
    expectTypeOf(thrown).toEqualTypeOf<MalformedCsvError>();
    expectTypeOf<AdapterErrorOf<"legacy-xls">>().toEqualTypeOf<LegacyXlsError>();
    expect([thrown.row, thrown.line, thrown.count]).toEqual([7, 9, 2]);
  });
});
