import {
  afterSalesExport,
  buildSheet,
  type FakeAfterSale,
  type FakeOrder,
  type FakePlatform,
  type FakeSheet,
  fakeOrders,
  guanwangExport,
  pinduoduoExport,
  profiledExport,
  type TrapOptions,
  wanliniuDetailExport,
  wmsExport,
} from "@syt/fake-exports";
import { Order } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import {
  HeaderNotFoundError,
  listAdapters,
  parseAfterSales,
  parseOrders,
  parseOutOfStock,
  parseWms,
  recogniseExport,
  tableFromValues,
} from "../src/index";
import { ALL_TRAPS, expectAccountingAddsUp, type Format, inForm } from "./helpers";

interface AdapterCase {
  adapter: string;
  platform: FakePlatform;
  make: (orders: FakeOrder[], traps: TrapOptions) => FakeSheet;
  /** Lines the export carries per order (拼多多 exports one SKU per order). */
  lines: (order: FakeOrder) => number;
  /** Header of the order-number column. */
  idHeader: string;
}

const allLines = (order: FakeOrder) => order.lines.length;

/** Every adapter must pass this suite; a new adapter adds its case here. */
const CASES: AdapterCase[] = [
  { adapter: "guanwang", platform: "guanwang", make: guanwangExport, lines: allLines, idHeader: "订单号" },
  {
    adapter: "pinduoduo",
    platform: "pinduoduo",
    make: (orders, traps) => pinduoduoExport(orders, { ...traps, layout: "current" }),
    lines: () => 1,
    idHeader: "订单号",
  },
  // 万里牛 in the layout the public evidence shows (订单明细: 原订单号, 系统单号, fake-`Z` times); its
  // older assumed layout is read by the same adapter (wanliniu.test.ts).
  {
    adapter: "wanliniu",
    platform: "guanwang",
    make: wanliniuDetailExport,
    lines: allLines,
    idHeader: "原订单号",
  },
  ...(["pingan", "yaofangwang", "suning", "xywy", "jiage315"] as const).map((platform) => ({
    adapter: `profile:${platform}`,
    platform,
    make: (orders: FakeOrder[], traps: TrapOptions) => profiledExport(platform, orders, traps),
    lines: allLines,
    idHeader: profiledExport(platform, []).rows[0]?.[0] as string,
  })),
];

const CONTRACT_FORMATS: Format[] = ["xlsx", "csv-gbk", "values"];

const summary = (orders: { orderNo: string; lines: number; total?: number }[]) =>
  [...orders].sort((a, b) => a.orderNo.localeCompare(b.orderNo));

it("covers every registered adapter", () => {
  expect(CASES.map((c) => c.adapter).sort()).toEqual(
    listAdapters()
      .map((a) => a.id)
      .sort(),
  );
});

describe.each(CASES)("adapter contract: $adapter", (testCase) => {
  const truth = fakeOrders({ seed: 31, count: 12, platform: testCase.platform });
  const expected = summary(
    truth.map((o) => ({ orderNo: o.orderNo, lines: testCase.lines(o), total: o.totalFen })),
  );

  it.each(CONTRACT_FORMATS)(
    "is detected and reads the same orders, every row accounted for (%s)",
    async (format) => {
      const sheet = testCase.make(truth, ALL_TRAPS);
      const { input, fileName } = await inForm(sheet, format);
      const result = await parseOrders(input, { fileName });
      expect(result.recognition).toMatchObject({ kind: "orders", adapter: testCase.adapter });
      expect(result.meta).toMatchObject({
        adapter: testCase.adapter,
        detectedBy: "signature",
        headerRow: sheet.headerRow,
      });
      expect(
        summary(
          result.orders.map((o) => ({ orderNo: o.orderNo, lines: o.lines.length, total: o.amounts.total })),
        ),
      ).toEqual(expected);
      expectAccountingAddsUp(result.meta);
      expect(result.meta.accounting.used).toBe(sheet.dataRows.length);
      expect(result.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
        "destroyed-id",
      ]);
      for (const order of result.orders) {
        expect(Order.safeParse(order).success).toBe(true);
        expect(order.sourceRows.every((row) => sheet.dataRows.includes(row))).toBe(true);
      }
    },
  );

  it("gives the same result when the platform is named instead of detected", async () => {
    const rows = testCase.make(truth, {}).rows;
    const detected = await parseOrders(rows);
    const named = await parseOrders(rows, { platform: testCase.adapter });
    expect(named.meta.detectedBy).toBe("override");
    expect(named.orders).toEqual(detected.orders);
  });

  it("names the missing order-number column when it is absent", async () => {
    const rows = testCase.make(truth, {}).rows;
    const index = rows[0]?.indexOf(testCase.idHeader) ?? -1;
    const without = rows.map((row) => row.filter((_, i) => i !== index));
    const error = await parseOrders(without, { platform: testCase.adapter }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeaderNotFoundError);
    expect((error as HeaderNotFoundError).missing).toContain(testCase.idHeader);
  });
});

/**
 * The lists that are not orders (售后单, 缺货) and the WMS export: each recognised as its kind by
 * `recogniseExport`, read by its adapter with every row accounted for. A new kind adds its case here.
 */
interface ListCase {
  kind: "wms" | "after-sales" | "out-of-stock";
  adapter: string;
  make: (traps: TrapOptions) => { sheet: FakeSheet<unknown>; expectedUsed: number };
  parse: (input: Uint8Array | unknown[][], fileName?: string) => Promise<{ meta: ParseMeta; count: number }>;
}

type ParseMeta = Awaited<ReturnType<typeof parseWms>>["meta"];

const listTruth = fakeOrders({ seed: 41, count: 10, platform: "pinduoduo" });
const afterSales: FakeAfterSale[] = listTruth.map((order, i) => ({
  order,
  platform: "上元堂拼多多店",
  ticketNo: `SH2026112500${String(i).padStart(3, "0")}`,
  type: i % 2 === 0 ? "仅退款" : "退货退款",
  state: "待商家处理",
  appliedAt: new Date(Date.UTC(2026, 10, 24, i)),
}));
const skus = ["SKU-A1", "SKU-B2", "SKU-C3", "SKU-D4"];

const LIST_CASES: ListCase[] = [
  {
    kind: "wms",
    adapter: "wms",
    make: (traps) => {
      const sheet = wmsExport(listTruth, traps) as FakeSheet<unknown>;
      return { sheet, expectedUsed: sheet.dataRows.length };
    },
    parse: async (input, fileName) => {
      const result = await parseWms(input, { fileName });
      return { meta: result.meta, count: result.shipments.length };
    },
  },
  {
    kind: "after-sales",
    adapter: "after-sales",
    make: (traps) => {
      const sheet = afterSalesExport(afterSales, traps) as FakeSheet<unknown>;
      return { sheet, expectedUsed: sheet.dataRows.length };
    },
    parse: async (input, fileName) => {
      const result = await parseAfterSales(input, { fileName });
      return { meta: result.meta, count: result.tickets.length };
    },
  },
  {
    kind: "out-of-stock",
    adapter: "out-of-stock",
    make: (traps) => {
      const sheet = buildSheet(
        "缺货清单",
        [
          { header: "缺货商家编码", value: (sku: string) => sku, id: true },
          { header: "商品名称", value: (sku: string) => `商品${sku}` },
        ],
        skus,
        { ...traps, destroyedIds: 0 },
      ) as FakeSheet<unknown>;
      return { sheet, expectedUsed: sheet.dataRows.length };
    },
    parse: async (input, fileName) => {
      const result = await parseOutOfStock(input, { fileName });
      return { meta: result.meta, count: result.items.length };
    },
  },
];

describe.each(LIST_CASES)("list contract: $kind", (testCase) => {
  it.each(CONTRACT_FORMATS)("is recognised and read, every row accounted for (%s)", async (format) => {
    const { sheet, expectedUsed } = testCase.make(ALL_TRAPS);
    const { input, fileName } = await inForm(sheet, format);
    const values = Array.isArray(input) ? input : undefined;
    if (values) {
      expect(recogniseExport(tableFromValues(values))).toMatchObject({
        kind: testCase.kind,
        adapter: testCase.adapter,
        headerRow: sheet.headerRow,
      });
    }
    const { meta, count } = await testCase.parse(input, fileName);
    expectAccountingAddsUp(meta);
    expect(meta.headerRow).toBe(sheet.headerRow);
    // Counted apart from the adapter: the rows the generator wrote as data, every one used.
    expect(meta.accounting.used).toBe(expectedUsed);
    expect(count).toBe(expectedUsed);
    expect(meta.accounting.dataRows).toBe(sheet.rows.length - 1);
  });
});
