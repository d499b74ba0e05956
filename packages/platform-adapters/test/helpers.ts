import {
  type FakeOrder,
  type FakeSheet,
  type TrapOptions,
  toCsv,
  toHtmlXls,
  toValues,
  toXlsx,
} from "@syt/fake-exports";
import type { Order } from "@syt/orders-model";
import { expect } from "vitest";
import type { ParseMeta } from "../src/index";

const SHIPPING: Record<string, string> = { 配货中: "preparing", 未发货: "unshipped", 已发货: "shipped" };

/** What a test compares: the facts the routine relies on, from the truth and from a parsed order. */
export function summaryOfFake(order: FakeOrder) {
  return {
    orderNo: order.orderNo,
    lines: order.lines.map((line) => `${line.product.sku}x${line.quantity}`),
    isCod: order.payment === "货到付款",
    shipping: SHIPPING[order.shippingState],
    totalFen: order.totalFen,
    placedAt: order.placedAt.toISOString(),
  };
}

export function summaryOfParsed(order: Order) {
  return {
    orderNo: order.orderNo,
    lines: order.lines.map((line) => `${line.sku}x${line.quantity}`),
    isCod: order.payment.isCod,
    shipping: order.status.shipping,
    totalFen: order.amounts.total,
    placedAt: order.placedAt?.toISOString(),
  };
}

const byOrderNo = <T extends { orderNo: string }>(items: T[]): T[] =>
  [...items].sort((a, b) => a.orderNo.localeCompare(b.orderNo));

export function expectSameOrders(parsed: Order[], truth: FakeOrder[]): void {
  expect(byOrderNo(parsed.map(summaryOfParsed))).toEqual(byOrderNo(truth.map(summaryOfFake)));
}

export function expectAccountingAddsUp(meta: ParseMeta): void {
  const { dataRows, used, skipped, issues } = meta.accounting;
  expect(used + skipped + issues).toBe(dataRows);
}

export type Format = "xlsx" | "csv-utf8" | "csv-bom" | "csv-gbk" | "html-xls" | "values";
export const FORMATS: Format[] = ["xlsx", "csv-utf8", "csv-bom", "csv-gbk", "html-xls", "values"];

/** The same sheet in each form an operator can hand over. */
export async function inForm(
  sheet: FakeSheet,
  format: Format,
): Promise<{ input: Uint8Array | unknown[][]; fileName?: string }> {
  switch (format) {
    case "xlsx":
      return { input: await toXlsx(sheet), fileName: "export.xlsx" };
    case "csv-utf8":
      return { input: toCsv(sheet, "utf8"), fileName: "export.csv" };
    case "csv-bom":
      return { input: toCsv(sheet, "utf8-bom"), fileName: "export.csv" };
    case "csv-gbk":
      return { input: toCsv(sheet, "gbk"), fileName: "export.csv" };
    case "html-xls":
      return { input: toHtmlXls(sheet, "gbk"), fileName: "export.xls" };
    case "values":
      return { input: toValues(sheet) };
  }
}

/** Every trap of DOMAIN.md at once: title, blank rows, repeated header, 合计 row, ID guards, a destroyed ID. */
export const ALL_TRAPS: TrapOptions = {
  title: true,
  blankRows: 2,
  repeatedHeader: true,
  totalRow: true,
  idGuard: "mixed",
  destroyedIds: 1,
};
