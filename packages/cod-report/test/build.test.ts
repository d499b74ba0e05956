import { fakeOrders, guanwangExport, toValues, toXlsx, wmsExport } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { buildCodReport, formatCodErrorZh, isCodReportError } from "../src/index";
import { expectedRows } from "./expected";
import { readReport } from "./read-report";

const orders = fakeOrders({ seed: 5, count: 25, codShare: 0.6 });
const ordersSheet = guanwangExport(orders, { headers: "operator", idGuard: "tab", dates: "serial" });
const wmsSheet = wmsExport(orders, { sharedWaybills: 1 });

describe("buildCodReport", () => {
  it("gives the taskpane (2D arrays) the same report as the bytes of the files", async () => {
    const fromValues = await buildCodReport({
      orders: { values: toValues(ordersSheet), sheetName: ordersSheet.name },
      wms: { values: toValues(wmsSheet) },
      date: "2026-11-25",
    });
    const fromBytes = await buildCodReport({
      orders: {
        bytes: await toXlsx({ name: ordersSheet.name, rows: ordersSheet.rows }),
        fileName: "orders.xlsx",
      },
      wms: { bytes: await toXlsx({ name: wmsSheet.name, rows: wmsSheet.rows }), fileName: "wms.xlsx" },
      date: "2026-11-25",
    });
    expect(fromValues.fileName).toBe("上元堂官网_中通货到付款_2026-11-25.xlsx");
    expect(fromValues.summary).toEqual(fromBytes.summary);

    const report = await readReport(fromValues.bytes);
    const orderColumn = report.header.indexOf("订单编号");
    expect(report.rows.map((r) => r[orderColumn])).toEqual(
      expectedRows(ordersSheet).map((r) => r.order.orderNo),
    );
  });

  it("names the file after today in Shanghai when no date is given", async () => {
    const built = await buildCodReport({
      orders: { values: toValues(ordersSheet) },
      now: new Date("2026-11-24T16:00:00Z"),
      nameFormat: "YYYYMMDD",
    });
    expect(built.fileName).toBe("上元堂官网_中通货到付款_20261125.xlsx");
    expect(built.summary.wmsProvided).toBe(false);
  });

  it.each([
    {
      description: "the same export pasted in both sheets",
      orders: () => ordersSheet,
      wms: () => ordersSheet,
      code: "same-export-twice",
      says: "「官网导出」和「WMS导出」里是同一份导出 (都是官网订单导出)",
    },
    {
      description: "the two exports pasted in each other's sheet",
      orders: () => wmsSheet,
      wms: () => ordersSheet,
      code: "inputs-swapped",
      says: "两个文件放反了:「官网导出」是 WMS 物流导出,「WMS导出」是官网订单导出",
    },
  ])(
    "pasted sheets (2D arrays): $description is named by the sheets",
    async ({ orders, wms, code, says }) => {
      const failure = await buildCodReport({
        orders: { values: toValues(orders()), sheetName: "官网导出" },
        wms: { values: toValues(wms()), sheetName: "WMS导出" },
        date: "2026-11-25",
      }).catch((error: unknown) => error);
      expect(isCodReportError(failure) && failure.code).toBe(code);
      if (isCodReportError(failure)) expect(formatCodErrorZh(failure)).toContain(says);
    },
  );
});
