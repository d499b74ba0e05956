import { describe, expect, test } from "vitest";
import { Order } from "./order";

/** A made-up COD order as the 官网 export gives it; name, phone and address are invented. */
const codOrder = {
  platform: "guanwang",
  orderNo: "GW2026112400001",
  placedAt: new Date("2026-11-24T01:30:00Z"),
  status: { order: "confirmed", pay: "unpaid", shipping: "preparing", raw: "已确认,未付款,配货中" },
  payment: { raw: "货到付款", code: "cod", isCod: true },
  receiver: {
    name: "王小明",
    phone: "13800000000",
    province: "江苏省",
    city: "南京市",
    district: "江宁区",
    address: "示例路1号",
  },
  lines: [
    {
      productName: "【Rx】阿莫西林胶囊",
      sku: "SKU-0001",
      spec: "0.25g*24粒",
      quantity: 2,
      unitPriceFen: 1250,
      isPrescription: true,
      isTcm: false,
      sourceRow: 2,
    },
  ],
  amounts: { goods: 2500, shipping: 0, total: 2500, payable: 2500 },
  buyerRemark: "请尽快发货",
  logistics: { courier: "zto", courierRaw: "中通快递", waybills: ["75123456789012"] },
  sourceRows: [2],
};

describe("Order", () => {
  test("accepts a complete COD order", () => {
    expect(Order.parse(codOrder)).toEqual(codOrder);
  });

  test("accepts a 拼多多 order without receiver", () => {
    const pdd = { ...codOrder, platform: "pinduoduo", orderNo: "240309-402233834970071", receiver: {} };
    expect(Order.safeParse(pdd).success).toBe(true);
  });

  const wrong = [
    { description: "unknown platform", patch: { platform: "taobao" }, path: ["platform"] },
    { description: "yuan as float", patch: { amounts: { total: 25.5 } }, path: ["amounts", "total"] },
    {
      description: "fractional quantity",
      patch: { lines: [{ ...codOrder.lines[0], quantity: 1.5 }] },
      path: ["lines", 0, "quantity"],
    },
    {
      description: "unknown courier",
      patch: { logistics: { courier: "ups", waybills: [] } },
      path: ["logistics", "courier"],
    },
    { description: "row number 0", patch: { sourceRows: [0] }, path: ["sourceRows", 0] },
    { description: "empty order number", patch: { orderNo: "" }, path: ["orderNo"] },
  ];
  test.each(wrong)("$description gives an issue at its path, not an exception", ({ patch, path }) => {
    const result = Order.safeParse({ ...codOrder, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});
