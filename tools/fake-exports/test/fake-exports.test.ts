import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  fakeOrders,
  guanwangExport,
  pinduoduoExport,
  profiledExport,
  toCsv,
  toHtmlXls,
  toValues,
  toXlsx,
  wanliniuExport,
  wmsExport,
} from "../src/index";

const orders = fakeOrders({ seed: 42, count: 30 });

describe("fakeOrders", () => {
  it("gives the same orders for the same seed and different ones for another seed", () => {
    expect(fakeOrders({ seed: 42, count: 30 })).toEqual(orders);
    expect(fakeOrders({ seed: 43, count: 30 })[0]?.orderNo).not.toBe(orders[0]?.orderNo);
  });

  it("mixes COD and online payment, shipping states, and several lines per order", () => {
    const many = fakeOrders({ seed: 1, count: 200 });
    expect(new Set(many.map((o) => o.payment))).toContain("货到付款");
    expect(new Set(many.map((o) => o.shippingState))).toEqual(new Set(["配货中", "未发货", "已发货"]));
    expect(many.some((o) => o.lines.length > 1)).toBe(true);
    expect(new Set(many.map((o) => o.orderNo)).size).toBe(200);
    for (const o of many) expect(o.totalFen).toBe(o.goodsFen + o.shippingFen);
  });
});

describe("guanwangExport traps", () => {
  it("records where the header, genuine rows and every trap row ended up", () => {
    const sheet = guanwangExport(orders, {
      title: true,
      blankRows: 2,
      repeatedHeader: true,
      totalRow: true,
      destroyedIds: 1,
    });
    const lines = orders.reduce((n, o) => n + o.lines.length, 0);
    expect(sheet.headerRow).toBe(3);
    expect(sheet.dataRows).toHaveLength(lines);
    expect(sheet.trapRows.map((t) => t.kind).sort()).toEqual([
      "blank",
      "blank",
      "blank",
      "destroyed",
      "header",
      "title",
      "total",
    ]);
    expect(sheet.rows).toHaveLength(2 + 1 + lines + 4 + 1);
    expect(sheet.rows.at(-1)?.[0]).toBe("合计");
    const destroyed = sheet.trapRows.find((t) => t.kind === "destroyed");
    expect(typeof sheet.rows[(destroyed?.row ?? 0) - 1]?.[0]).toBe("number");
  });

  it("guards IDs with tab, formula text and apostrophe", () => {
    for (const [idGuard, pattern] of [
      ["tab", /^\tGW/],
      ["formula", /^="GW\d+"$/],
      ["apostrophe", /^'GW/],
    ] as const) {
      const sheet = guanwangExport(orders, { idGuard });
      expect(sheet.rows[1]?.[0]).toMatch(pattern);
    }
  });

  it("writes the composite status cell and the operator headers", () => {
    const sheet = guanwangExport(orders, { headers: "operator" });
    const header = sheet.rows[0] ?? [];
    expect(header).toContain("订单处理状态");
    expect(header).toContain("订单支付方式");
    expect(String(sheet.rows[1]?.[header.indexOf("订单处理状态")])).toMatch(
      /^(已确认|未确认),(未付款|已付款),\S+$/,
    );
  });
});

describe("other exports", () => {
  it("WMS rows join several waybills in one cell and leave unallocated rows empty", () => {
    const sheet = wmsExport(fakeOrders({ seed: 5, count: 300 }), { sharedWaybills: 1 });
    const header = sheet.rows[0] ?? [];
    const waybills = sheet.rows.slice(1).map((r) => String(r[header.indexOf("物流单号")]));
    expect(waybills.some((w) => /[,，\s]|<br>/.test(w))).toBe(true);
    expect(sheet.records.some((r) => r.stage.word === "未分配" && r.waybillCell === "")).toBe(true);
  });

  it("WMS leaves the waybill of a share of allocated orders empty when asked", () => {
    const many = fakeOrders({ seed: 5, count: 300 });
    const sheet = wmsExport(many, { missingWaybillShare: 0.5 });
    const missing = sheet.records.filter((r) => r.stage.word === "分配完成" && r.waybillCell === "");
    expect(missing.length).toBeGreaterThan(10);
    expect(
      wmsExport(many).records.filter((r) => r.stage.word === "分配完成" && r.waybillCell === ""),
    ).toEqual([]);
  });

  it("拼多多 current export has 27 columns, no receiver, and full-width commas in statuses", () => {
    const pdd = fakeOrders({ seed: 3, count: 40, platform: "pinduoduo" });
    const sheet = pinduoduoExport(pdd);
    expect(sheet.rows[0]).toHaveLength(27);
    expect(sheet.rows[0]).not.toContain("收货人");
    expect(sheet.rows[0]).toContain("商家编码-规格维度");
    expect(pinduoduoExport(pdd, { layout: "full" }).rows[0]).toContain("商家编码-SKU维度");
    expect(pdd[0]?.orderNo).toMatch(/^\d{6}-\d{15}$/);
  });

  it("万里牛 and the profiled platforms have their own order-number column", () => {
    expect(wanliniuExport(orders).rows[1]?.[0]).toMatch(/^XD\d{14}$/);
    for (const platform of ["pingan", "yaofangwang", "suning", "xywy"] as const) {
      const sheet = profiledExport(platform, fakeOrders({ seed: 9, count: 5, platform }));
      expect(sheet.dataRows.length).toBeGreaterThanOrEqual(5);
    }
  });
});

describe("writers", () => {
  const sheet = guanwangExport(orders.slice(0, 5), { destroyedIds: 1 });

  it("xlsx reads back with the same header and cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(sheet)).buffer as ArrayBuffer);
    const ws = workbook.worksheets[0];
    expect(ws?.name).toBe("订单信息");
    expect(ws?.getRow(1).getCell(1).value).toBe("订单号");
    expect(ws?.getRow(2).getCell(3).value).toBe(sheet.rows[1]?.[2]);
  });

  it.each([
    { encoding: "utf8" as const, decoder: "utf-8", bom: false },
    { encoding: "utf8-bom" as const, decoder: "utf-8", bom: true },
    { encoding: "gbk" as const, decoder: "gb18030", bom: false },
  ])("csv in $encoding decodes back to the same rows", ({ encoding, decoder, bom }) => {
    const bytes = toCsv(sheet, encoding);
    expect(bytes[0] === 0xef && bytes[1] === 0xbb).toBe(bom);
    const text = new TextDecoder(decoder).decode(bytes);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed[1]?.[2]).toBe(sheet.rows[1]?.[2]);
    expect(parsed.flat().some((cell) => /^2\.\d+E\+19$/.test(cell))).toBe(true);
  });

  it("HTML .xls is a table, in GBK when asked", () => {
    const text = new TextDecoder("gb18030").decode(toHtmlXls(sheet, "gbk"));
    expect(text).toContain("<td>订单号</td>");
    expect(text).toContain("charset=gbk");
  });

  it("2D values are what Office.js gives: blanks as empty strings", () => {
    const values = toValues(guanwangExport(orders.slice(0, 2), { title: true }));
    expect(values[1]?.every((cell) => cell === "")).toBe(true);
  });
});
