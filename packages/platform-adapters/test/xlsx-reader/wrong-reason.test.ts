import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseOrders, readTable } from "../../src/index";
import { parseOrdersFile, readTableFromFile } from "../../src/node";
import { inflateInChunksOf } from "../xlsx-corpus/inflate-chunks";
import { normTable } from "../xlsx-corpus/oracles";
import { EXAMPLE_XLSX, INFLATE_PATHS } from "../xlsx-corpus/read-paths";
import { rewritten, SFX_PREFIX, WRONG_REASON_REWRITES } from "../xlsx-corpus/variants";
import { craftZip } from "../xlsx-corpus/zip";

// Issue 29: valid workbooks refused for the wrong reason. Zip64 records (sizes 0xffffffff)
// were refused as too large, a self-extracting prefix as "这不是表格文件", UTF-16 parts as a
// zip without a workbook. Each is read now, exactly as the same entries in a plain zip.

const example = EXAMPLE_XLSX;

const PATHS = INFLATE_PATHS;

const dir = mkdtempSync(path.join(os.tmpdir(), "wrong-reason-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const original = await readTable(example, { fileName: "官网订单导出_示例.xlsx" });
const originalOrders = await parseOrders(original, { fileName: "官网订单导出_示例.xlsx" });

it("the original has the orders the variants must give", () => {
  expect(original.rows.length).toBeGreaterThan(10);
  expect(originalOrders.orders.length).toBeGreaterThan(5);
});

describe.each(WRONG_REASON_REWRITES)("the example export as $name", ({ name, rewrite }) => {
  const bytes = rewritten(example, rewrite);
  const file = path.join(dir, `${name}.xlsx`);
  writeFileSync(file, bytes);

  it.each(PATHS)("reads the same cells through $description", async ({ inflate, crc32 }) => {
    const table = await readTable(bytes, { inflate, crc32 });
    expect(table.sheetName).toBe(original.sheetName);
    expect(table.sheets).toEqual(original.sheets);
    expect(normTable(table)).toEqual(normTable(original));
  });

  it("reads the same cells from the file, and the same orders as the file streams", async () => {
    const table = await readTableFromFile(file);
    expect(normTable(table)).toEqual(normTable(original));
    const how: string[] = [];
    const result = await parseOrdersFile(file, {
      fileName: "官网订单导出_示例.xlsx",
      onRead: (read) => how.push(read),
    });
    expect(result.orders).toEqual(originalOrders.orders);
    expect(result.issues).toEqual(originalOrders.issues);
    expect(how).toHaveLength(1);
  });
});

describe.each([1, 3, 4093])("UTF-16 parts in chunks of %i bytes", (size) => {
  it.each(WRONG_REASON_REWRITES.filter(({ name }) => name.startsWith("utf-16")))(
    "$name: the same cells",
    async ({ rewrite }) => {
      const table = await readTable(rewritten(example, rewrite), { inflate: inflateInChunksOf(size) });
      expect(normTable(table)).toEqual(normTable(original));
    },
  );
});

describe("what is still refused, with the reason named", () => {
  const workbook = (layout: Parameters<typeof craftZip>[1]) =>
    craftZip([{ name: "xl/workbook.xml", data: "<workbook/>" }], layout);

  it("a Zip64 size mark without its extra field is a damaged zip, not a file too large", async () => {
    const bytes = workbook({ zip64: true });
    // Drop the central directory entry's Zip64 extra field: its sizes stay marked 0xffffffff.
    const view = new DataView(bytes.buffer);
    const central = bytes.findIndex((_, at) => view.getUint32(at, true) === 0x02014b50);
    view.setUint16(central + 30, 0, true);
    view.setUint16(central + 46 + 15, 0xabcd, true);
    await expect(readTable(bytes)).rejects.toMatchObject({
      code: "damaged-workbook",
      reason: "bad_zip",
      part: "xl/workbook.xml",
    });
  });

  it("text that merely ends like a zip's end record is still read as text (its control characters refused by row)", async () => {
    const end = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const bytes = new Uint8Array([...new TextEncoder().encode("订单号,金额\nA1,1\n"), ...end]);
    await expect(readTable(bytes)).rejects.toMatchObject({ code: "malformed-csv" });
  });

  it("a prefix alone, with no zip after it, is no spreadsheet", async () => {
    await expect(readTable(SFX_PREFIX)).rejects.toMatchObject({ code: "not-spreadsheet", reason: "binary" });
  });
});
