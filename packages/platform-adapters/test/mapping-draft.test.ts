import { fakeOrders, guanwangExport, wmsExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import {
  checkMappingProfile,
  draftMapping,
  formatMappingProblemZh,
  type MappingDraft,
  parseOrders,
  parseWms,
  previewMapping,
  profileFromMapping,
  recogniseExport,
  tableFromValues,
} from "../src/index";

const orders = fakeOrders({ seed: 31, count: 12, platform: "guanwang" });
const original = guanwangExport(orders, { title: true });
// A back office that renamed its status and payment columns: no 官网 signature is left.
const RENAMED = {
  订单状态: "订单进度",
  付款状态: "付款情况",
  发货状态: "配送进度",
  支付方式: "付款渠道",
  总金额: "总金额 （人民币）",
};
const renamed = guanwangExport(orders, { title: true, renameHeaders: RENAMED });
const renamedTable = () => tableFromValues(renamed.rows);

const guessOf = (draft: MappingDraft, field: string) => draft.fields.find((f) => f.field === field)?.guess;
const chosenOf = (draft: MappingDraft) =>
  Object.fromEntries(draft.fields.flatMap((f) => (f.guess ? [[f.field, f.guess]] : [])));

describe("mapping an export no layout recognises", () => {
  it("is not recognised as it stands", () => {
    expect(recogniseExport(renamedTable()).kind).toBe("unknown");
  });

  it("drafts the header row past the title, every header cell, and the guesses", () => {
    const draft = draftMapping(renamedTable(), { kind: "orders", platform: "guanwang" });
    expect(draft.headerRow).toBe(renamed.headerRow);
    expect(draft.header).toContain("订单进度");
    expect(draft.header).toHaveLength(
      renamed.rows[renamed.headerRow - 1]?.filter((c) => c !== "").length ?? 0,
    );
    expect(draft.fields.find((f) => f.field === "orderNo")).toMatchObject({
      guess: "订单号",
      need: "read",
      match: "exact",
    });
    // `（人民币）` and the spaces set aside, full width or half.
    expect(draft.fields.find((f) => f.field === "totalAmount")).toMatchObject({
      guess: "总金额 （人民币）",
      match: "loose",
    });
    expect(guessOf(draft, "receiverName")).toBe("收货人");
    // Words no layout uses are left for the operator.
    expect(guessOf(draft, "payment")).toBeUndefined();
    // One column, one field.
    const guesses = draft.fields.flatMap((f) => (f.guess ? [f.guess] : []));
    expect(new Set(guesses).size).toBe(guesses.length);
  });

  it("draft -> profile -> recognised, and read as the original layout is", async () => {
    const draft = draftMapping(renamedTable(), { kind: "orders", platform: "guanwang" });
    const chosen = {
      ...chosenOf(draft),
      orderState: "订单进度",
      payState: "付款情况",
      shippingState: "配送进度",
      payment: "付款渠道",
    };
    const made = profileFromMapping({
      kind: "orders",
      platform: "guanwang",
      name: "官网新后台",
      header: draft.header,
      chosen,
    });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const { profile } = made;
    expect(profile).toMatchObject({ kind: "orders", platform: "guanwang", name: "官网新后台" });
    expect(profile.id).toMatch(/^guanwang-[0-9a-f]{6}$/);
    expect(profile.signature).toEqual(
      expect.arrayContaining(["订单号", "订单进度", "付款渠道", "总金额 （人民币）"]),
    );
    // The JSON an operator saves is the JSON `--profiles` reads.
    expect(checkMappingProfile(JSON.stringify(profile)).ok).toBe(true);

    const recognition = recogniseExport(renamedTable(), { profiles: [JSON.stringify(profile)] });
    expect(recognition).toMatchObject({ kind: "orders", platform: "guanwang", confidence: "medium" });
    expect(recognition.why[0]).toEqual({ code: "operator-profile", profile: profile.id });

    const expected = await parseOrders(original.rows);
    const read = await parseOrders(renamed.rows, { profiles: [profile] });
    expect(read.meta.adapter).toBe(`profile:${profile.id}`);
    expect(read.orders).toEqual(expected.orders);
    expect(read.orders.map((o) => o.orderNo).sort()).toEqual(orders.map((o) => o.orderNo).sort());
  });

  it("previews the first orders as the tool reads them, the phone masked", async () => {
    const draft = draftMapping(renamedTable(), { kind: "orders" });
    const chosen = {
      ...chosenOf(draft),
      orderState: "订单进度",
      payState: "付款情况",
      shippingState: "配送进度",
      payment: "付款渠道",
    };
    const made = profileFromMapping({ kind: "orders", name: "官网新后台", header: draft.header, chosen });
    if (!made.ok) throw new Error("no profile");
    const preview = await previewMapping(renamedTable(), made.profile, { rows: 3 });
    const expected = (await parseOrders(original.rows)).orders.slice(0, 3);
    expect(preview.total).toBe(orders.length);
    expect(preview.rows.map((row) => row.kind === "orders" && row.orderNo)).toEqual(
      expected.map((o) => o.orderNo),
    );
    const first = preview.rows[0];
    expect(first).toMatchObject({
      kind: "orders",
      amountFen: expected[0]?.amounts.total,
      payment: expected[0]?.payment.raw,
    });
    if (first?.kind !== "orders") throw new Error("not an order");
    expect(first.receiverPhone).toMatch(/\*{4}/);
    expect(first.receiverPhone).not.toBe(expected[0]?.receiver.phone);
  });

  it("says what stops a mapping, as codes, in Chinese at the edge", () => {
    const draft = draftMapping(renamedTable(), { kind: "orders" });
    const made = profileFromMapping({
      kind: "orders",
      name: " ",
      header: draft.header,
      chosen: { totalAmount: "订单进度", orderState: "订单进度", payment: "不存在的列" },
    });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems).toEqual([
      { code: "empty-name" },
      { code: "not-in-header", field: "payment", header: "不存在的列" },
      { code: "header-twice", header: "订单进度", fields: ["totalAmount", "orderState"] },
      { code: "field-needed", field: "orderNo" },
    ]);
    expect(made.problems.map((problem) => formatMappingProblemZh("orders", problem))).toEqual([
      "请给这个表头对应起个名字 (例如 拼多多新版导出)",
      "「支付方式」选的「不存在的列」不在这个文件的表头里",
      "「订单进度」同时选给了 「订单总金额」、「订单状态」: 一列只能对应一项",
      "请选择「订单号」在哪一列: 没有它读不了这个文件",
    ]);
  });

  it("maps a WMS export with renamed columns and previews its shipments", async () => {
    const sheet = wmsExport(orders.slice(0, 6), {
      renameHeaders: { 外部单号: "来源单据", 物流单号: "面单编号", 分配状态: "仓内进度" },
    });
    const table = tableFromValues(sheet.rows);
    expect(recogniseExport(table).kind).toBe("unknown");
    const draft = draftMapping(table, { kind: "wms" });
    expect(draft.fields.filter((f) => f.need === "read").map((f) => f.field)).toEqual([
      "orderRef",
      "waybill",
    ]);
    const made = profileFromMapping({
      kind: "wms",
      name: "WMS 新模板",
      header: draft.header,
      chosen: { ...chosenOf(draft), orderRef: "来源单据", waybill: "面单编号", stage: "仓内进度" },
    });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.profile.id).toMatch(/^wms-wms-[0-9a-f]{6}$/);
    expect(recogniseExport(table, { profiles: [made.profile] })).toMatchObject({ kind: "wms" });
    const preview = await previewMapping(table, made.profile, { rows: 2 });
    const all = await parseWms(table, { fields: made.profile.fields as Record<string, string[]> });
    expect(preview.total).toBe(all.shipments.length);
    expect(preview.rows).toHaveLength(2);
    expect(preview.rows[0]).toMatchObject({ kind: "wms", orderRef: all.shipments[0]?.orderRef });
  });

  it("maps a 缺货 list and a 售后单 list with their own words, and previews them", async () => {
    const stock = tableFromValues([
      ["缺货通知 11-25"],
      ["货品代码", "药名", "备注"],
      ["SKU-1", "布洛芬缓释胶囊", ""],
      ["SKU-2", "维生素C咀嚼片", ""],
    ]);
    expect(recogniseExport(stock).kind).toBe("unknown");
    const stockDraft = draftMapping(stock, { kind: "out-of-stock" });
    expect(stockDraft.headerRow).toBe(2);
    const stockMade = profileFromMapping({
      kind: "out-of-stock",
      name: "缺货群表格",
      header: stockDraft.header,
      chosen: { sku: "货品代码", name: "药名" },
    });
    if (!stockMade.ok) throw new Error(JSON.stringify(stockMade.problems));
    expect(recogniseExport(stock, { profiles: [stockMade.profile] }).kind).toBe("out-of-stock");
    expect((await previewMapping(stock, stockMade.profile)).rows).toEqual([
      { kind: "out-of-stock", sku: "SKU-1", name: "布洛芬缓释胶囊", row: 3 },
      { kind: "out-of-stock", sku: "SKU-2", name: "维生素C咀嚼片", row: 4 },
    ]);

    const tickets = tableFromValues([
      ["工单号", "订单编码", "售后状态", "申请时间"],
      ["T1", "GW202611250001", "待处理", "2026-11-25 10:00:00"],
    ]);
    const ticketDraft = draftMapping(tickets, { kind: "after-sales" });
    // 售后状态 and 申请时间 are known words; the ticket and order columns are the operator's to pick.
    expect(guessOf(ticketDraft, "state")).toBe("售后状态");
    expect(guessOf(ticketDraft, "appliedAt")).toBe("申请时间");
    const ticketMade = profileFromMapping({
      kind: "after-sales",
      platform: "pinduoduo",
      name: "售后工单",
      header: ticketDraft.header,
      chosen: { ...chosenOf(ticketDraft), orderNo: "订单编码", ticketNo: "工单号" },
    });
    if (!ticketMade.ok) throw new Error(JSON.stringify(ticketMade.problems));
    expect(ticketMade.profile).toMatchObject({ kind: "after-sales", platform: "pinduoduo" });
    const preview = await previewMapping(tickets, ticketMade.profile);
    expect(preview.rows).toEqual([
      { kind: "after-sales", orderNo: "GW202611250001", ticketNo: "T1", state: "待处理", row: 2 },
    ]);
  });
});
