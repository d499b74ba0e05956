import { formatItemLineZh } from "@syt/daily-checks";
import { fakeOrders, titledWmsExport, toXlsx, WMS_TITLE_ROWS } from "@syt/fake-exports";
import { readTable } from "@syt/platform-adapters";
import { beforeAll, describe, expect, it } from "vitest";
import { dayFiles } from "../../test/browser/day-inputs";
import {
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
    views.forEach((view, i) => {
      const result = list.items[i];
      if (!result) throw new Error("item missing");
      const line = formatItemLineZh(result);
      expect(line).toContain(`${view.section} · ${view.title}`);
      expect(view.section).not.toBe("");
      if (view.reason) expect(line.endsWith(` — ${view.reason}`)).toBe(true);
    });
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
