import { deflateRawSync } from "node:zlib";
import { fakeOrders, guanwangExport, toXlsx } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import {
  EncryptedWorkbookError,
  formatErrorZh,
  InputTooLargeError,
  LegacyXlsError,
  NotSpreadsheetError,
  parseOrders,
  readTable,
} from "../src/index";
import { buildZip } from "./zip-builder";

const MiB = 1024 * 1024;
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
const workbookXml = {
  name: "xl/workbook.xml",
  data: new TextEncoder().encode("<workbook/>"),
  declaredSize: 11,
  method: 0 as const,
};

const validXlsx = await toXlsx(guanwangExport(fakeOrders({ seed: 5, count: 40 })));

// A real zip bomb in miniature: 40 MiB of zeros deflate to a few KiB.
const bombData = new Uint8Array(deflateRawSync(new Uint8Array(40 * MiB)));

const CORPUS = [
  { description: "empty file", bytes: new Uint8Array(), error: NotSpreadsheetError, reason: "empty" },
  {
    description: "truncated xlsx",
    bytes: validXlsx.subarray(0, Math.floor(validXlsx.length / 2)),
    error: NotSpreadsheetError,
    reason: "truncated_zip",
  },
  {
    description: "PNG renamed .xlsx",
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    error: NotSpreadsheetError,
    reason: "image",
  },
  {
    description: "HTML page without a table (a login page saved as .xls)",
    bytes: new TextEncoder().encode("<!DOCTYPE html><html><body><p>登录超时, 请重新登录</p></body></html>"),
    error: NotSpreadsheetError,
    reason: "html_without_table",
  },
  {
    description: "binary garbage",
    bytes: new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x10, 0x11]),
    error: NotSpreadsheetError,
    reason: "binary",
  },
  {
    description: "a .docx renamed .xlsx",
    bytes: buildZip([{ name: "word/document.xml", data: new Uint8Array(4), declaredSize: 4, method: 0 }]),
    error: NotSpreadsheetError,
    reason: "zip_without_workbook",
  },
  {
    description: "binary Excel 97-2003 .xls",
    bytes: new Uint8Array([...CFB_MAGIC, ...new Array(504).fill(0), ...utf16("Workbook")]),
    error: LegacyXlsError,
  },
  {
    description: "password-protected xlsx",
    bytes: new Uint8Array([
      ...CFB_MAGIC,
      ...new Array(504).fill(0),
      ...utf16("EncryptionInfo"),
      0,
      0,
      ...utf16("EncryptedPackage"),
    ]),
    error: EncryptedWorkbookError,
  },
  {
    description: "zip bomb declaring gigabytes",
    bytes: buildZip([
      workbookXml,
      { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(16), declaredSize: 0xfffffff0, method: 8 },
    ]),
    error: InputTooLargeError,
  },
];

describe("bad files give their coded error", () => {
  it.each(CORPUS)("$description", async ({ bytes, error, reason }) => {
    const thrown = await readTable(bytes, { fileName: "订单.xlsx" }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(error);
    if (reason) expect((thrown as NotSpreadsheetError).reason).toBe(reason);
    expect(formatErrorZh(thrown)).toMatch(/[\u4e00-\u9fff]/);
  });

  it("has a case for each kind of bad file the issue names", () => {
    expect(CORPUS).toHaveLength(9);
  });

  it("refuses a real zip bomb from its declared size, without inflating it", async () => {
    const bytes = buildZip([
      workbookXml,
      { name: "xl/worksheets/sheet1.xml", data: bombData, declaredSize: 40 * MiB, method: 8 },
    ]);
    const before = process.memoryUsage().rss;
    const thrown = await readTable(bytes, { limits: { maxUncompressedBytes: 16 * MiB } }).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(InputTooLargeError);
    expect(thrown).toMatchObject({ limit: "uncompressed", max: 16 * MiB });
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * MiB);
  });

  it("refuses too many rows and too many bytes with the limit in the message", async () => {
    const rows = Array.from({ length: 11 }, (_, i) => [`GW${i}`]);
    const tooMany = await parseOrders(new TextEncoder().encode(rows.join("\n")), {
      limits: { maxRows: 10 },
    }).catch((e: unknown) => e);
    expect(tooMany).toMatchObject({ code: "input-too-large", limit: "rows", actual: 11, max: 10 });
    const tooBig = await readTable(validXlsx, { limits: { maxBytes: 1000 } }).catch((e: unknown) => e);
    expect(formatErrorZh(tooBig)).toContain("上限为 1000");
  });

  it("says which columns are missing when no header is found", async () => {
    const thrown = await parseOrders(
      [
        ["姓名", "电话"],
        ["张三", "13800000000"],
      ],
      { platform: "guanwang" },
    ).catch((e: unknown) => e);
    expect(formatErrorZh(thrown)).toMatchInlineSnapshot(
      `"没有找到官网导出的表头: 缺少这些列: 「订单号」。请确认导出的是正确的报表, 且表头行没有被删除或改名。"`,
    );
  });
});
