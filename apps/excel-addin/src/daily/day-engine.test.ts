import { formatItemLineZh } from "@syt/daily-checks";
import { fakeOrders, titledWmsExport, toXlsx, WMS_TITLE_ROWS } from "@syt/fake-exports";
import { readTable } from "@syt/platform-adapters";
import { beforeAll, describe, expect, it } from "vitest";
import { dayFiles } from "../../test/browser/day-inputs";
import {
  bucketOfView,
  codItemState,
  type DayInput,
  dayChecklist,
  fileViews,
  isOwnSheet,
  itemViews,
  loadedExports,
  orderRefOf,
  readDayFiles,
  readDaySheet,
  rowCellsZh,
  rowOf,
} from "./day-engine";
import { emptyTicks, tickGroup, tickItem } from "./ticks";

const AT = new Date("2026-11-25T09:10:00+08:00");
let inputs: DayInput[];

beforeAll(async () => {
  inputs = await readDayFiles(dayFiles());
});

describe("the day's exports read as the taskpane reads them", () => {
  it("recognises every example export by its headers, with its rows", () => {
    const views = fileViews(inputs, dayChecklist(inputs, AT));
    expect(views.map((v) => [v.name, v.kind, v.error])).toContainEqual([
      "万里牛订单_20261125.xlsx",
      "万里牛订单导出",
      undefined,
    ]);
    expect(views.find((v) => v.name.startsWith("缺货清单"))?.kind).toBe("缺货清单");
    expect(views.every((v) => v.error === undefined && (v.rows ?? 0) > 0 && v.fresh)).toBe(true);
  });

  it("says in Chinese why a file is not an export, and keeps the others", async () => {
    const [broken] = await readDayFiles([
      { name: "笔记.xlsx", bytes: new TextEncoder().encode("%PDF-1.7 not a sheet") },
    ]);
    if (!broken) throw new Error("the file was not accounted for");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/^读不了: .*笔记\.xlsx.*PDF/);
    const views = fileViews([...inputs, broken], dayChecklist([...inputs, broken], AT));
    expect(views).toHaveLength(inputs.length + 1);
  });

  it("cuts each item's section and reason from the library's own line", () => {
    const list = dayChecklist(inputs, AT);
    const views = itemViews(list);
    expect(views).toHaveLength(list.items.length);
    // The COD item has its own words: it is done in the 货到付款 tab, not by a command (tested below).
    for (const view of views.filter((v) => !v.cod)) {
      const result = list.items.find((r) => r.item.id === view.id);
      if (!result) throw new Error("item missing");
      const line = formatItemLineZh(result);
      expect(line).toContain(`${view.section} · ${view.title}`);
      expect(view.section).not.toBe("");
      if (view.reason) expect(line.endsWith(` — ${view.reason}`)).toBe(true);
    }
    expect(views.find((v) => v.id === "wanliniu-abnormal")).toMatchObject({
      section: "万里牛",
      deadlineZh: "截止 09:30",
      timeLeftZh: "还剩 20 分",
      state: "due-soon",
    });
    // Without exports an item says which export it waits for.
    expect(itemViews(dayChecklist([], AT)).find((v) => v.id === "wanliniu-abnormal")?.reason).toContain(
      "万里牛订单导出",
    );
  });

  it("puts 现在要做 first: at 09:10 the 09:30 万里牛 items; at 15:30 the 16:00 药房网 item above the handled morning", () => {
    const ids = (views: ReturnType<typeof itemViews>, bucket: string) =>
      views.filter((v) => bucketOfView(v) === bucket).map((v) => v.id);
    const morning = itemViews(dayChecklist(inputs, AT));
    expect(ids(morning, "now")).toEqual(
      morning.filter((v) => v.state === "due-soon" || v.state === "overdue").map((v) => v.id),
    );
    expect(ids(morning, "now")).toContain("wanliniu-abnormal");
    expect(morning[0]?.deadlineZh).toBe("截止 09:30");

    const afternoon = dayChecklist(inputs, new Date("2026-11-25T15:30:00+08:00"));
    const before = itemViews(afternoon);
    expect(before.find((v) => v.id === "wanliniu-abnormal")?.state).toBe("overdue");
    // The 09:30 items handled at 09:20: ticked, they go to the end; what is due now leads.
    let ticks = emptyTicks(afternoon.date);
    for (const v of before.filter((v) => v.deadlineZh === "截止 09:30"))
      ticks = tickItem(ticks, v.id, new Date("2026-11-25T09:20:00+08:00"));
    const after = itemViews(afternoon, ticks);
    const first = after[0];
    expect(first?.deadlineZh).not.toBe("截止 09:30");
    expect(after.filter((v) => v.deadlineZh === "截止 09:30").every((v) => bucketOfView(v) === "done")).toBe(
      true,
    );
    expect(after.find((v) => v.id === "wanliniu-abnormal")).toMatchObject({
      ticked: true,
      tickedAt: "09:20",
    });
  });

  it("ticks a group by its orders and reopens it when another export shows other orders", () => {
    const list = dayChecklist(inputs, AT);
    const item = itemViews(list).find((v) => v.groups.length > 0 && v.groups[0]?.orders.length);
    const group = item?.groups[0];
    if (!item || !group) throw new Error("no group with orders");
    const ticked = tickGroup(emptyTicks(list.date), group.tickKey, group.orders, AT);
    expect(itemViews(list, ticked).find((v) => v.id === item.id)?.groups[0]).toMatchObject({
      tick: { state: "ticked" },
      tickZh: "已处理 09:10",
    });
    const fewer = tickGroup(emptyTicks(list.date), group.tickKey, group.orders.slice(1), AT);
    const back = itemViews(list, fewer).find((v) => v.id === item.id)?.groups[0];
    expect(back?.tick.state).toBe("reopened");
    expect(back?.tickZh).toContain(`这次的导出里有 1 个订单不在当时的名单里 (${group.orders[0]})`);
  });

  it("gives the COD item a deadline like any other, done once today's report is saved", () => {
    expect(codItemState(300, false, 60)).toBe("needs-action");
    expect(codItemState(60, false, 60)).toBe("due-soon");
    expect(codItemState(-1, false, 60)).toBe("overdue");
    expect(codItemState(-1, true, 60)).toBe("done");
    const list = dayChecklist(inputs, new Date("2026-11-25T16:30:00+08:00"));
    const cod = () => itemViews(list, ticks).find((v) => v.id === "cod-report");
    let ticks = emptyTicks(list.date);
    expect(cod()).toMatchObject({ cod: true, state: "due-soon", deadlineZh: "截止 17:00" });
    expect(cod()?.reason).not.toContain("pnpm");
    ticks = { ...ticks, codSaved: new Date("2026-11-25T16:40:00+08:00").toISOString() };
    expect(cod()).toMatchObject({ state: "done", reason: "今天的货到付款日报已保存 (16:40)" });
  });

  it("gives a finding's order to the 消息 tab: its parsed order and its row with the header", () => {
    const list = dayChecklist(inputs, AT);
    const finding = list.items.find((i) => i.item.id === "wanliniu-abnormal")?.findings[0];
    if (!finding?.orderNo) throw new Error("no finding of an order");
    const ref = orderRefOf(inputs, finding);
    expect(ref.source).toBe(`${finding.file} · 第 ${finding.row} 行`);
    expect(ref.order?.orderNo).toBe(finding.orderNo);
    expect(ref.row?.values.map(String)).toContain(finding.orderNo);
    const cells = rowCellsZh(ref.row ?? { header: [], values: [] });
    expect(cells.length).toBeGreaterThan(3);
    // Phones are masked wherever the taskpane shows a cell.
    expect(cells.map((c) => c.value).join(" ")).not.toMatch(/1[3-9]\d{9}/);
    expect(loadedExports(inputs).map((e) => e.kindZh)).toContain("官网订单导出");
    expect(loadedExports(inputs).every((e) => e.orders.length > 0)).toBe(true);
  });

  it("names a row's cells by the header the library read, past a two-cell title row (regression: the title row was taken for the header)", async () => {
    const sheet = titledWmsExport(fakeOrders({ seed: 4, count: 2 }));
    const [wms] = await readDayFiles([
      { name: "WMS出库单.xlsx", bytes: await toXlsx({ name: sheet.name, rows: sheet.rows }) },
    ]);
    if (!wms?.ok) throw new Error("the WMS export was not read");
    const headerRow = WMS_TITLE_ROWS.length + 1;
    expect(wms.export.readBy.headerRow).toBe(headerRow);
    const row = rowOf([wms], { file: "WMS出库单.xlsx", row: headerRow + 1 });
    expect(row?.header).toEqual((sheet.rows[headerRow - 1] as unknown[]).map((cell) => String(cell ?? "")));
  });

  it("reads a pasted sheet under its own name and never reads back the sheets the tools write", async () => {
    const sheet = await readDaySheet("缺货清单", [
      ["缺货商家编码", "商品名称"],
      ["SKU-1", "某药"],
    ]);
    expect(sheet.ok && sheet.export.kind).toBe("out-of-stock");
    expect(["今日待办", "货到付款", "核对 (2)", "WMS配货"].map(isOwnSheet)).toEqual([true, true, true, true]);
    expect(["万里牛导出", "官网导出"].map(isOwnSheet)).toEqual([false, false]);
  });
});

describe("an export with a word no generator writes", () => {
  it("lists the file's reading problem under it, as the CLI words it", async () => {
    const wanliniu = dayFiles().find((f) => f.name.startsWith("万里牛")) as {
      name: string;
      bytes: Uint8Array;
    };
    const table = await readTable(wanliniu.bytes);
    const values = table.rows.map((row) => [...row.cells]);
    const headerAt = values.findIndex((cells) => cells.includes("订单状态"));
    const column = (values[headerAt] as unknown[]).indexOf("订单状态");
    const first = values[headerAt + 1] as unknown[];
    // Every row of that first order, so the word is its status (not a row disagreeing with it).
    const rows = values.flatMap((cells, i) => (i > headerAt && cells[0] === first[0] ? [i] : []));
    for (const i of rows) (values[i] as unknown[])[column] = "等待人工质检";
    const pasted = await readDaySheet("万里牛订单", values);
    const all = [...inputs.filter((i) => !i.name.startsWith("万里牛")), pasted];
    const view = fileViews(all, dayChecklist(all, AT)).find((v) => v.name === "万里牛订单");
    expect(view?.problems).toEqual([
      `[提醒] 「订单状态」列有 1 行是不认识的状态「等待人工质检」(第 ${headerAt + 2} 行), 已保留原文: 请核对导出的状态列`,
    ]);
    expect(fileViews(inputs, dayChecklist(inputs, AT)).every((v) => (v.problems ?? []).length === 0)).toBe(
      true,
    );
  });
});
