import { describe, expect, it } from "vitest";
import { DamagedWorkbookError, InputTooLargeError } from "../../src/index";
import { ChunkJoiner, PADDING } from "../../src/read/xlsx/bytes";
import { SharedStringsScanner } from "../../src/read/xlsx/shared-strings";
import { type SheetContext, SheetScanner } from "../../src/read/xlsx/sheet-scanner";
import { sheetXml, sstXml } from "./build";

const context: SheetContext = {
  sharedStrings: ["订单号", "货到付款"],
  dateStyles: [false, true],
  date1904: false,
  maxRows: 1000,
  maxColumns: 30,
  maxCells: 100_000,
  part: "xl/worksheets/sheet1.xml",
  fileName: "订单.xlsx",
};

const encode = (text: string) => new TextEncoder().encode(text);

/** The sheet's bytes pushed `chunkSize` bytes at a time: a UTF-8 character may be split. */
function scan(xml: string, chunkSize = Number.POSITIVE_INFINITY, more: Partial<SheetContext> = {}) {
  const scanner = new SheetScanner({ ...context, ...more });
  const bytes = encode(xml);
  for (let at = 0; at < bytes.length; at += chunkSize) scanner.push(bytes.subarray(at, at + chunkSize));
  return scanner.end();
}

const cellsOf = (xml: string, chunkSize?: number) => scan(sheetXml(xml), chunkSize).map((row) => row.cells);

describe("the sheet scanner reads each kind of cell SpreadsheetML holds", () => {
  it.each([
    { description: "shared string", xml: '<c r="A1" t="s"><v>1</v></c>', expected: "货到付款" },
    {
      description: "formula string result",
      xml: '<c r="A1" t="str"><f>A2&amp;"x"</f><v>GW1x</v></c>',
      expected: "GW1x",
    },
    {
      description: "inline string",
      xml: '<c r="A1" t="inlineStr"><is><t>GW 1</t></is></c>',
      expected: "GW 1",
    },
    {
      description: "inline rich text runs, phonetic run left out",
      xml: '<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>货到</t></r><r><t xml:space="preserve"> 付款 </t></r><rPh sb="0" eb="1"><t>huo</t></rPh></is></c>',
      expected: "货到 付款 ",
    },
    { description: "boolean true", xml: '<c r="A1" t="b"><v>1</v></c>', expected: true },
    { description: "boolean false", xml: '<c r="A1" t="b"><v>0</v></c>', expected: false },
    { description: "error", xml: '<c r="A1" t="e"><f>NA()</f><v>#N/A</v></c>', expected: "#N/A" },
    { description: "number", xml: '<c r="A1"><v>27.8</v></c>', expected: 27.8 },
    {
      description: "explicit number with exponent",
      xml: '<c r="A1" t="n"><v>1.5E+3</v></c>',
      expected: 1500,
    },
    { description: "formula with a cached 0", xml: '<c r="A1"><f>B1-B1</f><v>0</v></c>', expected: 0 },
    {
      description: "ISO date (t=d) as wall-clock Date",
      xml: '<c r="A1" t="d"><v>2026-11-24T09:30:00</v></c>',
      expected: new Date(Date.UTC(2026, 10, 24, 9, 30)),
    },
    {
      description: "serial with a date style",
      xml: '<c r="A1" s="1"><v>46350.3958333333</v></c>',
      expected: new Date(Date.UTC(2026, 10, 24, 9, 30)),
    },
    {
      description: "the five entities and numeric references",
      xml: '<c r="A1" t="inlineStr"><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#27700;&#x1F600;</t></is></c>',
      expected: "<a> & \"b\" 'c' 水😀",
    },
    {
      description: "an entity no DTD may define stays literal",
      xml: '<c r="A1" t="inlineStr"><is><t>&bomb;</t></is></c>',
      expected: "&bomb;",
    },
    {
      description: "OOXML escapes, _x005F_ escaping an underscore",
      xml: '<c r="A1" t="inlineStr"><is><t>a_x000D_b_x005F_x0041_</t></is></c>',
      expected: "a\rb_x0041_",
    },
    {
      description: "CR LF in text read as LF, as XML says",
      xml: '<c r="A1" t="inlineStr"><is><t>a\r\nb</t></is></c>',
      expected: "a\nb",
    },
  ])("$description", ({ xml, expected }) => {
    expect(cellsOf(`<row r="1">${xml}</row>`)).toEqual([[expected]]);
  });

  it("keeps holes as null, drops value-less cells at the end, and reads cells and rows without r in order", () => {
    const xml =
      '<row r="2" spans="1:4"><c r="B2" t="s"><v>0</v></c><c r="D2"><v>4</v></c><c r="E2" s="1"/></row>' +
      "<row><c><v>1</v></c><c/><c><v>3</v></c></row>";
    expect(scan(sheetXml(xml))).toEqual([
      { rowNumber: 2, cells: [null, "订单号", null, 4] },
      { rowNumber: 3, cells: [1, null, 3] },
    ]);
  });

  it("reads elements with a namespace prefix, and steps over comments and processing instructions", () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><!-- <c r="Z9"><v>9</v></c> --><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    expect(scan(xml)).toEqual([{ rowNumber: 1, cells: ["订单号", 2] }]);
  });

  // The shapes the one-pass path takes (`plainCell`) beside the near misses it leaves to the full
  // path: both must read a cell the same, whatever the chunk boundaries.
  it.each([
    { xml: '<c r="C1" t="s"><v>1</v></c>', expected: [null, null, "货到付款"] },
    { xml: '<c r="C1" s="1" t="s"><v>0</v></c>', expected: [null, null, "订单号"] },
    { xml: '<c r="A1" t="s"><v>01</v></c>', expected: ["货到付款"] },
    { xml: '<c r="A1" t="n" s="0"><v>-0.25</v></c>', expected: [-0.25] },
    { xml: '<c r="A1" s="1"><v>46350.5</v></c>', expected: [new Date(Date.UTC(2026, 10, 24, 12))] },
    { xml: '<c r="AB1"><v>007</v></c>', expected: [...Array(27).fill(null), 7] },
    { xml: '<c r="a1"><v>5</v></c>', expected: [5] },
    { xml: '<c r="B1" r="C1"><v>5</v></c>', expected: [null, null, 5] },
    { xml: '<c r="A1" t="b"><v>1</v></c>', expected: [true] },
    { xml: '<c r="A1" t="n"><v>1e3</v></c>', expected: [1000] },
    { xml: '<c r="A1"><v> 5</v></c>', expected: [5] },
    { xml: '<c r="A1"  t="s"><v>1</v></c>', expected: ["货到付款"] },
    { xml: "<c r='A1' t='s'><v>1</v></c>", expected: ["货到付款"] },
    { xml: '<c r="A1" cm="1"><v>5</v></c>', expected: [5] },
    { xml: '<c r="A1" s="x"><v>5</v></c>', expected: [5] },
    { xml: '<c r="A1"><v>1234567890123456</v></c>', expected: [1234567890123456] },
    { xml: '<c r="B1"><v>1</v></c><c t="s"><v>0</v></c>', expected: [null, 1, "订单号"] },
  ])("one pass or the long way, the same cell: $xml", ({ xml, expected }) => {
    const sheet = sheetXml(`<row r="1">${xml}</row>`);
    for (const size of [Number.POSITIVE_INFINITY, 1, 3, 5, 11]) {
      expect(scan(sheet, size)).toEqual([{ rowNumber: 1, cells: expected }]);
    }
  });

  it("refuses a shared-string index past the strings, and a column past the limit, on the one-pass path too", () => {
    expect(() => scan(sheetXml('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'))).toThrow(
      expect.objectContaining({ reason: "shared_string_index" }),
    );
    expect(() => scan(sheetXml('<row r="1"><c r="XFD1"><v>7</v></c></row>'))).toThrow(InputTooLargeError);
    // Four letters are left to the long way, which reads them as it always has.
    const [far] = scan(sheetXml('<row r="1"><c r="AAAA1"><v>7</v></c></row>'), 4, { maxColumns: 20000 });
    expect(far?.cells.length).toBe(26 ** 3 + 26 ** 2 + 26 + 1);
    expect(far?.cells.at(-1)).toBe(7);
  });

  it("gives the same rows whatever the chunk boundaries", () => {
    const xml = sheetXml(
      Array.from(
        { length: 30 },
        (_, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i % 2}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>历下区&amp;${i}</t></is></c><c r="C${i + 1}" s="1"><v>${46350 + i / 7}</v></c></row>`,
      ).join(""),
    );
    const whole = scan(xml);
    for (let size = 1; size <= 7; size++) expect(scan(xml, size)).toEqual(whole);
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 0x7fffffff;
      return seed;
    };
    for (let run = 0; run < 20; run++) expect(scan(xml, 1 + (random() % 200))).toEqual(whole);
  });

  it("sorts rows written out of order and merges a row written twice", () => {
    const xml =
      '<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>4</v></c></row>';
    expect(scan(sheetXml(xml))).toEqual([
      { rowNumber: 1, cells: [1] },
      { rowNumber: 3, cells: [3, 4] },
    ]);
  });
});

it("joins what a chunk left to the next one, with zeros after the data and nothing of a longer chunk before", () => {
  // The scanners read a few bytes ahead of the data: there they must find zeros, never bytes of an earlier chunk.
  const joiner = new ChunkJoiner();
  joiner.join(undefined, encode('<c r="A1"><v>123456789</v></c>'.repeat(20)));
  const bytes = joiner.join(encode('<c r="B'), encode('2"><v>7'));
  expect(joiner.length).toBe(14);
  expect(new TextDecoder().decode(bytes.subarray(0, joiner.length))).toBe('<c r="B2"><v>7');
  expect(bytes.length).toBe(joiner.length + PADDING);
  expect([...bytes.subarray(joiner.length)].every((byte) => byte === 0)).toBe(true);
});

it("gives a short or sparse row only its own cells after a long row", () => {
  // The cells of every row are collected in one reused buffer: nothing of the row before may show through.
  const xml =
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row>' +
    '<row r="2"><c r="C2"><v>7</v></c><c r="A2"><v>5</v></c></row>' +
    '<row r="3"><c r="B3" t="inlineStr"><is><t></t></is></c><c r="D3"><v>8</v></c></row>' +
    '<row r="4"><c r="A4"/></row><row r="5"><c r="B5"><v>9</v></c></row>';
  expect(scan(sheetXml(xml))).toEqual([
    { rowNumber: 1, cells: [1, 2, 3, 4] },
    { rowNumber: 2, cells: [5, null, 7] },
    { rowNumber: 3, cells: [null, "", null, 8] },
    { rowNumber: 5, cells: [null, 9] },
  ]);
});

it("reads attributes in any spacing and quoting, and names longer than one letter", () => {
  const xml =
    "<row r='1'><c  r = 'B1'  t = 's' ><v>1</v></c><c cm=\"1\" r=\"C1\" t=\"s\"><v>0</v></c>" +
    '<c r="D1" xml:space="preserve" s="0" t="s"><v>1</v></c><c r="E1"\tt="s"><v>0</v></c></row>';
  expect(cellsOf(xml)).toEqual([[null, "货到付款", "订单号", "货到付款", "订单号"]]);
});

describe("regression (issue 29): lenient values and overlong cells were read silently", () => {
  it.each([
    {
      description: 't="d" that is no date',
      xml: '<c r="B1" t="d"><v>2026-13-45</v></c>',
      raw: "2026-13-45",
      type: "date",
    },
    { description: "a hexadecimal number", xml: '<c r="B1"><v>0x1A</v></c>', raw: "0x1A", type: "number" },
    { description: "a binary number", xml: '<c r="B1"><v>0b101</v></c>', raw: "0b101", type: "number" },
    { description: "a space for a number", xml: '<c r="B1"><v> </v></c>', raw: " ", type: "number" },
    {
      description: "a number past a double",
      xml: '<c r="B1"><v>1e400</v></c>',
      raw: "1e400",
      type: "number",
    },
    {
      description: 'a t="b" that is neither 0 nor 1',
      xml: '<c r="B1" t="b"><v>2</v></c>',
      raw: "2",
      type: "boolean",
    },
  ])("$description: kept as its raw text, noted not-its-type ($type)", ({ xml, raw, type }) => {
    expect(scan(sheetXml(`<row r="1"><c r="A1"><v>7</v></c>${xml}</row>`))).toEqual([
      { rowNumber: 1, cells: [7, raw], notes: [{ code: "not-its-type", column: 1, type }] },
    ]);
  });

  it("values that are what their type says carry no note", () => {
    const xml =
      '<row r="1"><c r="A1"><v>12.5</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="d"><v>2026-11-25T09:30:00</v></c><c r="D1" t="str"><v>0x1A</v></c></row>';
    expect(scan(sheetXml(xml))).toEqual([
      { rowNumber: 1, cells: [12.5, true, new Date(Date.UTC(2026, 10, 25, 9, 30)), "0x1A"] },
    ]);
  });

  it.each([
    {
      description: "inline string",
      cell: `<c r="B2" t="inlineStr"><is><t>${"址".repeat(40_000)}</t></is></c>`,
    },
    { description: "formula string", cell: `<c r="B2" t="str"><f>A1</f><v>${"址".repeat(40_000)}</v></c>` },
  ])(
    "a cell past 32,767 characters ($description) is cut, the cut said in it, and noted cell-cut",
    ({ cell }) => {
      const [row] = scan(sheetXml(`<row r="2"><c r="A2"><v>1</v></c>${cell}</row>`), 5000);
      const text = row?.cells[1] as string;
      expect(text).toHaveLength(32_767);
      expect(text).toBe(
        `${"址".repeat(32_767 - "…(已截断, 原有 40000 个字)".length)}…(已截断, 原有 40000 个字)`,
      );
      expect(row?.notes).toEqual([{ code: "cell-cut", column: 1, length: 40_000 }]);
    },
  );

  it("a shared string past 32,767 characters is cut in every cell that uses it", () => {
    const [row] = scan(
      sheetXml('<row r="1"><c r="A1" t="s"><v>2</v></c><c r="C1" t="s"><v>2</v></c></row>'),
      64,
      {
        sharedStrings: ["订单号", "货到付款", "x".repeat(50_000)],
      },
    );
    expect(String(row?.cells[0]).endsWith("…(已截断, 原有 50000 个字)")).toBe(true);
    expect(row?.notes).toEqual([
      { code: "cell-cut", column: 0, length: 50_000 },
      { code: "cell-cut", column: 2, length: 50_000 },
    ]);
  });
});

describe("the sheet scanner refuses what it cannot read whole", () => {
  it("a sheet cut short: the last row is not silently lost", () => {
    const xml = sheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    const cut = xml.slice(0, xml.indexOf("</row>", xml.indexOf('r="2"')));
    expect(() => scan(cut)).toThrow(
      expect.objectContaining({ code: "damaged-workbook", reason: "truncated_xml" }),
    );
  });

  it("a t=s cell without shared strings, and an index past them", () => {
    const cell = (v: number) => sheetXml(`<row r="1"><c r="A1" t="s"><v>${v}</v></c></row>`);
    expect(() => scan(cell(0), undefined, { sharedStrings: undefined })).toThrow(
      expect.objectContaining({ reason: "missing_shared_strings", part: "xl/worksheets/sheet1.xml" }),
    );
    expect(() => scan(cell(2))).toThrow(expect.objectContaining({ reason: "shared_string_index" }));
  });

  it("a row number past maxRows at once, a value past maxColumns at once; styled far cells cost nothing", () => {
    expect(() => scan(sheetXml('<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>'))).toThrow(
      expect.objectContaining({ code: "input-too-large", limit: "rows", actual: 2_000_000_000, max: 1000 }),
    );
    expect(() => scan(sheetXml('<row r="1"><c r="XFD1"><v>1</v></c></row>'))).toThrow(
      expect.objectContaining({ code: "input-too-large", limit: "columns", actual: 16384, max: 30 }),
    );
    expect(scan(sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="1"/></row>'))).toEqual([
      { rowNumber: 1, cells: [1] },
    ]);
  });

  it("regression: a value at column 2,048 made every row 2,048 cells (rows stay sparse)", () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c><c r="B${i + 1}"><v>${i}</v></c><c r="BZT${i + 1}"><v>${i}</v></c></row>`,
    );
    const read = scan(sheetXml(rows.join("")), 4096, { maxRows: 5000, maxColumns: 2048 });
    expect(read).toHaveLength(3000);
    for (const [i, { rowNumber, cells }] of read.entries()) {
      expect(rowNumber).toBe(i + 1);
      expect(cells).toHaveLength(2048);
      // The values where the sheet has them, blank between them; held as three values, not 2,048 cells.
      expect([cells[0], cells[1], cells[2], cells[1000], cells[2047]]).toEqual([
        "订单号",
        i,
        undefined,
        undefined,
        i,
      ]);
      expect(Object.keys(cells)).toEqual(["0", "1", "2047"]);
    }
    // A row with its values side by side stays one dense array, blanks as null.
    expect(scan(sheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>'))).toEqual([
      { rowNumber: 1, cells: [1, null, 3] },
    ]);
  });

  it("an endless cell is refused, not buffered", () => {
    const scanner = new SheetScanner(context);
    scanner.push(encode(`${sheetXml("").slice(0, -30)}<row r="1"><c r="A1" t="inlineStr"><is><t>`));
    const block = encode("x".repeat(1024 * 1024));
    expect(() => {
      for (let i = 0; i < 16; i++) scanner.push(block);
    }).toThrow(DamagedWorkbookError);
  });

  it("errors are the package's coded classes", () => {
    expect(() => scan(sheetXml('<row r="5000"><c r="A1"><v>1</v></c></row>'))).toThrow(InputTooLargeError);
  });
});

describe("shared strings", () => {
  const xml = sstXml([
    "<t>订单号</t>",
    '<t xml:space="preserve"> 货到付款 </t>',
    '<r><t>历下</t></r><r><rPr><b/></rPr><t>区</t></r><rPh sb="0" eb="2"><t>lixia</t></rPh><phoneticPr fontId="1"/>',
    "<t/>",
    "<t>a&amp;b_x000A_c</t>",
  ]);
  const expected = ["订单号", " 货到付款 ", "历下区", "", "a&b\nc"];

  it("reads plain, spaced, rich-text and empty items at every chunk size", () => {
    for (let size = 1; size <= 7; size++) {
      const scanner = new SharedStringsScanner("xl/sharedStrings.xml", undefined);
      const bytes = encode(xml);
      for (let at = 0; at < bytes.length; at += size) scanner.push(bytes.subarray(at, at + size));
      expect(scanner.end()).toEqual(expected);
    }
  });

  it("refuses a part cut short", () => {
    const scanner = new SharedStringsScanner("xl/sharedStrings.xml", "订单.xlsx");
    scanner.push(encode(xml.slice(0, -10)));
    expect(() => scanner.end()).toThrow(
      expect.objectContaining({ reason: "truncated_xml", part: "xl/sharedStrings.xml" }),
    );
  });
});
