import {
  buildSheet,
  type FakeLine,
  guanwangExport,
  mapColumn,
  PRODUCTS,
  profiledExport,
  shanghaiInstant,
  withColumns,
  wmsExport,
} from "@syt/fake-exports";
import { PlatformId } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import { checklist, type DayExport, DEFAULT_CONFIG, resolveConfig } from "../src/index";
import { fakeOrder, readBack } from "./day-files";

const DAY = "2026-11-25";
const now = shanghaiInstant(DAY, "10:00");
const placedAt = shanghaiInstant(DAY, "08:30");
const itemOf = (inputs: DayExport[], id: string, config = DEFAULT_CONFIG) =>
  checklist({ now, config, inputs }).items.find((i) => i.item.id === id);

describe("buyer messages and remarks on unshipped orders", () => {
  const cases: { description: string; remark?: string; status?: string; stage?: string; flagged: boolean }[] =
    [
      { description: "unshipped with a message", remark: "不要放清单", flagged: true },
      { description: "unshipped without a message", flagged: false },
      { description: "shipped with a message", remark: "请尽快发货", status: "已发货", flagged: false },
      { description: "cancelled with a message", remark: "周末送货", status: "已取消", flagged: false },
      {
        description: "待发货 on the platform but 已发货 in the WMS",
        remark: "需要发票",
        stage: "已发货",
        flagged: false,
      },
    ];
  const orders = cases.map((c, i) =>
    fakeOrder("yaofangwang", 600 + i, {
      placedAt,
      statusWord: c.status ?? "待发货",
      shippingState: c.status === "已发货" ? "已发货" : "未发货",
      ...(c.remark ? { buyerRemark: c.remark } : {}),
      logistics: c.stage
        ? {
            stage: { code: "shipped", word: c.stage },
            courier: "中通快递",
            waybills: [`7310000000${600 + i}`],
          }
        : { waybills: [] },
    }),
  );
  // 药房网's export as the day generator makes it: the message in a 买家留言 column.
  const yfw = withColumns(profiledExport("yaofangwang", orders), [
    { header: "买家留言", value: ({ order }) => order.buyerRemark ?? "" },
  ]);

  it.each(cases.map((c, i) => ({ ...c, orderNo: orders[i]?.orderNo })))(
    "药房网 $description: flagged $flagged",
    async ({ orderNo, remark, flagged }) => {
      const inputs = await readBack({ "药房网订单.xlsx": yfw, "WMS物流.xlsx": wmsExport(orders) });
      const found = itemOf(inputs, "yaofangwang-messages")?.findings.filter((f) => f.orderNo === orderNo);
      expect(found).toEqual(
        flagged
          ? [
              expect.objectContaining({
                code: "remark-unshipped",
                severity: "warning",
                params: { buyer: remark },
              }),
            ]
          : [],
      );
    },
  );

  it("shows 官网's 客户留言 under its pending orders, to read before pushing", async () => {
    const gw = [
      fakeOrder("guanwang", 610, {
        placedAt,
        orderState: "已确认",
        payState: "已付款",
        shippingState: "未发货",
        payment: "支付宝",
        buyerRemark: "药品请用盒子包装",
      }),
      fakeOrder("guanwang", 611, {
        placedAt,
        orderState: "已确认",
        payState: "已付款",
        shippingState: "已发货",
        payment: "支付宝",
        buyerRemark: "周末送货",
      }),
    ];
    const inputs = await readBack({ "官网订单.xlsx": guanwangExport(gw, { headers: "operator" }) });
    const item = itemOf(inputs, "guanwang-pending");
    expect(item?.findings.map((f) => [f.code, f.orderNo])).toEqual([["remark-unshipped", gw[0]?.orderNo]]);
  });
});

describe("缺货: delist on every platform, handle the orders waiting for the SKU", () => {
  const sku = (s: string) => PRODUCTS.find((p) => p.sku === s) ?? (PRODUCTS[0] as (typeof PRODUCTS)[number]);
  const line = (s: string): FakeLine => ({ product: sku(s), quantity: 1, priceFen: sku(s).priceFen });
  const OUT = "SYT10003"; // 连花清瘟胶囊
  const pending = { placedAt, statusWord: "待发货", shippingState: "未发货" };
  const pingan = [
    fakeOrder("pingan", 700, { ...pending, lines: [line("SYT10001"), line(OUT)] }),
    fakeOrder("pingan", 701, { ...pending, lines: [line("SYT10001")] }),
    fakeOrder("pingan", 702, {
      ...pending,
      statusWord: "已发货",
      shippingState: "已发货",
      lines: [line(OUT)],
    }),
  ];
  const suning = [fakeOrder("suning", 710, { ...pending, lines: [line(OUT)] })];
  const exports = {
    "平安好医生订单.xlsx": profiledExport("pingan", pingan),
    // 苏宁's merchant code with a pack multiplier (SKU*2) still names the SKU.
    "苏宁订单.xlsx": mapColumn(profiledExport("suning", suning), "商品编码", (_row, cell) => `${cell}*2`),
  };
  const list = buildSheet(
    "缺货清单",
    [
      { header: "缺货商家编码", value: (p: (typeof PRODUCTS)[number]) => p.sku },
      { header: "商品名称", value: (p: (typeof PRODUCTS)[number]) => p.name },
    ],
    [sku(OUT)],
  );

  it("makes one delisting row per platform, all seven, and lists the waiting orders that hold the SKU", async () => {
    const inputs = await readBack({ ...exports, "缺货清单.xlsx": list });
    const item = itemOf(inputs, "out-of-stock");
    const delist = item?.findings.filter((f) => f.code === "oos-delist");
    expect(delist?.map((f) => f.code === "oos-delist" && f.params)).toEqual(
      PlatformId.options.map((target) => ({ sku: OUT, name: "连花清瘟胶囊", target })),
    );
    const waiting = item?.findings.filter((f) => f.code === "oos-waiting-order");
    expect(waiting?.map((f) => [f.platform, f.orderNo, f.severity])).toEqual([
      ["pingan", pingan[0]?.orderNo, "warning"],
      ["suning", suning[0]?.orderNo, "warning"],
    ]);
    expect(item?.item.templates).toEqual(["out-of-stock"]);
    expect(item?.state).toBe("needs-action");
  });

  it("takes SKUs typed into the config, and delists only on the platforms the shop sells on", async () => {
    const config = resolveConfig({ outOfStock: [OUT], platforms: ["pingan", "suning"] });
    const item = itemOf(await readBack(exports), "out-of-stock", config);
    expect(item?.findings.map((f) => (f.code === "oos-delist" ? f.params.target : f.orderNo))).toEqual([
      "pingan",
      "suning",
      pingan[0]?.orderNo,
      suning[0]?.orderNo,
    ]);
  });

  it("is not applicable on a day without a 缺货 list", async () => {
    const item = itemOf(await readBack(exports), "out-of-stock");
    expect([item?.state, item?.reason]).toEqual(["not-applicable", { code: "no-out-of-stock-list" }]);
  });
});
