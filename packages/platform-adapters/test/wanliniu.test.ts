import { fakeOrders, wanliniuExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { formatIssueZh, parseOrders } from "../src/index";

describe("万里牛 ERP order export", () => {
  it("keys orders by the platform's number and keeps the XD number and shop as references", async () => {
    const truth = fakeOrders({ seed: 4, count: 10 });
    const result = await parseOrders(wanliniuExport(truth, { idGuard: "tab" }).rows);
    expect(result.meta.adapter).toBe("wanliniu");
    expect(result.orders.map((o) => o.orderNo).sort()).toEqual(truth.map((o) => o.orderNo).sort());
    expect(result.references).toContainEqual({
      platform: "guanwang",
      orderNo: truth[0]?.orderNo,
      erpNo: truth[0]?.erpNo,
      shop: "上元堂官网",
    });
  });

  it.each([
    { shop: "上元堂拼多多旗舰店", platform: "pinduoduo" },
    { shop: "上元堂药房网店", platform: "yaofangwang" },
    { shop: "平安健康上元堂", platform: "pingan" },
  ])("tells the platform from the shop name $shop", async ({ shop, platform }) => {
    const result = await parseOrders([
      ["订单编号", "线上单号", "店铺名称", "订单状态"],
      ["XD2611240001", "P1", shop, "已发货"],
    ]);
    expect(result.orders[0]?.platform).toBe(platform);
    expect(result.orders[0]?.status.shipping).toBe("shipped");
  });

  it("flags a shop it cannot place", async () => {
    const result = await parseOrders([
      ["订单编号", "线上单号", "店铺名称", "订单状态"],
      ["XD2611240001", "P1", "某个新店", "已审核"],
    ]);
    const issue = result.issues.find((i) => i.code === "unknown-shop");
    expect(issue).toMatchObject({ row: 2, column: "店铺名称", input: "某个新店", severity: "warning" });
    expect(formatIssueZh(issue ?? { code: "unknown-shop", severity: "warning" })).toContain("按官网处理");
  });
});
