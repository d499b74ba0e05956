import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { toXlsx } from "@syt/fake-exports";
import { afterAll, describe, expect, it } from "vitest";
import {
  checklist,
  type DayEntry,
  type DayFileProblem,
  DEFAULT_CONFIG,
  dayExports,
  formatDayProblemZh,
  isCopyName,
  readDay,
  skipOf,
} from "../src/index";
import { readDayPaths } from "../src/node";
import { examplesDir } from "./cli-process";
import { fundsFlowBill, twoTabWorkbook, writeMixedDay } from "./mixed-day";

const root = mkdtempSync(path.join(os.tmpdir(), "daily-read-day-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const AT = new Date("2026-11-25T09:10:00+08:00");

/** Files given as the taskpane gives them: a name and its bytes. */
function day(files: Record<string, Uint8Array>) {
  const entries = Object.entries(files).map(([name, bytes]) => ({ name, type: "file" as const, bytes }));
  return readDay(entries, async (entry) => entry.bytes);
}

const example = (name: string) => new Uint8Array(readFileSync(path.join(examplesDir, name)));
const exampleDay = () =>
  Object.fromEntries(readdirSync(examplesDir).map((name) => [name, example(name)] as const));

/** How many findings each item of the checklist has, for the moment of the tests. */
const findingCounts = (exports: Parameters<typeof checklist>[0]["inputs"]) =>
  Object.fromEntries(
    checklist({ now: AT, config: DEFAULT_CONFIG, inputs: exports }).items.map((r) => [
      r.item.id,
      r.findings.length,
    ]),
  );

// A 药房网 export as its page labels it (the README's example layout): orders placed on the 24th and 25th.
const YFW_HEADER = ["订单编号", "订单时间", "状态", "药品名称", "数量", "买家留言"];
const yfwRows = (status: string) => [
  ["YFW20261124000001", "2026-11-24 16:30:00", status, "布洛芬缓释胶囊", 1, "请尽快发货"],
  ["YFW20261125000002", "2026-11-25 08:10:00", "待发货", "维生素C咀嚼片", 2, ""],
];

describe("skipOf: what is not read, from the entry alone", () => {
  const cases: { description: string; entry: DayEntry; expected: DayFileProblem | undefined }[] = [
    { description: "an xlsx", entry: { name: "官网.xlsx", type: "file", size: 10 }, expected: undefined },
    { description: "a CSV in capitals", entry: { name: "PDD.CSV", type: "file" }, expected: undefined },
    {
      description: "a legacy .xls is read: the reader names what it is",
      entry: { name: "旧.xls", type: "file", size: 10 },
      expected: undefined,
    },
    {
      description: "a subfolder",
      entry: { name: "昨天", type: "folder" },
      expected: { code: "skipped", file: "昨天", reason: "folder" },
    },
    {
      description: "Excel's lock file",
      entry: { name: "~$官网.xlsx", type: "file", size: 165 },
      expected: { code: "skipped", file: "~$官网.xlsx", reason: "lock-file" },
    },
    {
      description: "an empty export",
      entry: { name: "空.csv", type: "file", size: 0 },
      expected: { code: "skipped", file: "空.csv", reason: "empty" },
    },
    {
      description: "an .ods: save it as .xlsx",
      entry: { name: "库存.ods", type: "file", size: 10 },
      expected: { code: "skipped", file: "库存.ods", reason: "other-spreadsheet", extension: ".ods" },
    },
    {
      description: "a WPS .et",
      entry: { name: "表.ET", type: "file", size: 10 },
      expected: { code: "skipped", file: "表.ET", reason: "other-spreadsheet", extension: ".et" },
    },
    {
      description: "a note",
      entry: { name: "备注.txt", type: "file", size: 10 },
      expected: { code: "skipped", file: "备注.txt", reason: "not-a-sheet", extension: ".txt" },
    },
    {
      description: "a download not finished",
      entry: { name: "官网.xlsx.crdownload", type: "file", size: 10 },
      expected: {
        code: "skipped",
        file: "官网.xlsx.crdownload",
        reason: "downloading",
        extension: ".crdownload",
      },
    },
    {
      description: "the checklist pnpm daily wrote into the same folder",
      entry: { name: "上元堂运营日常_2026-11-24.xlsx", type: "file", size: 10 },
      expected: { code: "skipped", file: "上元堂运营日常_2026-11-24.xlsx", reason: "own-report" },
    },
  ];
  it.each(cases)("$description", ({ entry, expected }) => {
    expect(skipOf(entry)).toEqual(expected);
  });
});

describe("isCopyName", () => {
  it.each([
    ["官网订单 (1).xlsx", true],
    ["官网订单(2).xlsx", true],
    ["官网订单（1）.xlsx", true],
    ["官网订单 - 副本.xlsx", true],
    ["官网订单.xlsx", false],
    ["官网订单_20261125.xlsx", false],
  ])("%s: %s", (name, copy) => {
    expect(isCopyName(name)).toBe(copy);
  });
});

describe("readDay", () => {
  it("reads every sheet with data of a workbook on its own, each with its kind", async () => {
    const read = await day({ "两个平台.xlsx": await twoTabWorkbook(examplesDir) });
    expect(read.problems).toEqual([]);
    expect(
      read.sheets.map((s) => [s.name, s.sheet, s.export.kind === "orders" ? s.export.source : s.export.kind]),
    ).toEqual([
      ["两个平台.xlsx [官网]", "官网", "guanwang"],
      ["两个平台.xlsx [药房网]", "药房网", "yaofangwang"],
    ]);
  });

  it("lists a bill as unrecognised with what it looks like, and reads the rest", async () => {
    const read = await day({
      "拼多多资金流水_20261125.xlsx": await fundsFlowBill(),
      "药房网订单.xlsx": await toXlsx({ name: "订单", rows: [YFW_HEADER, ...yfwRows("待发货")] }),
    });
    expect(read.sheets.map((s) => s.name)).toEqual(["药房网订单.xlsx"]);
    expect(read.problems).toMatchObject([
      { code: "unrecognised", file: "拼多多资金流水_20261125.xlsx", looksLike: "bill" },
    ]);
    expect(formatDayProblemZh(read.problems[0] as DayFileProblem)).toMatch(
      /^未识别: 拼多多资金流水_20261125\.xlsx 看起来是资金流水 .*, 不是订单导出, 没有使用$/,
    );
  });

  it("lists a table of no export we know with the header it has", async () => {
    const read = await day({
      "联系人.xlsx": await toXlsx({
        name: "Sheet1",
        rows: [
          ["姓名", "部门"],
          ["甲", "客服"],
        ],
      }),
    });
    expect(read.sheets).toEqual([]);
    expect(read.problems).toMatchObject([
      { code: "unrecognised", file: "联系人.xlsx", columns: ["姓名", "部门"], missing: [] },
    ]);
    expect(read.problems[0]).not.toHaveProperty("looksLike");
  });

  it("turns a damaged or foreign file into a listed problem with the adapters' code", async () => {
    const read = await day({
      "笔记.xlsx": new TextEncoder().encode("%PDF-1.7 not a sheet"),
      "断了.xlsx": example("官网订单_20261125.xlsx").slice(0, 2000),
      "药房网订单.xlsx": await toXlsx({ name: "订单", rows: [YFW_HEADER, ...yfwRows("待发货")] }),
    });
    expect(read.sheets.map((s) => s.name)).toEqual(["药房网订单.xlsx"]);
    expect(read.problems.map((p) => [p.code, p.file, p.code === "unreadable" ? p.errorCode : ""])).toEqual([
      ["unreadable", "笔记.xlsx", "not-spreadsheet"],
      ["unreadable", "断了.xlsx", "not-spreadsheet"],
    ]);
    for (const problem of read.problems)
      expect(formatDayProblemZh(problem)).toMatch(/^读不了: .*[\u4e00-\u9fa5]/);
  });

  it.each([
    { description: "no permission", errno: "EACCES", errorCode: "no-permission", says: "没有权限读取" },
    {
      description: "too many open files",
      errno: "EMFILE",
      errorCode: "io-error",
      says: "读取时出错 (EMFILE), 不是文件损坏",
    },
    {
      description: "a disk error",
      errno: "EIO",
      errorCode: "io-error",
      says: "读取时出错 (EIO), 不是文件损坏",
    },
  ])(
    "a file the host could not load ($description) is an I/O problem, never a damaged file",
    async ({ errno, errorCode, says }) => {
      const entries = [{ name: "官网订单.xlsx", type: "file" as const }];
      const read = await readDay(entries, async () => {
        throw Object.assign(new Error(`${errno}: open`), { code: errno });
      });
      expect(read.problems).toMatchObject([{ code: "unreadable", file: "官网订单.xlsx", errorCode, errno }]);
      const words = read.problems.map(formatDayProblemZh).join("\n");
      expect(words).toContain(says);
      expect(words).not.toContain("另存为");
    },
  );

  it("regression: an I/O error while a workbook's entries stream (EIO) is an I/O problem, not a damaged file", async () => {
    const entries = [{ name: "官网订单.xlsx", type: "file" as const }];
    const read = await readDay(entries, async () => example("官网订单_20261125.xlsx"), {
      // What the zip entry stream meets when the disk fails half way through the file.
      inflate: async function* () {
        yield* [];
        throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
      },
    });
    expect(read.problems).toMatchObject([
      { code: "unreadable", file: "官网订单.xlsx", errorCode: "io-error", errno: "EIO" },
    ]);
    const words = read.problems.map(formatDayProblemZh).join("\n");
    expect(words).toContain("读取时出错 (EIO), 不是文件损坏");
    expect(words).not.toContain("已损坏");
  });

  it("regression: a folder of 600 exports is loaded a few files at a time, every one of them", async () => {
    const entries = Array.from({ length: 600 }, (_, i) => ({ name: `订单${i}.csv`, type: "file" as const }));
    let open = 0;
    let most = 0;
    const loaded: string[] = [];
    await readDay(entries, async (entry) => {
      open++;
      most = Math.max(most, open);
      await new Promise((resolve) => setImmediate(resolve));
      open--;
      loaded.push(entry.name);
      return new TextEncoder().encode("姓名,部门\n甲,客服\n");
    });
    expect(loaded).toHaveLength(600);
    expect(most).toBeGreaterThan(1);
    // A shell's `ulimit -n` may be 64 or 256: a handful open, never the folder's 600.
    expect(most).toBeLessThanOrEqual(16);
  });

  it("reads the same bytes once, under the name that is not the browser's copy", async () => {
    const bytes = example("拼多多订单_20261125.xlsx");
    const read = await day({ "拼多多订单 (1).xlsx": bytes, "拼多多订单.xlsx": bytes });
    expect(read.sheets.map((s) => s.name)).toEqual(["拼多多订单.xlsx"]);
    expect(read.problems).toEqual([
      { code: "duplicate", file: "拼多多订单 (1).xlsx", kept: "拼多多订单.xlsx", how: "same-bytes" },
    ]);
  });

  it("reads the same rows once, whatever the workbook around them", async () => {
    const rows = [YFW_HEADER, ...yfwRows("待发货")];
    const read = await day({
      "a.xlsx": await toXlsx({ name: "订单", rows }),
      "b.xlsx": await toXlsx({ name: "另存", rows }),
    });
    expect(read.sheets.map((s) => s.name)).toEqual(["a.xlsx"]);
    expect(read.problems).toEqual([{ code: "duplicate", file: "b.xlsx", kept: "a.xlsx", how: "same-rows" }]);
  });

  it("reads two exports of the same orders of one platform once: the later one", async () => {
    const read = await day({
      "药房网_上午.xlsx": await toXlsx({ name: "订单", rows: [YFW_HEADER, ...yfwRows("待发货")] }),
      "药房网_后来.xlsx": await toXlsx({
        name: "订单",
        rows: [["导出时间: 2026-11-25 10:00"], YFW_HEADER, ...yfwRows("已发货")],
      }),
    });
    expect(read.sheets.map((s) => s.name)).toEqual(["药房网_后来.xlsx"]);
    expect(read.problems).toEqual([
      {
        code: "duplicate",
        file: "药房网_上午.xlsx",
        kept: "药房网_后来.xlsx",
        how: "same-orders",
        orders: 2,
        keptIsLater: true,
      },
    ]);
    expect(formatDayProblemZh(read.problems[0] as DayFileProblem)).toBe(
      "重复: 药房网_上午.xlsx 与 药房网_后来.xlsx 是同一批单号 (2 个), 只读了较新的 药房网_后来.xlsx",
    );
  });

  it("does not double the findings of an export given twice (regression: 12 became 24)", async () => {
    const alone = await day(exampleDay());
    const twice = await day({
      ...exampleDay(),
      "拼多多订单_20261125 (1).xlsx": example("拼多多订单_20261125.xlsx"),
      "万里牛订单_20261125 - 副本.xlsx": example("万里牛订单_20261125.xlsx"),
    });
    expect(twice.problems.map((p) => p.code)).toEqual(["duplicate", "duplicate"]);
    const counts = findingCounts(dayExports(alone));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(findingCounts(dayExports(twice))).toEqual(counts);
  });
});

describe("readDayPaths on a download folder", () => {
  it("accounts for every entry: read, or listed with its reason, unrecognised first", async () => {
    const folder = mkdtempSync(path.join(root, "mixed-"));
    const names = await writeMixedDay(folder, examplesDir);
    const read = await readDayPaths([folder]);
    const accounted = [...read.sheets.map((s) => s.file), ...read.problems.map((p) => p.file)];
    expect(new Set(accounted)).toEqual(new Set(names));
    expect(read.problems[0]).toMatchObject({ code: "unrecognised", file: "拼多多资金流水_20261125.xlsx" });
    expect(
      Object.fromEntries(read.problems.map((p) => [p.file, p.code === "skipped" ? p.reason : p.code])),
    ).toEqual({
      "拼多多资金流水_20261125.xlsx": "unrecognised",
      "拼多多订单_20261125 (1).xlsx": "duplicate",
      "库存盘点.ods": "other-spreadsheet",
      "空白.csv": "empty",
      "交接备注.txt": "not-a-sheet",
      昨天: "folder",
      "~$万里牛订单_20261125.xlsx": "lock-file",
    });
    expect(findingCounts(dayExports(read))).toEqual(findingCounts(dayExports(await day(exampleDay()))));
  });
});
