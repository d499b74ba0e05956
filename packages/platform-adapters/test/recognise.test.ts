import { describe, expect, it } from "vitest";
import {
  formatRecognitionZh,
  isUnrecognisedExportError,
  parseAfterSales,
  parseOrders,
  parseOutOfStock,
  type Recognition,
  recogniseExport,
  tableFromValues,
} from "../src/index";

const table = (rows: unknown[][]) => tableFromValues(rows);

// Header lists from DOMAIN.md "Real export layouts" (names only; the values are fake).
const WANLINIU_REAL = [
  "店铺名称",
  "订单号",
  "系统单号",
  "订单标记",
  "实付总计",
  "系统订单状态",
  "线上订单状态",
  "原订单号",
  "商品名称",
  "数量",
];
const PDD_TEMPLATE = [
  "商品",
  "订单号",
  "订单状态",
  "商品数量(件)",
  "是否审核中",
  "支付时间",
  "承诺发货时间",
  "商家编码-规格维度",
  "买家留言",
  "售后状态",
];
const PDD_AFTER_SALE = ["售后编号", "订单编号", "售后状态", "订单状态", "申请时间", "退款金额"];
const WANLINIU_AFTER_SALE = [
  "售后单号",
  "系统订单号",
  "线上订单号",
  "线上售后单号",
  "店铺",
  "买家",
  "售后类型",
  "状态",
  "创建时间",
];
const YFW_OWN = [
  "订单编号",
  "订购时间",
  "通用名",
  "国药准字",
  "规格",
  "价格",
  "数量",
  "订单总额",
  "是否需要审核处方",
  "状态",
];
const BILL = ["账务时间", "收支", "金额", "余额", "流水号", "备注"];

interface Case {
  description: string;
  rows: unknown[][];
  fileName?: string;
  expected: Partial<Omit<Recognition, "orderAdapter">>;
}

const CASES: Case[] = [
  {
    description: "官网 operators' export",
    rows: [["订单编号", "下单时间", "订单处理状态", "订单支付方式"]],
    expected: { kind: "orders", adapter: "guanwang", platform: "guanwang", confidence: "high", headerRow: 1 },
  },
  {
    description: "拼多多's ticked template export",
    rows: [PDD_TEMPLATE],
    expected: { kind: "orders", adapter: "pinduoduo", platform: "pinduoduo" },
  },
  {
    description: "万里牛 订单明细 with its real headers, below a two-cell title row",
    rows: [["导出人：测试员", "导出时间：2026-11-25 09:00"], WANLINIU_REAL],
    expected: { kind: "orders", adapter: "wanliniu", headerRow: 2 },
  },
  {
    description: "拼多多's 售后 export (售后编号 + 订单编号) is an after-sale list, not 官网",
    rows: [PDD_AFTER_SALE],
    expected: { kind: "after-sales", adapter: "after-sales", platform: "pinduoduo", confidence: "medium" },
  },
  {
    description: "万里牛's 售后单 (API labels)",
    rows: [WANLINIU_AFTER_SALE],
    expected: { kind: "after-sales", adapter: "after-sales", confidence: "low" },
  },
  {
    description: "药房网 with its own page labels is 药房网, never 官网",
    rows: [YFW_OWN],
    expected: { kind: "orders", adapter: "profile:yaofangwang", platform: "yaofangwang" },
  },
  {
    description: "the 315 export (its layout now lives with the adapters)",
    rows: [["订单号", "药店名称", "下单时间", "订单状态"]],
    expected: { kind: "orders", adapter: "profile:jiage315", platform: "jiage315" },
  },
  {
    description: "the WMS export",
    rows: [["外部单号", "物流公司", "物流单号", "分配状态", "创建时间"]],
    expected: { kind: "wms", adapter: "wms" },
  },
  {
    description: "a 缺货 list by its column",
    rows: [["缺货商家编码", "商品名称"]],
    expected: { kind: "out-of-stock" },
  },
  {
    description: "a 缺货 list by its name, with a plain SKU column",
    rows: [["商家编码", "商品名称"]],
    fileName: "缺货_1125.xlsx",
    expected: { kind: "out-of-stock" },
  },
  {
    description: "a 拼多多 资金流水 bill: unknown, and what it looks like",
    rows: [["拼多多资金流水", ""], BILL],
    fileName: "拼多多资金流水_20261125.xlsx",
    expected: {
      kind: "unknown",
      why: [{ code: "looks-like", what: "bill", columns: ["账务时间", "收支", "余额", "流水号"] }],
    },
  },
  {
    description: "order-like columns with nothing of 官网's own: unknown, no fallback",
    rows: [["订单号", "商品名称", "数量"]],
    expected: {
      kind: "unknown",
      why: [{ code: "no-known-columns", header: ["订单号", "商品名称", "数量"] }],
    },
  },
  {
    description: "no header at all",
    rows: [["只有一格"], [], ["还是一格"]],
    expected: { kind: "unknown", why: [{ code: "no-header" }] },
  },
];

describe("recogniseExport", () => {
  it.each(CASES)("$description", ({ rows, fileName, expected }) => {
    expect(recogniseExport(table(rows), { fileName })).toMatchObject(expected);
  });

  it("lets the headers win over a file name that names another platform, and says so", () => {
    const recognition = recogniseExport(table([PDD_TEMPLATE]), { fileName: "药房网订单_20261125.xlsx" });
    expect(recognition).toMatchObject({ kind: "orders", adapter: "pinduoduo" });
    expect(recognition.why).toContainEqual({
      code: "file-name-disagrees",
      fileNameSays: "yaofangwang",
      headersSay: "pinduoduo",
    });
    expect(formatRecognitionZh(recognition)).toContain("文件名像是药房网, 但表头是拼多多的, 按表头认");
  });

  it("adds no note when the file name agrees", () => {
    const recognition = recogniseExport(table([PDD_AFTER_SALE]), { fileName: "拼多多售后_20261125.xlsx" });
    expect(recognition.why.map((why) => why.code)).toEqual(["columns"]);
  });

  it("refuses an unknown sheet in parseOrders instead of reading it as 官网", async () => {
    const error = await parseOrders(table([BILL, ["2026-11-25", "收入", "10", "100", "LS1", ""]]), {
      fileName: "拼多多资金流水.xlsx",
    }).catch((caught: unknown) => caught);
    expect(isUnrecognisedExportError(error)).toBe(true);
    expect(error).toMatchObject({ expected: "orders", recognition: { kind: "unknown" } });
  });
});

describe("operator profiles", () => {
  // 药房网 renamed 订单编号 to 药房网单号: the built-in profile no longer finds it.
  const renamed = {
    id: "yaofangwang-2027",
    platform: "yaofangwang",
    name: "药房网",
    signature: ["药房网单号", "状态"],
    fields: { orderNo: ["药房网单号"], status: ["状态"], productName: ["药品名称"] },
    required: ["orderNo", "status"],
    status: { 待发货: { pay: "paid", shipping: "unshipped" } },
  };
  const rows = [
    ["药房网单号", "药品名称", "状态", "是否需要审核处方"],
    ["C7022815562130", "阿莫西林胶囊", "待发货", "是"],
  ];

  it("win over the built-in layout of their platform", async () => {
    expect(recogniseExport(table(rows)).kind).toBe("unknown");
    const recognition = recogniseExport(table(rows), { profiles: [renamed] });
    expect(recognition).toMatchObject({ kind: "orders", adapter: "profile:yaofangwang-2027" });
    expect(recognition.why[0]).toEqual({ code: "operator-profile", profile: "yaofangwang-2027" });
    const result = await parseOrders(table(rows), { profiles: [renamed] });
    expect(result.orders.map((o) => [o.orderNo, o.platform, o.rx?.flagged])).toEqual([
      ["C7022815562130", "yaofangwang", true],
    ]);
  });

  it("leave the built-in layouts behind them: a profile for one renamed export does not hide the usual one", () => {
    const usual = [
      ["药品名称", "订单编号", "订单状态", "是否需要审核处方"],
      ["阿莫西林胶囊", "C7022815562130", "待发货", "是"],
    ];
    expect(recogniseExport(table(usual)).kind).toBe("orders");
    const recognition = recogniseExport(table(usual), { profiles: [renamed] });
    expect(recognition).toMatchObject({ kind: "orders", platform: "yaofangwang" });
    expect(recognition.adapter).not.toBe("profile:yaofangwang-2027");
  });

  it("replace the built-in adapter a platform id names", async () => {
    const result = await parseOrders(table(rows), { platform: "yaofangwang", profiles: [renamed] });
    expect(result.meta.adapter).toBe("profile:yaofangwang-2027");
  });

  it("are validated, the field named", () => {
    expect(() =>
      recogniseExport(table(rows), { profiles: [{ ...renamed, fields: { orderNo: "药房网单号" } }] }),
    ).toThrowErrorMatchingInlineSnapshot(`[InvalidProfileError: Invalid mapping profile: invalid_type]`);
  });
});

describe("the columns the daily checks read, on every order adapter", () => {
  it("reads payment and promise times, Rx flag and review, 订单标记, 是否审核中 per order", async () => {
    const result = await parseOrders(
      table([
        PDD_TEMPLATE,
        [
          "布洛芬",
          "261125-000000000000001",
          "待发货",
          "1",
          "是",
          "2026-11-25 08:00:00",
          "2026-11-27 08:00:00",
          "SKU1",
          "尽快",
          "无售后或售后取消",
        ],
      ]),
    );
    const [order] = result.orders;
    expect(order).toMatchObject({
      // Text times are Shanghai wall-clock times.
      paidAt: new Date("2026-11-25T00:00:00Z"),
      promiseAt: new Date("2026-11-27T00:00:00Z"),
      underReview: true,
      buyerRemark: "尽快",
    });
    expect(result.meta.columns).toMatchObject({ paidAt: 5, promiseAt: 6, underReview: 4 });
  });

  it("takes the least advanced review of an order's lines, and the first flagged product", async () => {
    const result = await parseOrders(
      table([
        // 药品名称: the product column the 药房网 profile maps today (通用名 is another change's alias).
        YFW_OWN.map((h) => (h === "通用名" ? "药品名称" : h)).concat("处方审核"),
        ["C1", "2026-11-25 08:00", "维生素C", "国药准字H1", "1", "1", "1", "1", "否", "待发货", ""],
        ["C1", "2026-11-25 08:00", "阿莫西林", "国药准字H2", "1", "1", "1", "1", "是", "待发货", "已审核"],
        ["C1", "2026-11-25 08:00", "头孢", "国药准字H3", "1", "1", "1", "1", "是", "待发货", "待审核"],
      ]),
    );
    expect(result.orders.map((o) => o.rx)).toEqual([
      { flagged: true, product: "阿莫西林", review: "pending" },
    ]);
  });
});

describe("list ledgers", () => {
  it("accounts for every row of a 售后单 list: no order number is an issue, 合计 a skip", async () => {
    const rows = [
      PDD_AFTER_SALE,
      ["SH1", "261125-000000000000001", "待商家处理", "未发货", "2026-11-25 08:00", "10"],
      ["SH2", "", "待商家处理", "未发货", "2026-11-25 09:00", "5"],
      ["合计", "", "", "", "", "15"],
    ];
    const result = await parseAfterSales(table(rows), { platform: "pinduoduo" });
    // Counted by hand from `rows`: 3 rows below the header, 1 used, 1 without an order number, 1 total.
    expect(result.meta.accounting).toMatchObject({ dataRows: 3, used: 1, issues: 1, skipped: 1 });
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([["missing-order-no", 3]]);
    expect(result.meta.skippedRows).toEqual([{ row: 4, reason: "total" }]);
    expect(result.tickets).toEqual([
      expect.objectContaining({
        orderNo: "261125-000000000000001",
        ticketNo: "SH1",
        platform: "pinduoduo",
        state: { state: "awaiting_merchant", raw: "待商家处理" },
        orderStageRaw: "未发货",
      }),
    ]);
  });

  it("reads a repeated SKU of a 缺货 list once and says why the second row was not used", async () => {
    const rows = [
      ["缺货商家编码", "商品名称"],
      ["SKU1", "甲"],
      ["SKU1", "甲"],
      ["", "乙"],
      ["合计", ""],
    ];
    const result = await parseOutOfStock(table(rows));
    expect(result.items).toEqual([{ sku: "SKU1", name: "甲", row: 2 }]);
    expect(result.meta.accounting).toMatchObject({ dataRows: 4, used: 1, skipped: 2, issues: 1 });
    expect(result.meta.skippedRows).toEqual([
      { row: 3, reason: "duplicate" },
      { row: 5, reason: "total" },
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(["missing-sku"]);
  });
});
