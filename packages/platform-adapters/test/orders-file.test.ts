import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport, pinduoduoExport, toXlsx, wanliniuExport } from "@syt/fake-exports";
import { afterAll, describe, expect, it } from "vitest";
import * as main from "../src/index";
import * as node from "../src/node";
import { craftXlsx, sheetOfRows } from "./xlsx-corpus/craft";

// `parseOrdersFile` parses an xlsx row by row as it is read. Whatever the file, its result must
// be exactly what reading the whole table and then parsing it gives
// (`parseOrders(await readTableFromFile(file))`), error included.

const dir = mkdtempSync(path.join(os.tmpdir(), "orders-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function saved(bytes: Uint8Array): string {
  const file = path.join(dir, `${fileNo++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

const failure = (error: unknown) => ({ error: { ...(error as object), name: (error as Error).name } });

/** The file read whole and parsed, against `parseOrdersFile`; `how` says how that one read it. */
async function bothWays(file: string, options: node.ParseOrdersFileOptions = {}) {
  let how = "";
  const whole = await node
    .readTableFromFile(file, { sheet: options.sheet })
    // parseOrdersFile names the file by its base name unless told otherwise.
    .then((table) => main.parseOrders(table, { fileName: path.basename(file), ...options }))
    .catch(failure);
  const streamed = await node
    .parseOrdersFile(file, { ...options, onRead: (way) => (how = way) })
    .catch(failure);
  return { whole, streamed, how };
}

const orders = fakeOrders({ seed: 31, count: 1500, words: "all" });

describe("parseOrdersFile (rows parsed as they are read) gives what reading the whole table gives", () => {
  it.each([
    {
      name: "官网, every status word, title rows, blanks, repeated header, total row",
      make: () =>
        guanwangExport(orders, {
          vocabulary: "mixed",
          title: true,
          blankRows: 3,
          repeatedHeader: true,
          totalRow: true,
          destroyedIds: 2,
        }),
    },
    {
      name: "拼多多",
      make: () => pinduoduoExport(fakeOrders({ seed: 32, count: 800, platform: "pinduoduo" })),
    },
    { name: "万里牛", make: () => wanliniuExport(fakeOrders({ seed: 33, count: 800 })) },
  ])("$name", async ({ make }) => {
    const sheet = make();
    const file = saved(await toXlsx({ name: sheet.name, rows: sheet.rows }));
    const { whole, streamed, how } = await bothWays(file);
    expect("error" in whole).toBe(false);
    expect(streamed).toEqual(whole);
    expect(how).toBe("stream");
  });

  const header = ["订单号", "订单处理状态", "支付方式", "收货人"];
  const row = (i: number) => [`GW2411${String(i).padStart(6, "0")}`, "配货中", "货到付款", `收货人${i}`];

  it("a blank first sheet, gaps in the row numbers and trailing blank rows", async () => {
    const rows = [header, ...Array.from({ length: 60 }, (_, i) => (i % 7 === 3 ? [] : row(i)))];
    const bytes = craftXlsx({
      sheets: [
        { name: "说明", xml: sheetOfRows([[""], [" "]], "inline") },
        { name: "订单", xml: sheetOfRows([...rows, [], [""], []], "inline") },
      ],
    });
    const { whole, streamed, how } = await bothWays(saved(bytes));
    expect("error" in whole).toBe(false);
    expect(streamed).toEqual(whole);
    expect((streamed as main.OrdersResult).meta.sheetName).toBe("订单");
    expect(how).toBe("stream");
  });

  it("a named sheet", async () => {
    const bytes = craftXlsx({
      sheets: [
        { name: "一", xml: sheetOfRows([header, row(1)], "inline") },
        { name: "二", xml: sheetOfRows([header, row(2), row(3)], "inline") },
      ],
    });
    const { whole, streamed, how } = await bothWays(saved(bytes), { sheet: "二" });
    expect(streamed).toEqual(whole);
    expect(how).toBe("stream");
    expect((streamed as main.OrdersResult).orders).toHaveLength(2);
  });

  it("rows written out of order (sorted and merged by the whole read)", async () => {
    const xml = sheetOfRows([header, row(1), row(2), row(3)], "inline");
    // Row 3 moved before row 2: the streaming read gives up, the table is read whole.
    const rows = xml.match(/<row [^>]*>.*?<\/row>/g) as string[];
    const swapped = xml.replace(rows.slice(1).join(""), [rows[1], rows[3], rows[2]].join(""));
    const { whole, streamed } = await bothWays(
      saved(craftXlsx({ sheets: [{ name: "订单", xml: swapped }] })),
    );
    expect(streamed).toEqual(whole);
    expect((streamed as main.OrdersResult).table.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    {
      name: "a sheet cut short: damaged-workbook / truncated_xml",
      xml: () => {
        const xml = sheetOfRows([header, ...Array.from({ length: 50 }, (_, i) => row(i))], "inline");
        return xml.slice(0, xml.lastIndexOf("收货人49"));
      },
      code: "damaged-workbook",
    },
    {
      name: "no header: unrecognised-export (no fallback to 官网)",
      xml: () =>
        sheetOfRows(
          Array.from({ length: 40 }, (_, i) => [`第 ${i} 行`, "说明"]),
          "inline",
        ),
      code: "unrecognised-export",
    },
  ])("$name, the same error as the whole read", async ({ xml, code }) => {
    const { whole, streamed } = await bothWays(saved(craftXlsx({ sheets: [{ name: "订单", xml: xml() }] })));
    expect(whole).toMatchObject({ error: { code } });
    expect(streamed).toEqual(whole);
  });

  it("keepRowsOf: only the rows of the orders it accepts stay in the table, the rest is unchanged", async () => {
    const sheet = guanwangExport(orders, { title: true, blankRows: 2 });
    const file = saved(await toXlsx({ name: sheet.name, rows: sheet.rows }));
    const keepRowsOf = (order: { payment: { isCod: boolean } }) => order.payment.isCod;
    const { whole, streamed, how } = await bothWays(file, { keepRowsOf });
    expect(how).toBe("stream");
    expect(streamed).toEqual(whole);
    const all = (await bothWays(file)).whole as main.OrdersResult;
    const result = streamed as main.OrdersResult;
    const codRows = new Set(all.orders.filter(keepRowsOf).flatMap((order) => order.sourceRows));
    const otherRows = new Set(all.orders.filter((o) => !keepRowsOf(o)).flatMap((order) => order.sourceRows));
    expect(codRows.size).toBeGreaterThan(0);
    expect(otherRows.size).toBeGreaterThan(0);
    expect(result.table.rows.map((row) => row.rowNumber)).toEqual(
      all.table.rows.map((row) => row.rowNumber).filter((n) => !otherRows.has(n)),
    );
    const { table: _, ...rest } = result;
    const { table: __, ...allRest } = all;
    expect(rest).toEqual(allRest);
  });

  it("keepDetailsOf: other orders keep number, status, payment and rows; only the kept ones' detail cells are read and told", async () => {
    const sheet = guanwangExport(orders, { title: true });
    const header = sheet.rows[sheet.headerRow - 1] as string[];
    const column = (name: string) => header.indexOf(name);
    const [phone, quantity, orderNo, payment] = ["手机", "购买数量", "订单号", "支付方式"].map(column);
    expect([phone, quantity, orderNo, payment].every((index) => (index as number) >= 0)).toBe(true);
    // Damage a phone and a quantity in the rows of orders whose details are let go, and of kept ones.
    const damaged = new Set<number>();
    for (const rowNumber of sheet.dataRows.filter((_, i) => i % 97 === 5)) {
      const cells = sheet.rows[rowNumber - 1] as unknown[];
      cells[phone as number] = "12345";
      cells[quantity as number] = "两盒";
      damaged.add(rowNumber);
    }
    // A payment word no table knows, on whole orders: they are not kept, and it is told all the same.
    const cells = (rowNumber: number) => sheet.rows[rowNumber - 1] as unknown[];
    const oddOrders = [...new Set(sheet.dataRows.map((row) => cells(row)[orderNo as number]))].slice(3, 6);
    const oddPaymentRows = sheet.dataRows.filter((row) => oddOrders.includes(cells(row)[orderNo as number]));
    for (const row of oddPaymentRows) cells(row)[payment as number] = "花呗分期";
    const file = saved(await toXlsx({ name: sheet.name, rows: sheet.rows }));
    const keepDetailsOf = (order: { payment: { isCod: boolean } }) => order.payment.isCod;
    const { whole, streamed, how } = await bothWays(file, { keepDetailsOf });
    expect(how).toBe("stream");
    expect(streamed).toEqual(whole);
    const all = (await bothWays(file)).whole as main.OrdersResult;
    const result = streamed as main.OrdersResult;

    // The warnings of every cell a whole read checks, less the detail cells of the orders let go.
    const plainRows = new Set(all.orders.filter((o) => !keepDetailsOf(o)).flatMap((o) => o.sourceRows));
    const detailCodes = new Set(["invalid-phone", "invalid-quantity", "invalid-money", "invalid-date"]);
    expect(result.issues).toEqual(
      all.issues.filter((i) => !(detailCodes.has(i.code) && i.row !== undefined && plainRows.has(i.row))),
    );
    const told = new Set(result.issues.filter((i) => i.code === "invalid-quantity").map((i) => i.row));
    expect(told).toEqual(new Set([...damaged].filter((row) => !plainRows.has(row))));
    expect(told.size).toBeGreaterThan(0);
    expect(told.size).toBeLessThan(damaged.size);
    const oddTold = result.issues.filter((i) => i.code === "unknown-payment").map((i) => i.row);
    expect(oddTold.length).toBe(oddOrders.length);
    expect(oddTold.every((row) => row !== undefined && plainRows.has(row))).toBe(true);
    expect(result.meta).toEqual(all.meta);
    expect(result.table).toEqual(all.table);
    expect(result.orders.map((o) => o.orderNo)).toEqual(all.orders.map((o) => o.orderNo));
    let plain = 0;
    result.orders.forEach((order, i) => {
      const full = all.orders[i] as main.OrdersResult["orders"][number];
      if (keepDetailsOf(full)) {
        expect(order).toEqual(full);
        return;
      }
      plain++;
      const { platform, orderNo, status, payment, logistics, sourceRows } = full;
      expect(order).toEqual({
        platform,
        orderNo,
        status,
        payment,
        logistics,
        sourceRows,
        receiver: {},
        lines: [],
        amounts: {},
      });
    });
    expect(plain).toBeGreaterThan(0);
    expect(plain).toBeLessThan(result.orders.length);
  });

  it("placed: the 下单时间 range of every order in the export, whether its details were read or not", async () => {
    const sheet = guanwangExport(orders, { title: true });
    const header = sheet.rows[sheet.headerRow - 1] as string[];
    const placedColumn = header.indexOf("下单时间");
    expect(placedColumn).toBeGreaterThanOrEqual(0);
    const cells = (rowNumber: number) => sheet.rows[rowNumber - 1] as unknown[];
    // The earliest and the latest order of the export are not COD orders, so the report lets their details go.
    const orderNoColumn = header.indexOf("订单号");
    // Each order's first row carries its order-level cells.
    const firstRows = sheet.dataRows.filter(
      (row, i) =>
        i === 0 || cells(row)[orderNoColumn] !== cells(sheet.dataRows[i - 1] as number)[orderNoColumn],
    );
    const [early, late] = [firstRows[0], firstRows.at(-1)] as [number, number];
    cells(early)[placedColumn] = "2026-11-23 06:01:02";
    cells(late)[placedColumn] = new Date(Date.UTC(2026, 11, 26, 23, 59, 0));
    const file = saved(await toXlsx({ name: sheet.name, rows: sheet.rows }));
    const all = (await bothWays(file)).whole as main.OrdersResult;
    const keepDetailsOf = (order: { orderNo: string }) =>
      ![early, late].some(
        (row) => all.orders.find((o) => o.sourceRows.includes(row))?.orderNo === order.orderNo,
      );
    const { whole, streamed } = await bothWays(file, { keepDetailsOf });
    expect(streamed).toEqual(whole);
    const result = streamed as main.OrdersResult;
    const dated = all.orders.filter((order) => order.placedAt);
    // The ends are what a whole read with details gives those two orders.
    const placedOf = (row: number) => all.orders.find((o) => o.sourceRows.includes(row))?.placedAt;
    expect(placedOf(early)).toEqual(new Date("2026-11-22T22:01:02Z"));
    expect(result.placed).toEqual({ first: placedOf(early), last: placedOf(late), dated: dated.length });
    expect(result.placed?.last.getUTCDate()).toBe(26);
    expect(all.placed).toEqual(result.placed);
    // The report's own orders alone would not have reached either end.
    const kept = result.orders
      .filter((order) => order.placedAt)
      .map((order) => order.placedAt?.getTime() ?? 0);
    expect(Math.min(...kept)).toBeGreaterThan(result.placed?.first.getTime() ?? 0);
    expect(Math.max(...kept)).toBeLessThan(result.placed?.last.getTime() ?? 0);
  });

  it("a file that cannot be opened at all: the whole read's error", async () => {
    const missing = path.join(dir, "没有这个文件.xlsx");
    const { whole, streamed } = await bothWays(missing);
    expect(whole).toMatchObject({ error: { code: "ENOENT" } });
    expect(streamed).toEqual(whole);
  });
});
