import {
  type FakeCell,
  type FakeSheet,
  realLayoutDay,
  textIdEndingInZero,
  toCsv,
  toValues,
  toXlsx,
  WMS_TITLE_ROWS,
} from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import {
  type ParseIssue,
  type ParseMeta,
  parseOrders,
  parseWms,
  readTable,
  recogniseExport,
  shipmentOrderRefs,
  tableFromValues,
} from "../src/index";

// The header lists of DOMAIN.md ("Real export layouts"), copied here as the evidence states them:
// these tests build files from them directly, not only through our generators.

/** 万里牛 订单明细, every name of the public header check, in its order. */
const WANLINIU_DETAIL_HEADERS =
  `店铺名称, 订单号, 系统单号, 订单标记, 实付总计, 优惠总计, 仓库编码, 仓库名称, 买家留言, 备注, 打印备注,
  系统订单状态, 线上订单状态, 批次流水号, 明细状态, 原订单号, 商品编码, 商品名称, 规格名称, 【线上】商品编码,
  【线上】商品标题, 【线上】规格, 单价, 折后单价, 数量, 单位, 应收, 销售金额, 明细备注, 发票抬头, 开票内容, 开户银行,
  银行账户, 开票税号, 开票地址, 开票电话, 开票邮箱, 快递公司, 快递单号, 快递成本, 重量, 体积, 邮费, 服务费, 帐号,
  收货人, 身份证号, 手机/电话, 省, 市, 区, 详细地址, 邮编, 下单时间, 付款时间, 打单时间, 发货时间, 完成时间, 交易佣金,
  信用卡佣金, 返点积分, 审单员, 打单员, 配货员, 验货员, 打包员, 称重员, 发货员, 业务员`
    .split(",")
    .map((name) => name.trim());

/** 拼多多's template export: the columns DOMAIN.md names (the merchant may tick any of about 82). */
const PDD_TEMPLATE_HEADERS =
  `商品, 订单号, 订单状态, 商品数量(件), 是否审核中, 支付时间, 承诺发货时间, 承诺送达时间, 发货时间,
  确认收货时间, 商品id, 商品规格, 商家编码-规格维度, 商家编码-商品维度, 商家备注, 买家留言, 售后状态, 消费者资料,
  订单成交时间, 商品总价(元), 邮费(元), 用户实付金额(元), 商家实收金额(元), 快递单号, 快递公司, 省, 市, 区, 街道/镇`
    .split(",")
    .map((name) => name.trim())
    // Seen with a stray leading space.
    .concat([" 用户购买手机号", "支付方式", "订单来源"]);

/** 药房网's page labels (no export file is public); the status column's name is assumed. */
const YAOFANGWANG_LABELS = [
  "订单编号",
  "订购时间",
  "订单状态",
  "通用名",
  "国药准字",
  "规格",
  "价格",
  "数量",
  "订单总额",
  "收件人",
  "地址",
  "电话",
  "备注",
  "是否需要审核处方",
];

const SYSTEM_WORDS =
  `分销商审核, 到账管理, 未付款, 审核, 打单配货, 验货, 称重, 待发货, 财审, 已发货, 成功, 关闭,
  异常结束, 异常处理, 外部系统配货中, 配货中, 预售, 打包`
    .split(",")
    .map((word) => word.trim());
const ONLINE_WORDS = [
  "未建交易",
  "等待付款",
  "等待发货",
  "部分发货",
  "已完成",
  "已关闭",
  "等待确认",
  "已签收",
];
const YAOFANGWANG_WORDS = [
  "暂未付款",
  "等待发货",
  "申请退款",
  "取消申请退款",
  "拒绝退款",
  "暂未收货",
  "交易完成",
  "交易失败",
  "正在退款",
  "交易取消",
];
const SUNING_WORDS = ["待发货", "已发货", "部分发货", "交易成功", "交易关闭", "等待发货"];

type Values = Record<string, FakeCell>;

/**
 * A sheet of `headers` with `title` rows above, a blank row after them, one row per `data` entry
 * (filled by header name) and a 合计 row: with its own count of what each row is.
 */
function sheetOf(headers: readonly string[], data: readonly Values[], title: FakeCell[][] = []) {
  const row = (values: Values) => headers.map((header) => values[header] ?? "");
  const rows: FakeCell[][] = [
    ...title,
    ...(title.length ? [headers.map(() => "")] : []),
    [...headers],
    ...data.map(row),
    ["合计", ...headers.slice(1).map(() => "")],
  ];
  const above = title.length ? title.length + 1 : 0;
  // The ledger counts every row but the header; rows above it are skipped, as is the 合计 row.
  return { name: "Sheet1", rows, counts: { below: rows.length - 1, data: data.length, skipped: above + 1 } };
}

type Form = "xlsx" | "csv" | "values";
const FORMS: Form[] = ["xlsx", "csv", "values"];

async function inForm(
  rows: FakeCell[][],
  form: Form,
): Promise<{ input: Uint8Array | unknown[][]; fileName?: string }> {
  if (form === "xlsx") return { input: await toXlsx({ name: "Sheet1", rows }), fileName: "export.xlsx" };
  if (form === "csv") return { input: toCsv(rows, "utf8-bom"), fileName: "export.csv" };
  return { input: toValues(rows) };
}

/** The row ledger against a count made from the file's own rows, not from the parser. */
function expectLedger(
  meta: ParseMeta,
  counts: { below: number; used: number; skipped: number; issues?: number },
): void {
  const { dataRows, used, skipped, issues } = meta.accounting;
  expect({ dataRows, used, skipped, issues }).toEqual({
    dataRows: counts.below,
    used: counts.used,
    skipped: counts.skipped,
    issues: counts.issues ?? 0,
  });
  expect(used + skipped + issues).toBe(dataRows);
}

const codes = <C extends ParseIssue["code"]>(issues: readonly ParseIssue[], code: C) =>
  issues.filter((i): i is Extract<ParseIssue, { code: C }> => i.code === code);

describe("万里牛 订单明细 built from DOMAIN.md's header list", () => {
  const line = (values: Values): Values => ({
    店铺名称: "上元堂官网",
    订单号: "880001",
    实付总计: "56.00",
    商品名称: "板蓝根颗粒",
    商品编码: "SYT10001",
    规格名称: "10g*20袋",
    数量: 1,
    收货人: "测试收货人",
    "手机/电话": "13800001234",
    省: "江苏省",
    市: "南京市",
    区: "江宁区",
    详细地址: "测试路 1 号",
    系统订单状态: "打单配货",
    线上订单状态: "等待发货",
    ...values,
  });
  const title: FakeCell[][] = [["导出人：运营01", "导出时间：2026-11-25 09:10:00"]];
  const data = [
    // One ERP order shipping two 官网 orders: two lines, the merged number on each.
    line({
      系统单号: "XD26112400001",
      原订单号: "GW2026112400001|GW2026112400002",
      下单时间: "2026-11-24T23:40:00Z",
    }),
    line({ 系统单号: "XD26112400001", 原订单号: "GW2026112400001|GW2026112400002", 商品编码: "SYT10002" }),
    // A 16-digit platform number ending in 0, written as text.
    line({ 系统单号: "XD26112400002", 原订单号: "2026112400000010", 下单时间: "2026-11-25T00:10:00+00:00" }),
    // A word the model does not know: reported, read as no state.
    line({ 系统单号: "XD26112400003", 原订单号: "GW2026112400003", 系统订单状态: "待定", 线上订单状态: "" }),
    ...SYSTEM_WORDS.map((word, n) =>
      line({
        系统单号: `XD261124001${String(n).padStart(2, "0")}`,
        原订单号: `GW20261124001${String(n).padStart(2, "0")}`,
        系统订单状态: word,
        线上订单状态: ONLINE_WORDS[n % ONLINE_WORDS.length] as string,
      }),
    ),
  ];
  const sheet = sheetOf(WANLINIU_DETAIL_HEADERS, data, title);

  it.each(FORMS)(
    "is detected as 万里牛 and read past its title row, every row accounted for (%s)",
    async (form) => {
      const { input, fileName } = await inForm(sheet.rows, form);
      const result = await parseOrders(input, { fileName });
      expect(result.meta.adapter).toBe("wanliniu");
      expect(result.meta.headerRow).toBe(3);
      expectLedger(result.meta, {
        below: sheet.counts.below,
        used: data.length,
        skipped: sheet.counts.skipped,
      });
      const byNo = new Map(result.orders.map((order) => [order.orderNo, order]));
      expect(byNo.size).toBe(data.length - 1);
      expect(codes(result.issues, "destroyed-id")).toEqual([]);
      expect(codes(result.issues, "unknown-status").map((i) => [i.row, i.params.parts])).toEqual([
        [7, "待定"],
      ]);
      expect(byNo.get("GW2026112400003")?.status).toEqual({ raw: "待定" });
      expect(codes(result.issues, "missing-status")).toEqual([]);
    },
  );

  it("a merged 原订单号 keeps every platform number, and 系统单号 is found by each (regression: A|B matched neither)", async () => {
    const result = await parseOrders(sheet.rows, {});
    const merged = result.orders.find((order) => order.orderNo.includes("|"));
    expect(merged).toMatchObject({
      orderNo: "GW2026112400001|GW2026112400002",
      mergedOrderNos: ["GW2026112400001", "GW2026112400002"],
      sourceRows: [4, 5],
    });
    expect(merged?.lines.map((l) => l.sku)).toEqual(["SYT10001", "SYT10002"]);
    expect(
      result.references.filter((ref) => ref.erpNo === "XD26112400001").map((ref) => ref.orderNo),
    ).toEqual(["GW2026112400001", "GW2026112400002"]);
    expect(result.orders.filter((order) => order.mergedOrderNos).length).toBe(1);
  });

  it("reads its times as Beijing time whatever suffix they carry (regression: 23:40 with a fake Z became tomorrow)", async () => {
    const result = await parseOrders(sheet.rows, {});
    const byNo = new Map(result.orders.map((order) => [order.orderNo, order]));
    expect(byNo.get("GW2026112400001|GW2026112400002")?.placedAt?.toISOString()).toBe(
      "2026-11-24T15:40:00.000Z",
    );
    expect(byNo.get("2026112400000010")?.placedAt?.toISOString()).toBe("2026-11-24T16:10:00.000Z");
  });

  it("understands every 系统订单状态 and 线上订单状态 word; the ERP's word wins over the platform's", async () => {
    const result = await parseOrders(sheet.rows, {});
    const byNo = new Map(result.orders.map((order) => [order.orderNo, order]));
    expect(codes(result.issues, "unknown-status").length).toBe(1);
    // 已发货 in the ERP while the platform still says 等待付款: shipped.
    expect(byNo.get("GW2026112400109")?.status).toMatchObject({
      raw: "等待付款,已发货",
      shipping: "shipped",
    });
    expect(byNo.get("GW2026112400112")?.status).toMatchObject({ raw: "已完成,异常结束", order: "cancelled" });
  });

  it("keeps a text ID ending in 0 in xlsx without a word; in CSV it is used with a warning naming the row (regression: the order was dropped)", async () => {
    const xlsx = await parseOrders(await toXlsx({ name: "Sheet1", rows: sheet.rows }), {
      fileName: "a.xlsx",
    });
    expect(xlsx.orders.map((o) => o.orderNo)).toContain("2026112400000010");
    expect(codes(xlsx.issues, "suspect-id")).toEqual([]);
    const csv = await parseOrders(toCsv(sheet.rows, "utf8"), { fileName: "a.csv" });
    expect(csv.orders.map((o) => o.orderNo)).toContain("2026112400000010");
    expect(codes(csv.issues, "suspect-id")).toEqual([
      { code: "suspect-id", severity: "warning", row: 6, column: "原订单号", input: "2026112400000010" },
    ]);
  });

  it("a number cell of 16+ digits in xlsx is still destroyed, and the row is an issue of the ledger", async () => {
    const rows = sheet.rows.map((row) => [...row]);
    const idColumn = WANLINIU_DETAIL_HEADERS.indexOf("原订单号");
    (rows[5] as FakeCell[])[idColumn] = 2026112400000010;
    const result = await parseOrders(await toXlsx({ name: "Sheet1", rows }), { fileName: "a.xlsx" });
    expect(codes(result.issues, "destroyed-id").map((i) => [i.row, i.input])).toEqual([[6, "2.02611E+15"]]);
    expectLedger(result.meta, {
      below: sheet.counts.below,
      used: data.length - 1,
      skipped: sheet.counts.skipped,
      issues: 1,
    });
  });
});

describe("a WMS export with a two-cell title row", () => {
  const headers = ["仓库名称", "外部单号", "系统单号", "物流公司", "物流单号", "配货状态", "创建时间"];
  const data: Values[] = [
    {
      外部单号: "GW2026112400001|GW2026112400002",
      系统单号: "XD26112400001",
      物流公司: "中通快递",
      物流单号: "73123456789012",
      配货状态: "分配完成",
      创建时间: "2026-11-24T23:40:00Z",
    },
    {
      外部单号: "2026112400000010",
      系统单号: "XD26112400002",
      配货状态: "未分配",
      创建时间: "2026-11-24 21:00:00",
    },
  ];
  const sheet = sheetOf(headers, data, [
    ["导出人：运营01", "导出时间：2026-11-25 09:10:00"],
    ["店铺：全部", "日期：2026-11-24"],
  ]);

  it.each(FORMS)("finds the header by content and reads every part of a merged number (%s)", async (form) => {
    const { input, fileName } = await inForm(sheet.rows, form);
    const result = await parseWms(input, { fileName });
    expect(result.meta.headerRow).toBe(4);
    expectLedger(result.meta, { below: sheet.counts.below, used: 2, skipped: sheet.counts.skipped });
    const [merged, single] = result.shipments;
    expect(merged?.orderRef).toBe("GW2026112400001|GW2026112400002");
    expect(merged?.orderRefs).toEqual(["GW2026112400001", "GW2026112400002"]);
    expect(single?.orderRefs).toEqual(["2026112400000010"]);
    expect(merged?.createdAt?.toISOString()).toBe("2026-11-24T15:40:00.000Z");
    expect(single?.createdAt?.toISOString()).toBe("2026-11-24T13:00:00.000Z");
    expect(codes(result.issues, "destroyed-id")).toEqual([]);
  });

  it("shipmentOrderRefs serves shipments made without orderRefs", () => {
    expect(shipmentOrderRefs({ orderRef: "A1|A2" })).toEqual(["A1", "A2"]);
    expect(shipmentOrderRefs({ orderRef: "A1" })).toEqual(["A1"]);
  });

  it("the header row is found past title rows of any width (regression: the title row was taken for the header)", () => {
    const titled = tableFromValues(sheet.rows as unknown[][]);
    expect(recogniseExport(titled)).toMatchObject({ kind: "wms", headerRow: 4 });
    const wide = [
      ["导出人：运营01", "导出时间：2026-11-25", "店铺：全部", "日期：2026-11-24", "第 1 页"],
      ...sheet.rows,
    ];
    expect(recogniseExport(tableFromValues(wide as unknown[][]))).toMatchObject({
      kind: "wms",
      headerRow: 5,
    });
  });
});

describe("拼多多's template export built from DOMAIN.md's column list", () => {
  const data: Values[] = ["待发货", "已发货，待签收", "交易成功"].map((status, n) => ({
    商品: "板蓝根颗粒",
    订单号: `261124-40223383497007${n}`,
    订单状态: status,
    "商品数量(件)": 2,
    是否审核中: n === 0 ? "是" : "否",
    支付时间: "2026-11-24 10:00:00",
    承诺发货时间: "2026-11-26 10:00:00",
    订单成交时间: "2026-11-24 09:59:00",
    "商家编码-规格维度": "SYT10001",
    "商家编码-商品维度": "SYT100",
    "用户实付金额(元)": "25.80",
    售后状态: "无售后或售后取消",
    省: "江苏省",
  }));
  const sheet = sheetOf(PDD_TEMPLATE_HEADERS, data);

  it.each(FORMS)("is detected and read, every row accounted for (%s)", async (form) => {
    const { input, fileName } = await inForm(sheet.rows, form);
    const result = await parseOrders(input, { fileName });
    expect(result.meta.adapter).toBe("pinduoduo");
    expectLedger(result.meta, { below: sheet.counts.below, used: 3, skipped: 1 });
    const [first] = result.orders;
    expect(first).toMatchObject({ amounts: { total: 2580 }, receiver: { province: "江苏省" } });
    expect(first?.lines[0]).toMatchObject({ sku: "SYT10001", quantity: 2 });
    expect(first?.placedAt?.toISOString()).toBe("2026-11-24T01:59:00.000Z");
    expect(result.issues).toEqual([]);
  });
});

describe("药房网 with its page labels and status words", () => {
  const data: Values[] = YAOFANGWANG_WORDS.map((word, n) => ({
    订单编号: `C70228155621300${n}`,
    订购时间: "2026-11-24 16:59:00",
    订单状态: word,
    通用名: "阿莫西林胶囊",
    国药准字: "国药准字H00000000",
    规格: "0.25g*24粒",
    价格: "12.50",
    数量: 1,
    订单总额: "12.50",
    收件人: "测试收件人",
    地址: "江苏省南京市测试路 2 号",
    电话: "13900001234",
    是否需要审核处方: "是",
  }));
  const sheet = sheetOf(YAOFANGWANG_LABELS, data);

  it.each(FORMS)("knows every status word and maps the labels (%s)", async (form) => {
    const { input, fileName } = await inForm(sheet.rows, form);
    const result = await parseOrders(input, { fileName, platform: "yaofangwang" });
    expect(codes(result.issues, "unknown-status")).toEqual([]);
    expectLedger(result.meta, { below: sheet.counts.below, used: data.length, skipped: 1 });
    const byWord = new Map(result.orders.map((order) => [order.status.raw, order]));
    expect(byWord.get("暂未收货")?.status.shipping).toBe("shipped");
    expect(byWord.get("交易取消")?.status.order).toBe("cancelled");
    expect(byWord.get("等待发货")).toMatchObject({
      status: { pay: "paid", shipping: "unshipped" },
      amounts: { total: 1250 },
      receiver: { name: "测试收件人", address: "江苏省南京市测试路 2 号", phone: "13900001234" },
      lines: [{ productName: "阿莫西林胶囊", spec: "0.25g*24粒", unitPriceFen: 1250 }],
    });
  });
});

describe("苏宁 with 订单行号 and its words", () => {
  const headers = ["订单号", "订单行号", "下单时间", "订单状态", "商品编码", "商品名称", "数量", "订单金额"];
  const data: Values[] = SUNING_WORDS.map((word, n) => ({
    订单号: `3000${n}`,
    订单行号: `3000${n}01`,
    订单状态: word,
    商品名称: "维生素C片",
    数量: 1,
  }));
  const sheet = sheetOf(headers, data);

  it("is detected and knows every word", async () => {
    const result = await parseOrders(sheet.rows, {});
    expect(result.meta.adapter).toBe("profile:suning");
    expect(codes(result.issues, "unknown-status")).toEqual([]);
    expectLedger(result.meta, { below: sheet.counts.below, used: data.length, skipped: 1 });
    const byWord = new Map(result.orders.map((order) => [order.status.raw, order.status]));
    expect(byWord.get("部分发货")?.shipping).toBe("partially_shipped");
    expect(byWord.get("等待发货")).toMatchObject({ pay: "paid", shipping: "unshipped" });
  });
});

describe("every real layout our generators write, with the ledger against the sheet's own rows", () => {
  const day = realLayoutDay();
  const files = new Map(day.files.map((file) => [file.layout, file]));
  const sheetCount = (sheet: FakeSheet<unknown>) => ({
    below: sheet.rows.length - 1,
    used: sheet.dataRows.length,
    skipped: sheet.trapRows.length,
  });

  it("writes the four layouts", () => {
    expect([...files.keys()].sort()).toEqual([
      "pinduoduo-template",
      "wanliniu-detail",
      "wms-titled",
      "yaofangwang-page",
    ]);
  });

  it.each(["xlsx", "csv"] as const)("万里牛 订单明细 (%s)", async (form) => {
    const { sheet } = files.get("wanliniu-detail") as { sheet: FakeSheet<unknown> };
    const { input, fileName } = await inForm(sheet.rows, form);
    const result = await parseOrders(input, { fileName });
    expect(result.meta.adapter).toBe("wanliniu");
    expectLedger(result.meta, sheetCount(sheet));
    expect(codes(result.issues, "unknown-status")).toEqual([]);
    expect(result.orders.filter((order) => order.mergedOrderNos).length).toBe(2);
    expect(codes(result.issues, "suspect-id").length).toBe(form === "csv" ? 2 : 0);
    // Every 官网 order's number is found, merged or not.
    const numbers = new Set(result.orders.flatMap((order) => order.mergedOrderNos ?? [order.orderNo]));
    expect(day.orders.filter((o) => o.platform === "guanwang").every((o) => numbers.has(o.orderNo))).toBe(
      true,
    );
  });

  it.each(["xlsx", "csv"] as const)("WMS with its title rows (%s)", async (form) => {
    const { sheet } = files.get("wms-titled") as { sheet: FakeSheet<unknown> };
    const { input, fileName } = await inForm(sheet.rows, form);
    const result = await parseWms(input, { fileName });
    expect(result.meta.headerRow).toBe(WMS_TITLE_ROWS.length + 1);
    expectLedger(result.meta, sheetCount(sheet));
    expect(result.shipments.filter((s) => (s.orderRefs?.length ?? 0) > 1).length).toBe(2);
    expect(codes(result.issues, "destroyed-id")).toEqual([]);
  });

  it.each([
    ["pinduoduo-template", "pinduoduo"],
    ["yaofangwang-page", "yaofangwang"],
  ] as const)("%s", async (layout, platform) => {
    const { sheet, name } = files.get(layout) as { sheet: FakeSheet<unknown>; name: string };
    const result = await parseOrders(await toXlsx(sheet), { fileName: name, platform });
    expectLedger(result.meta, sheetCount(sheet));
    expect(codes(result.issues, "unknown-status")).toEqual([]);
  });

  it("an xlsx of 万里牛 订单明细 read back through readTable: sheet, header, text IDs as text", async () => {
    const { sheet } = files.get("wanliniu-detail") as { sheet: FakeSheet<unknown> };
    const table = await readTable(await toXlsx(sheet), { fileName: "万里牛订单明细.xlsx" });
    expect(table).toMatchObject({ sheetName: "订单明细", sheets: ["订单明细"], source: "xlsx" });
    expect(table.rows.length).toBe(sheet.rows.length);
    expect(table.rows[0]?.cells).toEqual(sheet.rows[0]);
    const idColumn = (sheet.rows[0] as FakeCell[]).indexOf("原订单号");
    const ids = table.rows.slice(1).map((row) => row.cells[idColumn]);
    expect(ids).toContain(textIdEndingInZero(0));
    expect(ids).toContain(textIdEndingInZero(1));
    expect(ids.every((id) => typeof id === "string")).toBe(true);
  });
});
