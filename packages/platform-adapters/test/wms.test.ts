import { fakeOrders, wmsExport } from "@syt/fake-exports";
import { normalizeOrderNumber, splitWaybills } from "@syt/orders-model";
import { describe, expect, it } from "vitest";
import { parseWms, WmsShipment } from "../src/index";
import { expectAccountingAddsUp, FORMATS, inForm } from "./helpers";

const orders = fakeOrders({ seed: 21, count: 60 });

describe("WMS logistics export", () => {
  it.each(FORMATS)("reads references, couriers, waybills and stages from %s", async (format) => {
    const sheet = wmsExport(orders, {
      title: true,
      totalRow: true,
      idGuard: "mixed",
      destroyedIds: 1,
      sharedWaybills: 1,
    });
    const { input, fileName } = await inForm(sheet, format);
    const result = await parseWms(input, { fileName });
    expectAccountingAddsUp(result.meta);
    expect(result.meta.accounting.issues).toBe(1);
    expect(result.shipments.map((s) => s.orderRef)).toEqual(sheet.records.map((r) => r.order.orderNo));
    expect(result.shipments.map((s) => s.waybills)).toEqual(
      sheet.records.map((r) => splitWaybills(r.waybillCell)),
    );
    for (const shipment of result.shipments) expect(WmsShipment.safeParse(shipment).success).toBe(true);
  });

  it.each([
    {
      description: "allocated 中通 with two waybills",
      courier: "中通快递",
      waybill: "73123456789012<br>75123456789012",
      stage: "分配完成",
      expected: {
        courier: "zto",
        waybills: ["73123456789012", "75123456789012"],
        stage: "allocated",
        stageRaw: "分配完成",
      },
    },
    {
      description: "申通 with full-width comma",
      courier: "申通",
      waybill: "773123456789012，773123456789013",
      stage: "已出库",
      expected: {
        courier: "sto",
        waybills: ["773123456789012", "773123456789013"],
        stage: "shipped",
        stageRaw: "已出库",
      },
    },
    {
      description: "unallocated without waybill",
      courier: "",
      waybill: "",
      stage: "未分配",
      expected: { waybills: [], stage: "unallocated", stageRaw: "未分配" },
    },
    {
      description: "a stage past allocation, with spaces",
      courier: "中通",
      waybill: "73123456789012",
      stage: " 已打单 ",
      expected: { courier: "zto", waybills: ["73123456789012"], stage: "printed", stageRaw: "已打单" },
    },
  ])("$description", async ({ courier, waybill, stage, expected }) => {
    const result = await parseWms([
      ["平台单号", "快递公司", "快递单号", "分配状态"],
      ["\tGW2026112412345", courier, waybill, stage],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.shipments[0]).toMatchObject({
      orderRef: normalizeOrderNumber("GW2026112412345"),
      rowNumber: 2,
      ...expected,
    });
  });

  it.each(["配货状态", "分配状态", "仓库状态", "订单状态", "状态"])(
    "reads the stage from a %s column",
    async (header) => {
      const result = await parseWms([
        ["外部单号", "物流公司", "物流单号", header],
        ["GW1", "中通", "73123456789012", "待拣货"],
      ]);
      expect(result.shipments[0]).toMatchObject({ stage: "awaiting_pick", stageRaw: "待拣货" });
    },
  );

  it("keeps an unknown stage word raw and warns with the column it came from", async () => {
    const result = await parseWms([
      ["外部单号", "物流公司", "物流单号", "配货状态"],
      ["GW1", "中通", "73123456789012", "打包中"],
    ]);
    expect(result.shipments[0]).toMatchObject({ stageRaw: "打包中" });
    expect(result.shipments[0]?.stage).toBeUndefined();
    expect(result.issues).toEqual([
      { code: "unknown-stage", severity: "warning", row: 2, column: "配货状态", input: "打包中" },
    ]);
  });

  it("flags a reference listed twice but keeps both rows", async () => {
    const result = await parseWms([
      ["外部单号", "物流公司", "物流单号", "分配状态"],
      ["GW1", "中通", "73123456789012", "分配完成"],
      ["GW1", "中通", "73123456789013", "分配完成"],
    ]);
    expect(result.shipments).toHaveLength(2);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "duplicate-ref", row: 3, severity: "warning" }),
    );
  });
});
