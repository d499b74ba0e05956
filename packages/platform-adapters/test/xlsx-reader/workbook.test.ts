import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { fakeOrders, guanwangExport, toXlsx } from "@syt/fake-exports";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { fflateInflate, formatErrorZh, readTable, resolveLimits, webInflate } from "../../src/index";
import { readTableFromFile, zlibInflate } from "../../src/node";
import { bytesSource, readXlsx } from "../../src/read/xlsx/index";
import { formatKind, isDateFormat } from "../../src/read/xlsx/styles";
import { buildZip, oneSheet, part, sheetXml, workbook } from "./build";

const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-reader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MiB = 1024 * 1024;
let saves = 0;
function saved(bytes: Uint8Array): string {
  const file = path.join(dir, `saved-${saves++}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "read",
    (error: unknown) => error,
  );

const STYLES =
  '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d\\ h:mm"/><numFmt numFmtId="165" formatCode="&quot;day&quot;0.00"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>';

describe("date cells from the style's number format", () => {
  it.each([
    { code: "yyyy-mm-dd hh:mm:ss", date: true },
    { code: 'yyyy"年"m"月"d"日"', date: true },
    { code: "[h]:mm:ss", date: true },
    { code: "h:mm AM/PM", date: true },
    { code: '"day"0.00', date: false },
    { code: "[Red]#,##0.00", date: false },
    { code: "[$¥-804]#,##0.00;\\-#,##0.00", date: false },
    { code: "0.00E+00", date: false },
    { code: "@", date: false },
    { code: "General", date: false },
  ])("$code is a date format: $date", ({ code, date }) => {
    expect(isDateFormat(code)).toBe(date);
  });

  it("reads serials as Dates in the 1900 and the 1904 system, numbers as numbers", async () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>46350.5</v></c><c r="B1" s="2"><v>46350.5</v></c><c r="C1" s="3"><v>46350</v></c></row>';
    const in1900 = await readTable(oneSheet(rows, { styles: STYLES }));
    expect(in1900.rows[0]?.cells).toEqual([
      new Date(Date.UTC(2026, 10, 24, 12)),
      46350.5,
      new Date(Date.UTC(2026, 10, 24)),
    ]);
    const in1904 = await readTable(oneSheet(rows, { styles: STYLES, date1904: true }));
    expect(in1904.rows[0]?.cells[0]).toEqual(new Date(Date.UTC(2030, 10, 25, 12)));
  });

  it.each([
    { code: "[h]:mm:ss", kind: "elapsed" },
    { code: "[h]:mm", kind: "elapsed" },
    { code: "[h]", kind: "elapsed" },
    { code: "[mm]:ss", kind: "elapsed" },
    { code: "[s]", kind: "elapsed" },
    { code: "[Red][h]:mm", kind: "elapsed" },
    { code: '"[h]" 0.00', kind: false },
    { code: "h:mm", kind: true },
    { code: "[$-804]yyyy-mm-dd", kind: true },
    { code: "0.00", kind: false },
  ])("$code is of kind $kind", ({ code, kind }) => {
    expect(formatKind(code)).toBe(kind);
  });

  const X15 =
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"';
  const EXT_X15 =
    '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>';

  it.each([
    {
      description: "Excel 2013+: x15:workbookPr in extLst after it",
      before: '<workbookPr date1904="1" defaultThemeVersion="164011"/>',
      after: EXT_X15,
      date1904: true,
    },
    { description: "x15:workbookPr only (no main workbookPr)", before: "", after: EXT_X15, date1904: false },
    {
      description: "a commented-out workbookPr",
      before: '<workbookPr/><!-- <workbookPr date1904="1"/> -->',
      after: "",
      date1904: false,
    },
    {
      description: 'date1904="true" beside x15',
      before: '<workbookPr date1904="true"/>',
      after: EXT_X15,
      date1904: true,
    },
  ])(
    "regression: the 1904 date system lost to x15:workbookPr ($description)",
    async ({ before, after, date1904 }) => {
      const rows = '<row r="1"><c r="A1" s="3"><v>45234</v></c></row>';
      const table = await readTable(
        oneSheet(rows, { styles: STYLES, workbookXml: { before, after, namespaces: X15 } }),
      );
      // 45234 is 2023-11-04 in the 1900 system and 2027-11-05 in the 1904 one (1,462 days later).
      expect(table.rows[0]?.cells[0]).toEqual(
        date1904 ? new Date(Date.UTC(2027, 10, 5)) : new Date(Date.UTC(2023, 10, 4)),
      );
    },
  );

  it("regression: serials 1-59 a day early (Excel's phantom 1900-02-29), read as Excel shows them and openpyxl reads them", async () => {
    const serials = [0.25, 1, 31, 59, 60, 61, 62];
    const rows = `<row r="1">${serials.map((serial, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${serial}</v></c>`).join("")}</row>`;
    const table = await readTable(oneSheet(rows, { styles: STYLES }));
    expect(table.rows[0]?.cells).toEqual([
      new Date(Date.UTC(1899, 11, 30, 6)),
      new Date(Date.UTC(1900, 0, 1)),
      new Date(Date.UTC(1900, 0, 31)),
      new Date(Date.UTC(1900, 1, 28)),
      // Excel's 1900-02-29, a day that never was: openpyxl's 1900-02-28.
      new Date(Date.UTC(1900, 1, 28)),
      new Date(Date.UTC(1900, 2, 1)),
      new Date(Date.UTC(1900, 2, 2)),
    ]);
    // The 1904 system has no phantom day: serial 1 is 1904-01-02.
    const in1904 = await readTable(
      oneSheet('<row r="1"><c r="A1" s="1"><v>1</v></c></row>', { styles: STYLES, date1904: true }),
    );
    expect(in1904.rows[0]?.cells[0]).toEqual(new Date(Date.UTC(1904, 0, 2)));
  });

  it("regression: [h]/[s] elapsed formats read as plain numbers or as dates: durations on day zero", async () => {
    const styles =
      '<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="[h]:mm"/><numFmt numFmtId="165" formatCode="[s]"/><numFmt numFmtId="166" formatCode="[h]"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="46"/></cellXfs></styleSheet>';
    const rows =
      '<row r="1"><c r="A1" s="1"><v>1.5</v></c><c r="B1" s="2"><v>0.0006944444444444445</v></c><c r="C1" s="3"><v>30</v></c><c r="D1" s="4"><v>2.25</v></c></row>';
    const durations = [
      new Date(Date.UTC(1899, 11, 31, 12)),
      new Date(Date.UTC(1899, 11, 30, 0, 1)),
      // 30 days of elapsed hours: no phantom leap day added, unlike the date serial 30.
      new Date(Date.UTC(1900, 0, 29)),
      new Date(Date.UTC(1900, 0, 1, 6)),
    ];
    expect((await readTable(oneSheet(rows, { styles }))).rows[0]?.cells).toEqual(durations);
    // The date system does not move a duration.
    expect((await readTable(oneSheet(rows, { styles, date1904: true }))).rows[0]?.cells).toEqual(durations);
  });

  it("regression: a numFmt of dxfs reusing a cell format's id, or a commented-out cellXfs, turned dates into numbers", async () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
      '<!-- <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0"/></cellXfs> -->' +
      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>' +
      '<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.00"/></dxf></dxfs></styleSheet>';
    const table = await readTable(oneSheet('<row r="1"><c r="A1" s="1"><v>46350</v></c></row>', { styles }));
    expect(table.rows[0]?.cells[0]).toEqual(new Date(Date.UTC(2026, 10, 24)));
  });

  it("gives the Dates exceljs's whole-workbook reader gave for a fake export with date cells", async () => {
    const few = fakeOrders({ seed: 3, count: 12 });
    const bytes = await toXlsx(guanwangExport(few, { dates: "date" }));
    const table = await readTable(bytes);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const expected = book.worksheets[0]?.getColumn(2).values.slice(2);
    expect(expected?.every((value) => value instanceof Date)).toBe(true);
    expect(table.rows.slice(1).map((row) => row.cells[1])).toEqual(expected);
  });
});

describe("regression: lenient values (a cell not what its type says was coerced)", () => {
  it.each([
    {
      description: "t=d month 13, day 45",
      cell: '<c r="A1" t="d"><v>2026-13-45</v></c>',
      value: "2026-13-45",
    },
    {
      description: "t=d hour 25",
      cell: '<c r="A1" t="d"><v>2026-11-25T25:00:00</v></c>',
      value: "2026-11-25T25:00:00",
    },
    {
      description: "t=d trailing text",
      cell: '<c r="A1" t="d"><v>2026-11-25 下午</v></c>',
      value: "2026-11-25 下午",
    },
    {
      description: "t=d a real date",
      cell: '<c r="A1" t="d"><v>2026-11-25T08:30:00</v></c>',
      value: new Date(Date.UTC(2026, 10, 25, 8, 30)),
    },
    { description: "hex", cell: '<c r="A1"><v>0x1A</v></c>', value: "0x1A" },
    { description: "binary", cell: '<c r="A1"><v>0b101</v></c>', value: "0b101" },
    { description: "a blank value", cell: '<c r="A1"><v> </v></c>', value: " " },
    { description: "past a double", cell: '<c r="A1"><v>1e400</v></c>', value: "1e400" },
    { description: "Infinity", cell: '<c r="A1"><v>Infinity</v></c>', value: "Infinity" },
    { description: "an exponent", cell: '<c r="A1"><v>1.5E3</v></c>', value: 1500 },
    { description: "a character reference in <v>", cell: '<c r="A1"><v>&#49;2</v></c>', value: 12 },
    { description: "t=b 2", cell: '<c r="A1" t="b"><v>2</v></c>', value: "2" },
    { description: "t=b 0", cell: '<c r="A1" t="b"><v>0</v></c>', value: false },
    { description: "t=b 1", cell: '<c r="A1" t="b"><v>1</v></c>', value: true },
  ])("$description", async ({ cell, value }) => {
    // B1 keeps the row from reading as blank.
    const table = await readTable(oneSheet(`<row r="1">${cell}<c r="B1"><v>7</v></c></row>`));
    expect(table.rows[0]?.cells).toEqual([value, 7]);
  });
});

describe("regression: internal DTD entities left literal", () => {
  const DTD = '<!DOCTYPE worksheet [ <!ENTITY no "GW2026112400001"> ]>';
  it.each([
    {
      description: "in a sheet",
      bytes: () =>
        workbook({
          sheets: [
            {
              name: "订单",
              xml: `<?xml version="1.0"?>${DTD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&no;</t></is></c></row></sheetData></worksheet>`,
            },
          ],
        }),
      part: "xl/worksheets/sheet1.xml",
    },
    {
      description: "in the styles",
      bytes: () => oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', { styles: `${DTD}${STYLES}` }),
      part: "xl/styles.xml",
    },
  ])("a DOCTYPE declaring entities is refused ($description)", async ({ bytes, part }) => {
    const error = await refusal(readTable(bytes()));
    expect(error).toMatchObject({ code: "damaged-workbook", reason: "doctype", part });
    expect(formatErrorZh(error as Error)).toContain("DOCTYPE");
  });

  it("a DOCTYPE without an internal subset is stepped over", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE worksheet><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>`;
    const table = await readTable(workbook({ sheets: [{ name: "订单", xml }] }));
    expect(table.rows[0]?.cells).toEqual([5]);
  });
});

describe("sheets, by the workbook's tabs and relationships", () => {
  const sheet = (value: string) =>
    sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${value}</t></is></c></row>`);

  it("regression: a chart sheet as the first tab made a valid workbook 'damaged'", async () => {
    const chart =
      '<?xml version="1.0"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>';
    const bytes = workbook({
      sheets: [
        { name: "图表1", xml: chart, part: "chartsheets/sheet1.xml", type: "chartsheet" },
        { name: "订单", xml: sheet("有") },
      ],
    });
    const table = await readTable(bytes);
    expect(table.sheetName).toBe("订单");
    expect(table.sheets).toEqual(["图表1", "订单"]);
    expect(table.rows[0]?.cells).toEqual(["有"]);
    const file = path.join(dir, "chart-first.xlsx");
    writeFileSync(file, bytes);
    expect((await readTableFromFile(file)).rows[0]?.cells).toEqual(["有"]);
    // Named, it is read as what it is: a tab without cells.
    expect((await readTable(bytes, { sheet: "图表1" })).rows).toEqual([]);
  });

  it("regression: a commented-out <sheet> was taken as a real tab", async () => {
    const bytes = workbook({
      sheets: [{ name: "订单", xml: sheet("有") }],
      workbookXml: {
        before: '<!-- <sheets><sheet name="旧表" sheetId="9" r:id="rId1"/></sheets> -->',
        after: "",
      },
    });
    const table = await readTable(bytes);
    expect(table.sheets).toEqual(["订单"]);
    expect(table.rows[0]?.cells).toEqual(["有"]);
  });

  it("follows tab order, not zip order, and skips hidden sheets unless named", async () => {
    const bytes = workbook({
      sheets: [
        { name: "隐藏", xml: sheet("hidden"), state: "hidden" },
        { name: "订单", xml: sheet("first tab"), part: "worksheets/orders-data.xml" },
        { name: "备用", xml: sheet("second tab") },
      ],
      reverseZipOrder: true,
    });
    const table = await readTable(bytes);
    expect(table).toMatchObject({ sheetName: "订单", sheets: ["隐藏", "订单", "备用"] });
    expect(table.rows[0]?.cells).toEqual(["first tab"]);
    expect((await readTable(bytes, { sheet: "隐藏" })).rows[0]?.cells).toEqual(["hidden"]);
  });

  it("reads a workbook at a path of its own, as _rels/.rels names it", async () => {
    const bytes = workbook({
      workbookPart: "book/main.xml",
      sheets: [
        { name: "订单", xml: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), part: "data/s.xml" },
      ],
      sharedStrings: ["<t>订单号</t>"],
    });
    expect((await readTable(bytes)).rows).toEqual([{ rowNumber: 1, cells: ["订单号"] }]);
  });

  it("fills gaps with one shared empty array: a sheet of gaps costs nothing per row", async () => {
    const table = await readTable(
      oneSheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="400000"><c r="A400000"><v>2</v></c></row>'),
    );
    expect(table.rows).toHaveLength(400000);
    expect(table.rows[5]?.cells).toBe(table.rows[6]?.cells);
  });
});

describe("every inflate, every chunk size, the same cells", () => {
  const few = fakeOrders({ seed: 9, count: 60 });
  it.each([
    { description: "zlib", inflate: zlibInflate },
    { description: "DecompressionStream", inflate: webInflate },
    { description: "fflate", inflate: fflateInflate },
  ])("$description", async ({ inflate }) => {
    const bytes = await toXlsx(guanwangExport(few));
    const reference = await readTable(bytes);
    expect(reference.rows.length).toBeGreaterThan(60);
    for (const chunkSize of [1, 2, 3, 5, 7, 1000, 4096]) {
      const table = await readXlsx(bytesSource(bytes, chunkSize), { limits: resolveLimits(), inflate });
      expect(table).toEqual(reference);
    }
  });

  it("reads a stored (method 0) workbook", async () => {
    const table = await readTable(
      oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>历下区</t></is></c></row>', { method: 0 }),
    );
    expect(table.rows[0]?.cells).toEqual(["历下区"]);
  });

  it("gives the same cells 200 times over (the streaming reader of exceljs sometimes ended before the shared strings)", async () => {
    const file = path.join(dir, "same.xlsx");
    writeFileSync(file, await toXlsx(guanwangExport(few.slice(0, 10))));
    const first = await readTableFromFile(file);
    for (let run = 0; run < 200; run++) expect(await readTableFromFile(file)).toEqual(first);
  });
});

describe("limits while streaming", () => {
  it("refuses a tiny file with one row numbered 2,000,000,000 by its row limit", async () => {
    const bytes = oneSheet('<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>');
    expect(bytes.byteLength).toBeLessThan(2500);
    expect(await refusal(readTable(bytes))).toMatchObject({ code: "input-too-large", limit: "rows" });
  });

  it("refuses 100k rows each with one value in column XFD at its first cell", async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
    ).join("");
    const file = path.join(dir, "xfd.xlsx");
    writeFileSync(file, oneSheet(rows));
    expect(await refusal(readTableFromFile(file))).toMatchObject({
      limit: "columns",
      actual: 16384,
      max: 2048,
    });
  });

  it("stops a zip that lies about its size after the size it declared", async () => {
    const endless = `${sheetXml("").slice(0, -30)}<row r="1">${'<c r="A1"><v>1</v></c>'.repeat(2_000_000)}`;
    const sheet = { ...part("xl/worksheets/sheet1.xml", endless), declaredSize: 1000 };
    const lying = buildZip([
      part(
        "_rels/.rels",
        '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      part("xl/workbook.xml", '<workbook><sheets><sheet name="订单" r:id="rId1"/></sheets></workbook>'),
      part(
        "xl/_rels/workbook.xml.rels",
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      sheet,
    ]);
    const file = path.join(dir, "lying.xlsx");
    writeFileSync(file, lying);
    expect(await refusal(readTableFromFile(file))).toMatchObject({
      code: "damaged-workbook",
      reason: "size_mismatch",
    });
    expect(await refusal(readTable(lying))).toMatchObject({
      code: "damaged-workbook",
      reason: "size_mismatch",
    });
  });

  it("counts inflated bytes of every part against maxUncompressedBytes", async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join("");
    expect(
      await refusal(readTable(oneSheet(rows), { limits: { maxUncompressedBytes: 20_000 } })),
    ).toMatchObject({
      code: "input-too-large",
      limit: "uncompressed",
    });
  });
});

describe("regression (issue 29): shared strings and cells bounded by the inflated-bytes budget", () => {
  // A budget of 128,000 inflated bytes holds 2,000 values (64 bytes each, see `maxValuesOf`).
  const limits = { maxUncompressedBytes: 128_000 };
  const tenCells = "<c><v>1</v></c>".repeat(10);

  it.each([
    { description: "Node zlib", read: (bytes: Uint8Array) => readTableFromFile(saved(bytes), { limits }) },
    {
      description: "DecompressionStream",
      read: (bytes: Uint8Array) => readTable(bytes, { limits, inflate: webInflate }),
    },
    {
      description: "fflate",
      read: (bytes: Uint8Array) => readTable(bytes, { limits, inflate: fflateInflate }),
    },
  ])("refuses 2,500 empty shared strings and 2,500 cells, reads 1,900 ($description)", async ({ read }) => {
    const rowsOf = (count: number) =>
      Array.from({ length: count / 10 }, (_, i) => `<row r="${i + 1}">${tenCells}</row>`).join("");
    const strings = (count: number) => oneSheet(rowsOf(10), { sharedStrings: Array(count).fill("") });
    expect(await refusal(read(strings(2500)))).toMatchObject({
      code: "input-too-large",
      limit: "shared_strings",
      max: 2000,
    });
    expect(await refusal(read(oneSheet(rowsOf(2500))))).toMatchObject({
      code: "input-too-large",
      limit: "cells",
      max: 2000,
    });
    expect((await read(strings(1900))).rows).toHaveLength(1);
    expect((await read(oneSheet(rowsOf(1900)))).rows).toHaveLength(190);
  });
});

describe("damaged workbooks and other formats are refused with their codes", () => {
  const rels = part("_rels/.rels", "<Relationships/>");
  const cases = [
    {
      description: "two entries of one name",
      bytes: () =>
        buildZip([rels, part("xl/workbook.xml", "<workbook/>"), part("xl/workbook.xml", "<workbook/>")]),
      expected: { code: "damaged-workbook", reason: "duplicate_entry", part: "xl/workbook.xml" },
    },
    {
      description: "a deflate stream that is garbage",
      bytes: () =>
        buildZip([
          rels,
          {
            name: "xl/workbook.xml",
            data: new Uint8Array([0xff, 0xff, 0xff, 0xff]),
            declaredSize: 10,
            method: 8,
          },
        ]),
      expected: { code: "damaged-workbook", reason: "inflate_failed" },
    },
    {
      description: "an unknown compression method",
      bytes: () =>
        buildZip([
          rels,
          { name: "xl/workbook.xml", data: new Uint8Array(4), declaredSize: 4, method: 12 as 8 },
        ]),
      expected: { code: "damaged-workbook", reason: "bad_zip" },
    },
    {
      description: "a t=s cell without a shared strings part",
      bytes: () => oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
      expected: { code: "damaged-workbook", reason: "missing_shared_strings", fileName: "订单.xlsx" },
    },
    {
      description: "a shared string index out of range",
      bytes: () => oneSheet('<row r="1"><c r="A1" t="s"><v>3</v></c></row>', { sharedStrings: ["<t>a</t>"] }),
      expected: { code: "damaged-workbook", reason: "shared_string_index" },
    },
    {
      description: "CDATA in an inline string (no program writes it; skipping it lost the text)",
      bytes: () => oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[备注]]></t></is></c></row>'),
      expected: { code: "damaged-workbook", reason: "cdata" },
    },
    {
      description: "CDATA in a value",
      bytes: () => oneSheet('<row r="1"><c r="A1" t="str"><v><![CDATA[GW1]]></v></c></row>'),
      expected: { code: "damaged-workbook", reason: "cdata" },
    },
    {
      description: "CDATA in a shared string",
      bytes: () =>
        oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
          sharedStrings: ["<t><![CDATA[备注]]></t>"],
        }),
      expected: { code: "damaged-workbook", reason: "cdata" },
    },
    {
      description: "a sheet cut short",
      bytes: () =>
        workbook({
          sheets: [{ name: "订单", xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>').slice(0, -40) }],
        }),
      expected: { code: "damaged-workbook", reason: "truncated_xml", part: "xl/worksheets/sheet1.xml" },
    },
    {
      description: "an .xlsb",
      bytes: () => buildZip([part("xl/workbook.bin", new Uint8Array(8))]),
      expected: { code: "unsupported-format", format: "xlsb" },
    },
    {
      description: "an .ods",
      bytes: () =>
        buildZip([
          part("mimetype", "application/vnd.oasis.opendocument.spreadsheet", 0),
          part("content.xml", "<office:document-content/>"),
        ]),
      expected: { code: "unsupported-format", format: "ods" },
    },
    {
      description: "a .numbers",
      bytes: () => buildZip([part("Index/Document.iwa", new Uint8Array(8))]),
      expected: { code: "unsupported-format", format: "numbers" },
    },
    {
      description: "a .fods",
      bytes: () =>
        new TextEncoder().encode('<?xml version="1.0"?>\n<office:document xmlns:office="urn:oasis">'),
      expected: { code: "unsupported-format", format: "fods" },
    },
    {
      description: "UTF-16 BE text",
      bytes: () => new Uint8Array([0xfe, 0xff, 0x8b, 0xa2, 0x53, 0x55]),
      expected: { code: "unsupported-format", format: "utf-16be" },
    },
    {
      description: "an .odt is still no spreadsheet",
      bytes: () =>
        buildZip([
          part("mimetype", "application/vnd.oasis.opendocument.text", 0),
          part("content.xml", "<x/>"),
        ]),
      expected: { code: "not-spreadsheet", reason: "zip_without_workbook" },
    },
  ];

  it.each(cases)("$description, read whole and from a file", async ({ bytes, expected }) => {
    const data = bytes();
    expect(await refusal(readTable(data, { fileName: "订单.xlsx" }))).toMatchObject(expected);
    const file = path.join(dir, "订单.xlsx");
    writeFileSync(file, data);
    expect(await refusal(readTableFromFile(file))).toMatchObject(expected);
  });

  it("a real zip bomb is still refused from its declared size before inflating", async () => {
    const bomb = {
      ...part("xl/worksheets/sheet1.xml", ""),
      data: new Uint8Array(deflateRawSync(new Uint8Array(40 * MiB))),
      declaredSize: 40 * MiB,
    };
    const bytes = buildZip([part("xl/workbook.xml", "<workbook/>"), bomb]);
    expect(await refusal(readTable(bytes, { limits: { maxUncompressedBytes: 16 * MiB } }))).toMatchObject({
      limit: "uncompressed",
      actual: 40 * MiB + 11,
    });
  });
});
