import { type FakeCell, fakeOrders, guanwangExport, toCsv, toHtmlXls } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import {
  formatErrorZh,
  isAdapterError,
  isMalformedCsvError,
  type MalformedCsvError,
  NotSpreadsheetError,
  parseOrders,
  readTable,
} from "../src/index";
import { countCsvRecords } from "./csv-records";

const FILE = "官网订单导出.csv";
const ORDERS = fakeOrders({ seed: 67, count: 60 });

/** The 67-row 官网 operator export of the report (header + 66 product lines), as Papa.unparse writes it: CRLF. */
function exportRows(statuses: "separate" | "composite"): FakeCell[][] {
  return guanwangExport(ORDERS, { headers: "operator", statuses }).rows.slice(0, 67);
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const textOf = (rows: FakeCell[][]): string => new TextDecoder().decode(toCsv(rows));

// Separate status columns: no cell needs quotes, so every quote in a damaged file is the damage.
const PLAIN = textOf(exportRows("separate"));
const REMARK = (exportRows("separate")[0] as FakeCell[]).indexOf("买家留言");
const ADDRESS = (exportRows("separate")[0] as FakeCell[]).findIndex((cell) => String(cell).includes("地址"));
/** The first row from 12 on that starts an order: an order takes its remark from its first row. */
const ORDER_START = exportRows("separate").findIndex(
  (cells, index, rows) => index >= 11 && cells[0] !== (rows[index - 1] as FakeCell[])[0],
);

/** The raw text of a line's 买家留言, the last column, replaced: how a buyer's quote reaches the file. */
function withRemark(text: string, row: number, remark: string): string {
  const lines = text.split("\r\n");
  const line = lines[row - 1] as string;
  lines[row - 1] = `${line.slice(0, line.lastIndexOf(",") + 1)}${remark}`;
  return lines.join("\r\n");
}

function withEndings(text: string, endings: readonly string[]): string {
  const lines = text.split("\r\n");
  const last = lines.pop();
  expect(last).toBe("");
  return lines.map((line, index) => `${line}${endings[index % endings.length]}`).join("");
}

/** Every record the independent parser counts is a row of the table, and a row of the accounting. */
async function expectEveryRecordRead(bytes: Uint8Array, text: string) {
  const records = countCsvRecords(text);
  const table = await readTable(bytes, { fileName: FILE });
  expect(table.rows).toHaveLength(records);
  expect(table.rows.map((row) => row.rowNumber)).toEqual(table.rows.map((_, index) => index + 1));
  const result = await parseOrders(bytes, { fileName: FILE });
  expect(result.meta.accounting.dataRows + 1).toBe(records);
  return { table, result };
}

async function refusal(text: string): Promise<MalformedCsvError> {
  const bytes = utf8(text);
  const error = await readTable(bytes, { fileName: FILE }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(isMalformedCsvError(error)).toBe(true);
  expect(isAdapterError(error)).toBe(true);
  await expect(parseOrders(bytes, { fileName: FILE })).rejects.toMatchObject({ code: "malformed-csv" });
  return error as MalformedCsvError;
}

const codSummary = (result: Awaited<ReturnType<typeof parseOrders>>) => {
  const cod = result.orders.filter((order) => order.payment.isCod);
  return { orders: cod.length, fen: cod.reduce((sum, order) => sum + (order.amounts.payable ?? 0), 0) };
};

describe("the example export the damaged files start from", () => {
  it("has 67 records, no quote, and COD orders to count", async () => {
    expect(countCsvRecords(PLAIN)).toBe(67);
    expect(PLAIN).not.toContain('"');
    const { result } = await expectEveryRecordRead(utf8(PLAIN), PLAIN);
    expect(codSummary(result).orders).toBeGreaterThan(5);
  });
});

describe("quotes that would merge rows refuse the file, naming the row", () => {
  it("regression: an unterminated quote in a 买家留言 merged five orders into one cell, and the rows still added up", async () => {
    const text = withRemark(withRemark(PLAIN, 12, '"请尽快发货'), 17, '周末送货"');
    // What the reader did before: the five lines after row 12 are one cell, 62 of 67 rows.
    expect(countCsvRecords(text)).toBe(62);
    const error = await refusal(text);
    expect(error).toMatchObject({
      name: "MalformedCsvError",
      code: "malformed-csv",
      reason: "merged_rows",
      row: 12,
      line: 12,
      count: 5,
      fileName: FILE,
    });
    expect(formatErrorZh(error)).toBe(
      "「官网订单导出.csv」无法可靠地读取: 第 12 行的一格以引号开头, 到第 17 行才闭合, 中间 5 行被并进了这一格。为了不漏算订单, 整个文件都没有读入。请用 Excel 或记事本打开, 改正这一处后另存为 CSV, 或从后台重新导出后再试。",
    );
  });

  it("regression: a quote opened in a 买家留言 is closed by the next row's quoted status cell", async () => {
    const quoted = textOf(exportRows("composite"));
    const error = await refusal(withRemark(quoted, 12, '"请尽快发货'));
    expect(error).toMatchObject({ reason: "merged_rows", row: 12, line: 12, count: 1 });
  });

  it("regression: a quote that never closes swallowed every row after it", async () => {
    const error = await refusal(withRemark(PLAIN, 12, '"请尽快发货'));
    expect(error).toMatchObject({ reason: "unclosed_quote", row: 12, line: 12 });
    expect(formatErrorZh(error)).toContain("第 12 行的引号没有闭合, 后面的行都被并进了这一格");
  });

  it("regression: text after a closing quote runs the cell on (Papa's InvalidQuotes)", async () => {
    const error = await refusal(withRemark(PLAIN, 30, '"好的"谢谢"'));
    expect(error).toMatchObject({ reason: "stray_quote", row: 30, line: 30 });
  });

  it("names the record as Excel numbers it and the line as a text editor does, when they differ", async () => {
    const rows = exportRows("separate");
    (rows[4] as FakeCell[])[REMARK] = "请尽快发货\n谢谢";
    // Split on CRLF, the LF inside the quoted remark of row 5 stays in its line: row 12 starts on line 13.
    const error = await refusal(withRemark(textOf(rows), 12, '"请尽快发货'));
    expect(error).toMatchObject({ reason: "unclosed_quote", row: 12, line: 13 });
    expect(formatErrorZh(error)).toContain("第 12 行(用记事本打开是第 13 行)的引号没有闭合");
  });
});

describe("legitimate quoted cells are read as one cell", () => {
  it.each([
    { description: "a remark with one line break", remark: "请尽快发货\n谢谢" },
    {
      description: "a remark with a CRLF line break",
      remark: "请尽快发货\r\n谢谢",
      read: "请尽快发货\n谢谢",
    },
    { description: "a remark with a comma on its second line", remark: "收货时间:\n周六,周日都可以" },
    { description: "a remark with quotes and a comma", remark: '他说"放门口",谢谢' },
  ])("$description", async ({ remark, read }) => {
    const rows = exportRows("separate");
    (rows[ORDER_START] as FakeCell[])[REMARK] = remark;
    const text = textOf(rows);
    const { table, result } = await expectEveryRecordRead(utf8(text), text);
    expect(table.rows).toHaveLength(67);
    expect(table.rows[ORDER_START]?.cells[REMARK]).toBe(read ?? remark);
    const order = result.orders.find((candidate) => candidate.sourceRows[0] === ORDER_START + 1);
    expect(order?.buyerRemark).toBe(read ?? remark);
  });
});

describe("line endings", () => {
  const withTwoLineRemark = (() => {
    const rows = exportRows("separate");
    (rows[20] as FakeCell[])[REMARK] = "请尽快发货\n谢谢";
    return textOf(rows);
  })();

  it.each([
    { description: "CRLF only", endings: ["\r\n"] },
    { description: "LF only", endings: ["\n"] },
    { description: "CR only (old Mac Excel)", endings: ["\r"] },
    { description: "regression: mixed CRLF, LF and CR read 23 of 67 rows", endings: ["\r\n", "\n", "\r"] },
    { description: "mixed, LF twice as often", endings: ["\n", "\r\n", "\n", "\r"] },
  ])("$description: every row read, the same cells as the CRLF file", async ({ endings }) => {
    const reference = await readTable(utf8(withTwoLineRemark), { fileName: FILE });
    const text = withEndings(withTwoLineRemark, endings);
    const { table, result } = await expectEveryRecordRead(utf8(text), text);
    expect(table.rows).toHaveLength(67);
    expect(table.rows).toEqual(reference.rows);
    const referenceOrders = await parseOrders(utf8(withTwoLineRemark), { fileName: FILE });
    expect(codSummary(result)).toEqual(codSummary(referenceOrders));
  });
});

describe("control characters", () => {
  it("regression: a NUL deep in the file (past the first 4 KB) refuses it, naming the row", async () => {
    const text = withRemark(PLAIN, 60, "请尽快\u0000发货");
    expect(text.indexOf("\u0000")).toBeGreaterThan(4096);
    const error = await refusal(text);
    expect(error).toMatchObject({ reason: "control_character", row: 60, line: 60 });
    expect(formatErrorZh(error)).toContain("第 60 行含有文本导出里不会有的控制字符");
  });

  it('regression (issue 29): a NUL in a data row within the first 4 KB names its row (it was "not a spreadsheet")', async () => {
    const text = withRemark(PLAIN, 3, "请尽快\u0000发货");
    expect(text.indexOf("\u0000")).toBeLessThan(4096);
    const error = await refusal(text);
    expect(error).toMatchObject({ reason: "control_character", row: 3, line: 3 });
    expect(formatErrorZh(error)).toContain("第 3 行含有文本导出里不会有的控制字符");
  });

  it("NUL bytes at the start are still a binary file, not a CSV", async () => {
    await expect(readTable(utf8(`\u0000\u0001${PLAIN}`), { fileName: FILE })).rejects.toBeInstanceOf(
      NotSpreadsheetError,
    );
  });
});

describe("regression (issue 29): encodings", () => {
  const rows = exportRows("separate");
  /** One row as its own CSV line, without the line break, in either encoding. */
  const line = (i: number, encoding: "utf8" | "gbk") => toCsv([rows[i] as FakeCell[]], encoding).slice(0, -2);
  const crlf = utf8("\r\n");
  const joined = (parts: Uint8Array[]) =>
    new Uint8Array(parts.flatMap((part, i) => [...(i === 0 ? [] : crlf), ...part]));
  const file = (encodingOf: (i: number) => "utf8" | "gbk") =>
    joined(rows.map((_, i) => line(i, encodingOf(i))));

  it("one GBK line in a UTF-8 file is refused naming its row (it was read whole as GB18030, a header of mojibake)", async () => {
    const error = await readTable(
      file((i) => (i === 40 ? "gbk" : "utf8")),
      { fileName: FILE },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "malformed-csv", reason: "mixed_encoding", row: 41, line: 41 });
    expect(formatErrorZh(error)).toContain("第 41 行和文件的其他行不是同一种编码");
  });

  it("one UTF-8 line in a GBK file is refused naming its row", async () => {
    await expect(
      readTable(
        file((i) => (i === 9 ? "utf8" : "gbk")),
        { fileName: FILE },
      ),
    ).rejects.toMatchObject({
      reason: "mixed_encoding",
      row: 10,
    });
  });

  it("a GBK file alone is read as GBK, every row exact", async () => {
    const table = await readTable(
      file(() => "gbk"),
      { fileName: FILE },
    );
    expect(table.rows).toEqual(
      (
        await readTable(
          file(() => "utf8"),
          { fileName: FILE },
        )
      ).rows,
    );
  });

  it("bytes no GBK character is made of: the cell keeps U+FFFD and its row and column are told (invalid-bytes)", async () => {
    const bytes = toCsv(
      rows.map((cells, i) =>
        i === 29 ? cells.map((cell, c) => (c === REMARK ? "麒麟瓢羹专送" : cell)) : cells,
      ),
      "gbk",
    );
    const start = findBytes(bytes, toCsv([["麒麟瓢羹专送"]], "gbk").slice(0, -2));
    expect(findBytes(bytes.subarray(start + 1), toCsv([["麒麟瓢羹专送"]], "gbk").slice(0, -2))).toBe(-1);
    bytes[start + 2] = 0xff;
    bytes[start + 3] = 0xff;
    const result = await parseOrders(bytes, { fileName: FILE });
    const found = result.issues.filter((issue) => issue.code === "invalid-bytes");
    expect(found).toEqual([
      expect.objectContaining({ code: "invalid-bytes", severity: "warning", row: 30, column: "买家留言" }),
    ]);
    expect(found[0]?.input).toContain("\uFFFD");
  });
});

describe("regression (issue 29): a 100 MB CSV cell was copied past Excel's 32,767 characters", () => {
  it("a cell past the limit is cut, the cut said in it, and a cell-cut warning names row, column and length", async () => {
    const long = "长".repeat(40_000);
    const result = await parseOrders(utf8(withRemark(PLAIN, 12, long)), { fileName: FILE });
    const row = result.table.rows.find((r) => r.rowNumber === 12);
    const cell = row?.cells[REMARK] as string;
    expect(cell.length).toBeLessThanOrEqual(32_767);
    expect(cell.startsWith("长".repeat(32_000))).toBe(true);
    expect(cell.endsWith("…(已截断, 原有 40000 个字)")).toBe(true);
    expect(result.issues.filter((i) => i.code === "cell-cut")).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 12,
        column: "买家留言",
        params: { length: 40_000 },
      }),
    ]);
  });
});

describe("regression (issue 29): an overlong cell of an HTML-table .xls", () => {
  it("is cut the same way and noted cell-cut", async () => {
    const rows = exportRows("separate").map((cells, i) =>
      i === 5 ? cells.map((cell, c) => (c === REMARK ? "留".repeat(33_000) : cell)) : cells,
    );
    const result = await parseOrders(toHtmlXls(rows), { fileName: "订单.xls" });
    expect(String(result.table.rows.find((row) => row.rowNumber === 6)?.cells[REMARK])).toMatch(
      /^留+…\(已截断, 原有 33000 个字\)$/,
    );
    expect(result.issues.filter((issue) => issue.code === "cell-cut")).toEqual([
      expect.objectContaining({ row: 6, column: "买家留言", params: { length: 33_000 } }),
    ]);
  });
});

/** Where `part` first occurs in `bytes`. */
function findBytes(bytes: Uint8Array, part: Uint8Array): number {
  outer: for (let at = 0; at + part.length <= bytes.length; at++) {
    for (let i = 0; i < part.length; i++) if (bytes[at + i] !== part[i]) continue outer;
    return at;
  }
  return -1;
}

describe("field counts", () => {
  it("regression: a comma typed into an unquoted 买家留言 refuses the file (cells would shift)", async () => {
    const error = await refusal(withRemark(PLAIN, 40, "请尽快,谢谢"));
    expect(error).toMatchObject({ reason: "extra_cells", row: 40, line: 40, count: 1 });
    expect(formatErrorZh(error)).toContain("第 40 行比表头多出 1 格");
  });

  it("regression: an unquoted comma in a row whose last cell is empty was read shifted", async () => {
    const lines = PLAIN.split("\r\n");
    // The address split in two; the row's last cell (买家留言) is empty, so the extra cell is too.
    const cells = (lines[29] as string).split(",");
    cells[ADDRESS] = `${cells[ADDRESS]},3栋`;
    cells[REMARK] = "";
    lines[29] = cells.join(",");
    expect(ADDRESS).toBeGreaterThanOrEqual(0);
    expect(REMARK).toBe(cells.length - 1);
    expect(lines[29]?.endsWith(",")).toBe(true);
    const error = await refusal(lines.join("\r\n"));
    expect(error).toMatchObject({ reason: "extra_cells", row: 30, line: 30, count: 1 });
    expect(formatErrorZh(error)).toContain("第 30 行比表头多出 1 格");
  });

  it("regression: one row with a trailing delimiter (its extra cell empty) is refused like a shifted row", async () => {
    const lines = PLAIN.split("\r\n");
    lines[9] = `${lines[9]},`;
    await expect(refusal(lines.join("\r\n"))).resolves.toMatchObject({ reason: "extra_cells", row: 10 });
  });

  it("reads a trailing delimiter on every row (an exporter's habit), a title of commas and a short row (Papa's TooFewFields)", async () => {
    const lines = PLAIN.split("\r\n").map((line, index) => (index === 0 || line === "" ? line : `${line},`));
    lines.unshift(`官网订单导出${",".repeat(40)}`);
    lines[67] = "合计,123.40";
    const text = lines.join("\r\n");
    const { table, result } = await expectEveryRecordRead(utf8(text), text);
    expect(table.rows).toHaveLength(68);
    // The data rows' trailing empty cell is read as an empty cell, nothing shifted.
    expect(table.rows[2]?.cells[REMARK + 1]).toBe("");
    expect(result.meta.skippedRows).toContainEqual({ row: 68, reason: "total" });
  });

  it("reads a one-column file, where Papa cannot detect a delimiter", async () => {
    const text = "订单编号\r\nGW2026112400001\r\n\r\nGW2026112400002\r\n";
    const table = await readTable(utf8(text), { fileName: FILE });
    expect(table.rows.map((row) => row.cells)).toEqual([
      ["订单编号"],
      ["GW2026112400001"],
      [""],
      ["GW2026112400002"],
    ]);
    expect(table.rows).toHaveLength(countCsvRecords(text));
  });
});

describe("encodings", () => {
  const rows = exportRows("separate");
  (rows[11] as FakeCell[])[REMARK] = "请尽快发货\n谢谢";
  const text = textOf(rows);
  it.each([
    { description: "UTF-8 without BOM", bytes: toCsv(rows, "utf8") },
    { description: "UTF-8 with BOM", bytes: toCsv(rows, "utf8-bom") },
    { description: "GBK / GB18030", bytes: toCsv(rows, "gbk") },
    {
      description: "UTF-16 LE with BOM",
      bytes: new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]),
    },
  ])("$description: every row read", async ({ bytes }) => {
    const { table } = await expectEveryRecordRead(bytes, text);
    expect(table.rows).toHaveLength(67);
    expect(table.rows[0]?.cells[0]).toBe("订单编号");
    expect(table.rows[11]?.cells[REMARK]).toBe("请尽快发货\n谢谢");
  });
});
