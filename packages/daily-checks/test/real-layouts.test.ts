import {
  type FakeOrder,
  profiledExport,
  shanghaiInstant,
  titledWmsExport,
  wanliniuDetailExport,
  wanliniuExport,
} from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { checklist, DEFAULT_CONFIG, formatChecklistZh } from "../src/index";
import { fakeOrder, readBack } from "./day-files";

const DAY = "2026-11-25";

// A TCM product of the generators' catalogue, with a spec 万里牛 can disagree on.
const tcmLine = (order: FakeOrder, spec: string): FakeOrder => {
  const [line] = order.lines;
  if (!line) throw new Error("an order without lines");
  return {
    ...order,
    lines: [
      { ...line, product: { ...line.product, name: "板蓝根颗粒", sku: "SYT19001", spec, kind: "tcm" } },
    ],
  };
};

describe("the real layouts through the day's checks", () => {
  const placedAt = shanghaiInstant(DAY, "10:00");
  const allocated = { stage: { code: "allocated" as const, word: "分配完成" }, courier: "中通快递" };
  const a = fakeOrder("pingan", 301, {
    placedAt,
    statusWord: "待发货",
    logistics: { ...allocated, waybills: ["73123456780001"] },
  });
  const b = fakeOrder("pingan", 302, {
    placedAt,
    statusWord: "待发货",
    logistics: { ...allocated, waybills: ["73123456780001"] },
  });

  it("a WMS export with a two-cell title row is read as the WMS (regression: its title row was taken for the header)", async () => {
    const [wms] = await readBack({ "WMS出库单.xlsx": titledWmsExport([a, b]) });
    expect(wms?.kind).toBe("wms");
    if (wms?.kind === "wms") expect(wms.shipments.map((s) => s.orderRef)).toEqual([a.orderNo, b.orderNo]);
  });

  it("a merged WMS row A|B is found by A and by B (regression: both were flagged as not in the WMS)", async () => {
    const inputs = await readBack({
      "平安好医生订单.xlsx": profiledExport("pingan", [a, b], { title: `导出时间 ${DAY} 17:00` }),
      "WMS出库单.xlsx": titledWmsExport([a, b], { merges: 1 }),
    });
    const wms = inputs.find((input) => input.kind === "wms");
    expect(wms?.kind === "wms" && wms.shipments.map((s) => s.orderRef)).toEqual([
      `${a.orderNo}|${b.orderNo}`,
    ]);
    const day = checklist({ now: shanghaiInstant(DAY, "17:00"), config: DEFAULT_CONFIG, inputs });
    const item = day.items.find((i) => i.item.id === "wanliniu-wms");
    expect(item?.findings.filter((f) => f.orderNo === a.orderNo || f.orderNo === b.orderNo)).toEqual([]);
  });

  it("a spec mismatch on A is found through the merged 万里牛 order A|B (regression: it was missed)", async () => {
    const platformA = tcmLine(a, "10g*10袋");
    const erpA = tcmLine(a, "10g*5袋");
    const inputs = await readBack({
      "平安好医生订单.xlsx": profiledExport("pingan", [platformA, b], { title: `导出时间 ${DAY} 09:00` }),
      "万里牛订单明细.xlsx": wanliniuDetailExport([erpA, b], { merges: 1 }),
    });
    const day = checklist({ now: shanghaiInstant(DAY, "09:00"), config: DEFAULT_CONFIG, inputs });
    const item = day.items.find((i) => i.item.id === "wanliniu-tcm");
    expect(item?.findings.map((f) => [f.code, f.orderNo])).toEqual([["tcm-spec-mismatch", a.orderNo]]);
  });

  it("万里牛 at 23:40 with a fake Z is today's export (regression: read as UTC it was not today's)", async () => {
    const late = fakeOrder("guanwang", 303, { placedAt: shanghaiInstant(DAY, "23:40") });
    const inputs = await readBack({ "万里牛订单明细.xlsx": wanliniuDetailExport([late]) });
    const erp = inputs[0];
    expect(erp?.kind === "orders" && erp.orders[0]?.placedAt?.toISOString()).toBe("2026-11-25T15:40:00.000Z");
    const day = checklist({ now: shanghaiInstant(DAY, "23:45"), config: DEFAULT_CONFIG, inputs });
    const item = day.items.find((i) => i.item.id === "wanliniu-abnormal");
    expect(item?.reason).not.toMatchObject({ code: "missing-export" });
  });

  it("the evidenced 万里牛 订单明细 is not marked assumed; the older assumed 万里牛 layout is (regression: every 万里牛 file was)", async () => {
    const inputs = await readBack({
      "万里牛订单明细.xlsx": wanliniuDetailExport([a, b]),
      "万里牛订单.xlsx": wanliniuExport([a, b]),
      "平安好医生订单.xlsx": profiledExport("pingan", [a, b]),
      "WMS出库单.xlsx": titledWmsExport([a, b]),
    });
    const day = checklist({ now: shanghaiInstant(DAY, "09:00"), config: DEFAULT_CONFIG, inputs });
    const files = day.files.map(({ fileName, layout, confidence, assumed }) => ({
      fileName,
      layout,
      confidence,
      assumed,
    }));
    expect(files).toEqual([
      { fileName: "万里牛订单明细.xlsx", layout: "万里牛订单明细", confidence: "high", assumed: false },
      {
        fileName: "万里牛订单.xlsx",
        layout: "万里牛订单 (早先假定的版式)",
        confidence: "low",
        assumed: true,
      },
      {
        fileName: "平安好医生订单.xlsx",
        layout: "平安好医生 内置配置 pingan.json",
        confidence: "low",
        assumed: true,
      },
      { fileName: "WMS出库单.xlsx", layout: "WMS物流导出", confidence: "low", assumed: true },
    ]);
    const text = formatChecklistZh(day);
    expect(text).toContain("读取 万里牛订单明细.xlsx: 万里牛 5 行 [版式「万里牛订单明细」, 依据: 高]");
    expect(text).toContain("[版式「平安好医生 内置配置 pingan.json」, 依据: 低, 格式为假定]");
  });
});
