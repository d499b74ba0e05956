import { createRequire } from "node:module";
import { buildCodReport, CHECK_SHEET_NAME, ORDERS_SHEET_NAME, SEVERITY_ZH } from "@syt/cod-report";
import { fakeOrders, guanwangExport, toCsv } from "@syt/fake-exports";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  allSheetRows,
  asRangeValues,
  displayText,
  exportFiles,
  ODD_PAYMENT,
  oddPaymentExport,
} from "../../test/browser/inputs";
import { describeFindings } from "../ui/describe-error";
import { runCodReport } from "./engine";

// exceljs's two readers and its writer, as they would be loaded: the report core uses none of them.
const require = createRequire(import.meta.url);
const { prototype: xlsx } = require("exceljs/lib/xlsx/xlsx.js") as {
  prototype: { load: () => unknown; writeBuffer: () => unknown };
};
const { prototype: streamReader } = require("exceljs/lib/stream/xlsx/workbook-reader.js") as {
  prototype: { parse: () => unknown };
};

const fileSource = (file: { name: string; bytes: Uint8Array }) =>
  ({ kind: "file", bytes: file.bytes, fileName: file.name }) as const;

describe("runCodReport", () => {
  it("turns thousands of finding rows into a handful of problems, each with every one of its rows", async () => {
    const file = oddPaymentExport(1500);
    const report = await runCodReport({ orders: fileSource(file) });
    const { summary } = await buildCodReport({ orders: { bytes: file.bytes, fileName: file.name } });

    expect(summary.findings.length).toBeGreaterThan(1250);
    expect(report.groups.length).toBeLessThanOrEqual(5);
    expect(report.groups.map((g) => g.key)).toEqual(summary.groups.map((g) => g.key));
    expect(report.groups.reduce((sum, g) => sum + g.findings.length, 0)).toBe(summary.findings.length);

    const odd = report.groups.find((g) => g.text.includes(ODD_PAYMENT));
    expect(odd).toMatchObject({ severity: "warning", severityLabel: SEVERITY_ZH.warning, sameText: true });
    expect(odd?.count).toBeGreaterThan(1250);
    expect(odd?.findings).toHaveLength(odd?.count ?? -1);
    expect(odd?.findings[0]).toMatchObject({ sheet: "orders", sheetLabel: "官网导出", row: 3 });
    // Rows, not findings: each row is counted once whatever the number of problems on it.
    const rows = new Set(
      summary.findings.flatMap((f) => (f.row === undefined ? [] : [`${f.sheet}:${f.row}`])),
    );
    expect(report.rowsToFix).toBe(rows.size);
    expect(report.rowsToFix).toBeLessThanOrEqual(1501);
  });

  it("says the report can go out when nothing blocks it, and how many problems when something does", async () => {
    const files = exportFiles();
    const report = await runCodReport({
      orders: fileSource({ name: "官网订单导出_示例.xlsx", bytes: files.orders.bytes }),
      wms: fileSource({ name: "WMS物流导出_示例.xlsx", bytes: files.wms.bytes }),
    });
    const errors = report.groups.filter((g) => g.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(report.blocking).toBe(errors);
    expect(report.verdict).toContain(`交付前需要处理 ${errors} 个问题`);
    expect(report.groups[0]?.severityLabel).toBe(SEVERITY_ZH[report.groups[0]?.severity ?? "error"]);
    const clean = await runCodReport({
      orders: fileSource({
        name: "官网订单导出.csv",
        bytes: toCsv(guanwangExport(fakeOrders({ seed: 5, count: 6, codShare: 0 }))),
      }),
      // The fake orders are of 11-24 and 11-25: the report of their own day.
      date: "2026-11-25",
    });
    expect(clean).toMatchObject({ verdict: "可以交付", blocking: 0, groups: [], rowsToFix: 0 });

    // Rows that differ (each shared waybill names the other order) keep their own text in the list.
    expect(report.groups.find((g) => g.code === "waybill-shared")?.sameText).toBe(false);
    expect(report.groups.find((g) => g.code === "cod-pending")?.sameText).toBe(true);
    // describeFindings reads the groups: the example holds one order number Excel destroyed.
    expect(describeFindings(report.groups, "excel")?.title).toContain("有 1 个订单号");
  });

  it("never shows a customer's phone that an odd cell carries, however it is written", async () => {
    const orders = fakeOrders({ seed: 3, count: 4 });
    for (const order of orders) order.payment = "到付 请联系 138 1234 5678";
    const report = await runCodReport({
      orders: fileSource({ name: "官网订单导出.csv", bytes: toCsv(guanwangExport(orders)) }),
    });
    const shown = JSON.stringify([report.verdict, report.groups.map((g) => [g.text, g.findings])]);
    expect(shown).toContain("138****5678");
    expect(shown).not.toMatch(/1234/);
  });
});

describe("the report's sheets", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("are the file's sheets cell for cell: one writer wrote the data, exceljs neither writes nor reads", async () => {
    const load = vi.spyOn(xlsx, "load");
    const parse = vi.spyOn(streamReader, "parse");
    const write = vi.spyOn(xlsx, "writeBuffer");
    const files = exportFiles();
    const report = await runCodReport({
      orders: fileSource({ name: "官网订单导出_示例.xlsx", bytes: files.orders.bytes }),
      wms: fileSource({ name: "WMS物流导出_示例.xlsx", bytes: files.wms.bytes }),
    });
    const bytes = await report.file;
    expect(write).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    vi.restoreAllMocks();

    // exceljs's whole-workbook reader, as an independent witness of what the file holds.
    const expected = await allSheetRows(bytes);
    expect(report.sheets.map((sheet) => sheet.name)).toEqual([ORDERS_SHEET_NAME, CHECK_SHEET_NAME]);
    expect(expected.map((sheet) => sheet.name)).toEqual([ORDERS_SHEET_NAME, CHECK_SHEET_NAME]);
    expect(report.sheets[0]?.rows.length).toBeGreaterThan(1);
    for (const [index, sheet] of report.sheets.entries()) {
      const shown = sheet.rows.map((row) => row.cells.map((cell) => displayText(cell)));
      expect(asRangeValues(shown)).toEqual(asRangeValues(expected[index]?.rows ?? []));
    }
  });
});

describe("orderRef", () => {
  it("gives a finding's row under its header, and its order, from what the report read", async () => {
    const files = exportFiles();
    const report = await runCodReport({
      orders: fileSource({ name: "官网订单导出_示例.xlsx", bytes: files.orders.bytes }),
      wms: fileSource({ name: "WMS物流导出_示例.xlsx", bytes: files.wms.bytes }),
    });
    const located = report.groups.flatMap((g) => g.findings).filter((f) => f.sheet === "orders" && f.row);
    expect(located.length).toBeGreaterThan(3);
    const refs = await Promise.all(located.map((f) => report.orderRef(f)));
    refs.forEach((ref, i) => {
      const finding = located[i];
      expect(ref.source).toBe(`官网导出 · 第 ${finding?.row} 行`);
      expect(ref.row?.header).toContain("订单编号");
      if (ref.order) expect(ref.order.orderNo).toBe(finding?.orderNo);
    });
    // The report's own orders come parsed, with their details; any other as its row.
    const withOrder = refs.findIndex((ref) => ref.order !== undefined);
    expect(withOrder).toBeGreaterThanOrEqual(0);
    const ref = refs[withOrder];
    const column = ref?.row?.header.indexOf("订单编号") ?? -1;
    expect(String(ref?.row?.values[column])).toContain(located[withOrder]?.orderNo ?? "?");
    // Blanks as "", as the 消息 tab's form reads them.
    expect(refs.some((r) => r.row?.values.some((cell) => cell === null || cell === undefined))).toBe(false);
  });
});
