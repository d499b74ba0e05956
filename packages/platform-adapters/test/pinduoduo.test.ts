import { fakeOrders, pinduoduoExport, toCsv } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { parseOrders } from "../src/index";

const truth = fakeOrders({ seed: 8, count: 30, platform: "pinduoduo" });

describe("拼多多 order export", () => {
  it("reads the current 27-column export, which has no receiver", async () => {
    const sheet = pinduoduoExport(truth, { layout: "current" });
    const result = await parseOrders(toCsv(sheet, "gbk"), { fileName: "orders.csv" });
    expect(result.meta.platform).toBe("pinduoduo");
    expect(result.meta.columns.sku).toBe(sheet.rows[0]?.indexOf("商家编码-规格维度"));
    expect(result.orders.every((order) => Object.keys(order.receiver).length === 0)).toBe(true);
    expect(result.orders.every((order) => !order.payment.isCod)).toBe(true);
  });

  it("reads the older full export with receivers and 商家编码-SKU维度", async () => {
    const sheet = pinduoduoExport(truth, { layout: "full" });
    const result = await parseOrders(sheet.rows);
    const first = result.orders.find((order) => order.orderNo === truth[0]?.orderNo);
    expect(first?.receiver).toMatchObject({
      name: truth[0]?.receiver.name,
      province: truth[0]?.receiver.address.province,
    });
    expect(first?.lines[0]?.sku).toBe(truth[0]?.lines[0]?.product.sku);
  });

  it.each([
    {
      description: "full-width comma",
      text: "已发货，待签收",
      expected: { shipping: "shipped", raw: "已发货，待签收" },
    },
    { description: "waiting to ship", text: "待发货", expected: { shipping: "unshipped", pay: "paid" } },
    { description: "cancelled", text: "已取消", expected: { order: "cancelled" } },
  ])("keeps the raw status and reads its meaning: $description", async ({ text, expected }) => {
    const result = await parseOrders([
      ["订单号", "订单状态", "商品", "用户实付金额(元)", "商家编码-规格维度"],
      ["261124-123456789012345", text, "布洛芬缓释胶囊", "22.8", "SYT10001"],
    ]);
    expect(result.orders[0]?.status).toMatchObject(expected);
    expect(result.orders[0]?.amounts.total).toBe(2280);
  });
});
