import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32, createDeflateRaw } from "node:zlib";
import { fakeOrders, guanwangExport, toCsv } from "@syt/fake-exports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  formatErrorZh,
  isAdapterError,
  parseOrders,
  type ReadTableOptions,
  readTable,
  type Table,
} from "../src/index";
import { readTableFromFile } from "../src/node";
import { type BoundedOutcome, bundleBoundedReader, readBounded } from "./xlsx-corpus/bounded";
import {
  type CraftCell,
  type CraftSheet,
  craftXlsx,
  rowXml,
  SharedStrings,
  STYLE,
  serialOf,
  sheetOfRows,
  worksheetXml,
} from "./xlsx-corpus/craft";
import { convertWithLibreOffice } from "./xlsx-corpus/libreoffice";
import { craftZip } from "./xlsx-corpus/zip";
import { sheetXml, workbook } from "./xlsx-reader/build";

// One test per bug of issue 10, each with a file crafted to hold exactly that bug, read by
// both entries: `readTable` (bytes: the taskpane) and `readTableFromFile` (the Node CLI).

const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-regressions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function saved(bytes: Uint8Array, ext = "xlsx"): string {
  const file = path.join(dir, `${fileNo++}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}

type Read = (bytes: Uint8Array, options?: ReadTableOptions) => Promise<Table>;
const READERS: { via: string; read: Read }[] = [
  { via: "readTable", read: (bytes, options) => readTable(bytes, options) },
  { via: "readTableFromFile", read: (bytes, options) => readTableFromFile(saved(bytes), options) },
];

/** The error a read ends in, judged only by what survives realms and bundles: its code and fields. */
async function refusal(reading: Promise<unknown>): Promise<Record<string, unknown>> {
  const error = await reading.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "the read must be refused").toBeDefined();
  expect(isAdapterError(error)).toBe(true);
  return error as Record<string, unknown>;
}

/** A workbook whose shared strings part is `count` empty items (`<si/>`), deflated as it is made. */
async function emptySharedStrings(count: number): Promise<Uint8Array> {
  const PER_BLOCK = 1 << 20;
  const block = Buffer.from("<si/>".repeat(PER_BLOCK));
  const pieces = [
    Buffer.from(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}">`),
  ];
  for (let left = count; left > 0; left -= PER_BLOCK)
    pieces.push(block.subarray(0, Math.min(left, PER_BLOCK) * 5));
  pieces.push(Buffer.from("</sst>"));
  const deflate = createDeflateRaw();
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await ended;
  return workbook({
    sheets: [{ name: "订单", xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
    sharedStringsPart: { data: Buffer.concat(out), declaredSize: size, method: 8, crc },
  });
}

const craftRows = (rows: unknown[][]): CraftCell[][] =>
  rows.map((cells) => cells.map((cell) => (cell === "" || cell === undefined ? null : (cell as CraftCell))));

const ordersOf = (count: number, seed: number) =>
  craftRows(guanwangExport(fakeOrders({ seed, count, firstSeq: seed * 1000 })).rows);

/** Sheets whose text cells point into one shared-strings table, as Excel writes them. */
function withSharedStrings(sheets: (strings: SharedStrings) => CraftSheet[]): {
  sheets: CraftSheet[];
  sharedStrings: SharedStrings;
} {
  const strings = new SharedStrings();
  return { sheets: sheets(strings), sharedStrings: strings };
}

const TWENTY = 20;
const THREE = 3;

describe("regression: the wrong sheet (the Node path took the zip's first sheet, not the first tab)", () => {
  it.each(READERS)(
    "reads tab 1 of a workbook whose zip order differs from its tab order ($via)",
    async ({ read }) => {
      const book = withSharedStrings((strings) => [
        {
          name: "订单列表",
          sheetId: 2,
          part: "xl/worksheets/sheet2.xml",
          xml: sheetOfRows(ordersOf(TWENTY, 1), strings),
        },
        {
          name: "旧订单",
          sheetId: 1,
          part: "xl/worksheets/sheet1.xml",
          xml: sheetOfRows(ordersOf(THREE, 2), strings),
        },
      ]);
      // Entries in name order: sheet1.xml (tab 2) first, as in a workbook whose tabs were moved.
      const bytes = craftXlsx({
        ...book,
        order: (entries) => [...entries].sort((a, b) => a.name.localeCompare(b.name)),
      });
      const table = await read(bytes);
      expect(table.sheetName).toBe("订单列表");
      expect(table.sheets).toEqual(["订单列表", "旧订单"]);
      expect((await parseOrders(table)).orders).toHaveLength(TWENTY);
    },
  );

  it.each(READERS)("skips a hidden first sheet unless it is named ($via)", async ({ read }) => {
    const bytes = craftXlsx(
      withSharedStrings((strings) => [
        { name: "隐藏", state: "hidden", xml: sheetOfRows(ordersOf(THREE, 3), strings) },
        { name: "订单", xml: sheetOfRows(ordersOf(TWENTY, 4), strings) },
      ]),
    );
    const chosen = await read(bytes);
    expect(chosen.sheetName).toBe("订单");
    expect((await parseOrders(chosen)).orders).toHaveLength(TWENTY);
    const named = await read(bytes, { sheet: "隐藏" });
    expect(named.sheetName).toBe("隐藏");
    expect((await parseOrders(named)).orders).toHaveLength(THREE);
  });

  it.each(READERS)("reads a workbook at xl/main.xml (found through _rels/.rels) ($via)", async ({ read }) => {
    const bytes = craftXlsx({
      workbookPath: "xl/main.xml",
      ...withSharedStrings((strings) => [
        { name: "订单", part: "xl/worksheets/orders.xml", xml: sheetOfRows(ordersOf(TWENTY, 5), strings) },
      ]),
    });
    const table = await read(bytes);
    expect(table.sheetName).toBe("订单");
    expect((await parseOrders(table)).orders).toHaveLength(TWENTY);
  });

  const parts = [
    { part: "xl/worksheets/orders.xml", target: "worksheets/orders.xml" },
    { part: "xl/data/订单.xml", target: "/xl/data/订单.xml" },
  ];
  it.each(READERS.flatMap((reader) => parts.map((p) => ({ ...reader, ...p }))))(
    "reads a sheet part not named sheetN.xml: $part, target $target ($via)",
    async ({ read, part, target }) => {
      const bytes = craftXlsx(
        withSharedStrings((strings) => [
          { name: "订单", part, target, xml: sheetOfRows(ordersOf(TWENTY, 6), strings) },
        ]),
      );
      const table = await read(bytes);
      expect(table.sheetName).toBe("订单");
      expect((await parseOrders(table)).orders).toHaveLength(TWENTY);
    },
  );
});

describe("regression: tiny honest files exhausted memory (row 2,000,000,000; 100k rows in column XFD)", () => {
  let bundle = "";
  beforeAll(async () => {
    bundle = await bundleBoundedReader(dir);
  });

  const VIAS = ["bytes", "file"] as const;
  const refusedOrRead = (outcome: BoundedOutcome) => {
    expect(outcome.killed, "killed: past its deadline or out of heap").toBeUndefined();
    if (!outcome.ok) expect(outcome.code, outcome.message).toBe("input-too-large");
  };

  it.each(VIAS)(
    "one row numbered 2,000,000,000: refused, or read as the one row it is with no empty rows made before it (via %s)",
    async (via) => {
      const xml = worksheetXml(rowXml(2_000_000_000, ["订单号"], "inline"));
      const file = saved(craftXlsx({ sheets: [{ name: "订单", xml }] }));
      const outcome = await readBounded(bundle, { file, via });
      refusedOrRead(outcome);
      if (outcome.ok)
        expect({ rows: outcome.rows, last: outcome.lastRowNumber }).toEqual({ rows: 1, last: 2_000_000_000 });
      expect(outcome.growthMiB).toBeLessThan(200);
    },
  );

  it.each(VIAS)(
    "100k rows each with one cell in column XFD: read or refused in bounded memory (via %s)",
    async (via) => {
      const rows = Array.from(
        { length: 100_000 },
        (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`,
      );
      const bytes = craftXlsx({ sheets: [{ name: "订单", xml: worksheetXml(rows.join("")) }] });
      expect(bytes.length).toBeLessThan(800_000);
      const outcome = await readBounded(bundle, { file: saved(bytes), via });
      refusedOrRead(outcome);
      if (outcome.ok)
        expect({ rows: outcome.rows, cells: outcome.lastCells, last: outcome.lastCell }).toEqual({
          rows: 100_000,
          cells: 16384,
          last: 99_999,
        });
      expect(outcome.growthMiB).toBeLessThan(200);
    },
  );

  it.each(VIAS)(
    "regression (issue 29): 400k rows each with one value at column 2,048 are read, each row holding its value, not 2,048 cells (via %s)",
    async (via) => {
      const rows = Array.from(
        { length: 400_000 },
        (_, i) => `<row r="${i + 1}"><c r="BZT${i + 1}"><v>${i}</v></c></row>`,
      );
      const bytes = craftXlsx({ sheets: [{ name: "订单", xml: worksheetXml(rows.join("")) }] });
      expect(bytes.length).toBeLessThan(4_000_000);
      const outcome = await readBounded(bundle, { file: saved(bytes), via });
      expect(outcome.killed, "killed: past its deadline or out of heap").toBeUndefined();
      expect({
        ok: outcome.ok,
        rows: outcome.rows,
        cells: outcome.lastCells,
        last: outcome.lastCell,
      }).toEqual({
        ok: true,
        rows: 400_000,
        cells: 2048,
        last: 399_999,
      });
      expect(outcome.growthMiB).toBeLessThan(200);
    },
  );

  it.each(VIAS)(
    "regression (issue 29): a 1.5 MB file of 200 million empty shared strings is refused (input-too-large / shared_strings), not a V8 crash (via %s)",
    async (via) => {
      const bytes = await emptySharedStrings(200_000_000);
      expect(bytes.length).toBeLessThan(2_000_000);
      const file = saved(bytes);
      const outcome = await readBounded(bundle, { file, via });
      expect(outcome.killed, "killed: past its deadline or out of heap").toBeUndefined();
      expect({ ok: outcome.ok, code: outcome.code, limit: outcome.limit }).toEqual({
        ok: false,
        code: "input-too-large",
        limit: "shared_strings",
      });
      expect(outcome.growthMiB).toBeLessThan(450);
    },
  );

  it.each(VIAS)("a zip that lies about its sizes is stopped while inflating (via %s)", async (via) => {
    // One endless row: 32 MiB of cells, declared as 1 KiB in both headers.
    const cells = "<c><v>1</v></c>".repeat((32 * 1024 * 1024) / 15);
    const sheet = worksheetXml(`<row r="1">${cells}</row>`);
    const entries = [{ name: "订单", xml: sheet }];
    const honest = craftXlsx({ sheets: entries });
    const lying = craftXlsx({
      sheets: entries,
      order: (all) =>
        all.map((entry) =>
          entry.name === "xl/worksheets/sheet1.xml" ? { ...entry, declaredSize: 1024 } : entry,
        ),
    });
    expect(lying.length).toBe(honest.length);
    const outcome = await readBounded(bundle, {
      file: saved(lying),
      via,
      limits: { maxUncompressedBytes: 4 * 1024 * 1024 },
    });
    expect(outcome.killed, "killed: past its deadline or out of heap").toBeUndefined();
    expect(outcome.ok, "the bomb must be refused").toBe(false);
    const refused = `${outcome.code}/${outcome.code === "input-too-large" ? outcome.limit : outcome.reason}`;
    expect(["input-too-large/uncompressed", "damaged-workbook/size_mismatch"]).toContain(refused);
    expect(outcome.growthMiB).toBeLessThan(200);
  });
});

describe("regression: silent partial reads (exit 0 with rows or text lost)", () => {
  const header = ["订单号", "收货人", "金额"];
  const body = Array.from({ length: 20 }, (_, i) => [`GW${1000 + i}`, `收货人${i}`, i * 10]);

  it.each(READERS)(
    "a sheet cut inside its last row is refused: damaged-workbook / truncated_xml ($via)",
    async ({ read }) => {
      const xml = sheetOfRows([header, ...body], "inline");
      const cut = xml.slice(0, xml.lastIndexOf("收货人19"));
      const error = await refusal(read(craftXlsx({ sheets: [{ name: "订单", xml: cut }] })));
      expect({ code: error.code, reason: error.reason }).toEqual({
        code: "damaged-workbook",
        reason: "truncated_xml",
      });
    },
  );

  it.each(READERS)(
    "a sheet cut after its last row is refused, or read with every row ($via)",
    async ({ read }) => {
      const xml = sheetOfRows([header, ...body], "inline");
      const cut = xml.slice(0, xml.lastIndexOf("</sheetData>"));
      const outcome = await read(craftXlsx({ sheets: [{ name: "订单", xml: cut }] })).then(
        (table) => ({ rows: table.rows.length, last: table.rows.at(-1)?.cells }),
        (e: Record<string, unknown>) => ({ code: e.code, reason: e.reason }),
      );
      expect([
        { rows: 21, last: ["GW1019", "收货人19", 190] },
        { code: "damaged-workbook", reason: "truncated_xml" },
      ]).toContainEqual(outcome);
    },
  );

  it.each(READERS)(
    't="s" cells without a shared-strings part: damaged-workbook / missing_shared_strings ($via)',
    async ({ read }) => {
      const strings = new SharedStrings();
      const xml = sheetOfRows([header, ...body], strings);
      const error = await refusal(read(craftXlsx({ sheets: [{ name: "订单", xml }] })));
      expect({ code: error.code, reason: error.reason }).toEqual({
        code: "damaged-workbook",
        reason: "missing_shared_strings",
      });
    },
  );

  it.each(READERS)(
    "a shared-string index out of range: damaged-workbook / shared_string_index ($via)",
    async ({ read }) => {
      const strings = new SharedStrings();
      const xml = sheetOfRows([header, ...body], strings).replace(
        `<v>${strings.texts.length - 1}</v>`,
        `<v>${strings.texts.length + 5}</v>`,
      );
      const error = await refusal(
        read(craftXlsx({ sheets: [{ name: "订单", xml }], sharedStrings: strings })),
      );
      expect({ code: error.code, reason: error.reason }).toEqual({
        code: "damaged-workbook",
        reason: "shared_string_index",
      });
    },
  );

  it.each(READERS)(
    "two zip entries with the same name: damaged-workbook / duplicate_entry ($via)",
    async ({ read }) => {
      const bytes = craftXlsx({
        sheets: [{ name: "订单", xml: sheetOfRows([header, ...body], "inline") }],
        order: (entries) => [
          ...entries,
          { name: "xl/worksheets/sheet1.xml", data: sheetOfRows([header, ...body.slice(0, 3)], "inline") },
        ],
      });
      const error = await refusal(read(bytes));
      expect({ code: error.code, reason: error.reason }).toEqual({
        code: "damaged-workbook",
        reason: "duplicate_entry",
      });
    },
  );
});

describe("regression: random blanks (exceljs's streaming reader sometimes ended before the shared strings)", () => {
  it("a small file written by LibreOffice gives the same cells on each of 200 reads per entry, every text present", async () => {
    const orders = fakeOrders({ seed: 105, count: 8 });
    const csv = { name: "orders.csv", bytes: toCsv(guanwangExport(orders), "utf8") };
    const bytes = convertWithLibreOffice([csv], "xlsx").get(csv.name) as Uint8Array;
    const file = saved(bytes);
    const first = await readTableFromFile(file);
    expect((await parseOrders(first)).orders).toHaveLength(8);
    const texts = first.rows.flatMap((row) => row.cells.filter((cell) => typeof cell === "string"));
    expect(texts.length).toBeGreaterThan(50);
    for (let i = 0; i < 200; i++) {
      expect((await readTableFromFile(file)).rows).toEqual(first.rows);
      expect((await readTable(bytes)).rows).toEqual(first.rows);
    }
  });
});

describe("regression: SpreadsheetML that Excel and other producers write", () => {
  const cellsOf = (table: Table) => table.rows.map((row) => ({ row: row.rowNumber, cells: row.cells }));

  it.each(READERS)(
    "cells and rows without r attributes are read in order, not refused ($via)",
    async ({ read }) => {
      const xml = worksheetXml(
        '<row><c t="inlineStr"><is><t>订单号</t></is></c><c t="inlineStr"><is><t>金额</t></is></c></row>' +
          '<row><c t="inlineStr"><is><t>GW1</t></is></c><c><v>12.5</v></c></row>' +
          '<row r="5"><c t="inlineStr"><is><t>GW2</t></is></c><c r="D5"><v>3</v></c><c><v>4</v></c></row>',
      );
      const table = await read(craftXlsx({ sheets: [{ name: "订单", xml }] }));
      expect(cellsOf(table)).toEqual([
        { row: 1, cells: ["订单号", "金额"] },
        { row: 2, cells: ["GW1", 12.5] },
        { row: 3, cells: [] },
        { row: 4, cells: [] },
        { row: 5, cells: ["GW2", null, null, 3, 4] },
      ]);
    },
  );

  it.each(READERS)(
    "self-closing cells are blanks that keep the columns in place ($via)",
    async ({ read }) => {
      const xml = worksheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"/><c r="C1" s="1"/><c r="D1"><v>4</v></c></row>',
      );
      const table = await read(craftXlsx({ sheets: [{ name: "订单", xml }], styles: true }));
      expect(cellsOf(table)).toEqual([{ row: 1, cells: ["a", null, null, 4] }]);
    },
  );

  it.each(READERS)("inline strings, with rich-text runs and preserved spaces ($via)", async ({ read }) => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 前导 </t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>加粗</t></r><r><t xml:space="preserve"> 普通</t></r></is></c>' +
        '<c r="C1" t="str"><f>A1</f><v>公式文本</v></c></row>',
    );
    const table = await read(craftXlsx({ sheets: [{ name: "订单", xml }] }));
    expect(cellsOf(table)).toEqual([{ row: 1, cells: [" 前导 ", "加粗 普通", "公式文本"] }]);
  });

  it.each(READERS)(
    "_xHHHH_ escapes in shared strings are decoded, _x005F_ keeps a literal one ($via)",
    async ({ read }) => {
      const sst =
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">' +
        "<si><t>第一行_x000D_\n第二行</t></si><si><t>A_x0009_B</t></si><si><t>_x005F_x0041_</t></si></sst>";
      const xml = worksheetXml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
      );
      const table = await read(craftXlsx({ sheets: [{ name: "订单", xml }], sharedStrings: sst }));
      expect(cellsOf(table)).toEqual([{ row: 1, cells: ["第一行\r\n第二行", "A\tB", "_x0041_"] }]);
    },
  );

  it.each(READERS)("the five entities and numeric character references ($via)", async ({ read }) => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>&#20013;&#x6587;&#x1F600;&#13;</t></is></c></row>',
    );
    const table = await read(craftXlsx({ sheets: [{ name: "订单", xml }] }));
    expect(cellsOf(table)).toEqual([{ row: 1, cells: [`<a> & "b" 'c'`, "中文😀\r"] }]);
  });

  it.each(READERS)(
    "dates in a 1904-system workbook come out as the dates the sheet shows ($via)",
    async ({ read }) => {
      const at = new Date(Date.UTC(2026, 10, 24, 13, 16, 2));
      const serial = serialOf(at, true);
      const xml = worksheetXml(
        `<row r="1"><c r="A1" s="${STYLE.dateTime}"><v>${serial}</v></c><c r="B1" s="${STYLE.dateCustom}"><v>${serial}</v></c><c r="C1" s="${STYLE.dateShort}"><v>${Math.floor(serial)}</v></c><c r="D1"><v>${serial}</v></c></row>`,
      );
      const table = await read(craftXlsx({ sheets: [{ name: "订单", xml }], styles: true, date1904: true }));
      const day = new Date(Date.UTC(2026, 10, 24));
      const cells = (table.rows[0]?.cells ?? []).map((cell) =>
        cell instanceof Date ? new Date(Math.round(cell.getTime() / 1000) * 1000) : cell,
      );
      expect(cells).toEqual([at, at, day, serial]);
    },
  );
});

describe("regression: other spreadsheet formats were called 'not a spreadsheet'", () => {
  const cases: { format: string; name: RegExp; bytes: () => Uint8Array; ext: string }[] = [];
  beforeAll(() => {
    const source = {
      name: "orders.xlsx",
      bytes: craftXlsx({ sheets: [{ name: "订单", xml: sheetOfRows(ordersOf(3, 7), "inline") }] }),
    };
    const ods = convertWithLibreOffice([source], "ods").get(source.name) as Uint8Array;
    const fods = convertWithLibreOffice([source], "fods").get(source.name) as Uint8Array;
    const utf16be = (text: string) => {
      const units = [0xfe, 0xff];
      for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
      return new Uint8Array(units);
    };
    const xlsb = craftZip([
      {
        name: "[Content_Types].xml",
        data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      },
      {
        name: "_rels/.rels",
        data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      },
      { name: "xl/workbook.bin", data: new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00]) },
      { name: "xl/worksheets/sheet1.bin", data: new Uint8Array([0x81, 0x01, 0x00, 0x82, 0x01, 0x00]) },
    ]);
    cases.push(
      { format: "xlsb", name: /\.xlsb/, bytes: () => xlsb, ext: "xlsb" },
      { format: "ods", name: /\.ods/, bytes: () => ods, ext: "ods" },
      { format: "fods", name: /\.fods/, bytes: () => fods, ext: "fods" },
      {
        format: "utf-16be",
        name: /UTF-16 ?BE/i,
        bytes: () => utf16be("订单号,金额\r\nGW1,12.5\r\n"),
        ext: "csv",
      },
    );
  }, 60_000);

  it("has the four formats to try", () => {
    expect(cases.map((c) => c.format)).toEqual(["xlsb", "ods", "fods", "utf-16be"]);
  });

  it.each(READERS)(
    "each is refused as unsupported-format naming the format, with a message to save as .xlsx ($via)",
    async ({ read, via }) => {
      expect(cases).toHaveLength(4);
      for (const { format, name, bytes, ext } of cases) {
        const reading =
          via === "readTable"
            ? read(bytes(), { fileName: `export.${ext}` })
            : readTableFromFile(saved(bytes(), ext));
        const error = await refusal(reading);
        expect({ code: error.code, format: error.format }).toEqual({ code: "unsupported-format", format });
        const message = formatErrorZh(error);
        expect(message).toMatch(name);
        expect(message).toMatch(/另存为.*\.xlsx/);
      }
    },
  );
});
