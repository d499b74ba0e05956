import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type FakeSheet,
  fakeOrders,
  type GuanwangRow,
  guanwangExport,
  pinduoduoExport,
  toCsv,
  toHtmlXls,
  toXlsx,
  type WmsRow,
  wanliniuExport,
  wmsExport,
} from "@syt/fake-exports";
import { cleanCell } from "@syt/orders-model";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleOrders, exampleSheets } from "../scripts/example-data";
import type { CodSummary } from "../src/index";
import { ensureBuilt, runCli } from "./cli-process";
import { codPendingOrders, expectedLogistics, expectedRows, isKept } from "./expected";
import { readReport } from "./read-report";

const DATE = "2026-11-25";
const FILE_NAME = `上元堂官网_中通货到付款_${DATE}.xlsx`;
const ID_HEADERS = ["订单编号", "手机号码", "物流单号"];

let dir: string;

// The runs' folders go with the file's tests: a run of the suite leaves nothing in the temp folder.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let sheets: { orders: FakeSheet<GuanwangRow>; wms: FakeSheet<WmsRow> };
const files = {
  orders: "",
  wms: "",
  ordersCsv: "",
  wmsHtml: "",
  notSpreadsheet: "",
  truncated: "",
  pinduoduo: "",
  wanliniu: "",
  fullWidthAmount: "",
  zeroAmount: "",
  // The example day's 售后单 list (committed, fake people): no order export at all.
  afterSales: path.resolve(import.meta.dirname, "../../../examples/今日/售后单_20261125.xlsx"),
};
let csvSheets: { orders: FakeSheet<GuanwangRow>; wms: FakeSheet<WmsRow> };

/** `--json` prints findings inside their groups; the flat list is theirs, in group order. */
type JsonSummary = CodSummary & { file: string; ok: boolean; verdict: { ok: boolean; message: string } };
function withFindings(json: Omit<JsonSummary, "findings">): JsonSummary {
  return { ...json, findings: json.groups.flatMap((group) => group.findings) };
}

function freshOut(): string {
  return mkdtempSync(path.join(dir, "out-"));
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), "cod-report-cli-"));
  sheets = exampleSheets(exampleOrders()) as typeof sheets;
  files.orders = path.join(dir, "orders.xlsx");
  files.wms = path.join(dir, "wms.xlsx");
  writeFileSync(files.orders, await toXlsx({ name: sheets.orders.name, rows: sheets.orders.rows }));
  writeFileSync(files.wms, await toXlsx({ name: sheets.wms.name, rows: sheets.wms.rows }));

  // The other shapes exports come in: GBK CSV with one composite status cell and
  // Excel serial dates, and the HTML table `.xls` with `="…"`-guarded references.
  const orders = fakeOrders({ seed: 77, count: 30, codShare: 0.6, orderNoStyle: "ecshop" });
  csvSheets = {
    orders: guanwangExport(orders, {
      headers: "plugin",
      statuses: "composite",
      dates: "serial",
      totalRow: true,
    }),
    wms: wmsExport(orders, { refHeader: "平台单号", idGuard: "formula" }),
  };
  files.ordersCsv = path.join(dir, "orders.csv");
  files.wmsHtml = path.join(dir, "wms.xls");
  writeFileSync(files.ordersCsv, toCsv(csvSheets.orders, "gbk"));
  writeFileSync(files.wmsHtml, toHtmlXls(csvSheets.wms, "gbk"));
  files.notSpreadsheet = path.join(dir, "notes.xlsx");
  writeFileSync(files.notSpreadsheet, "这不是表格");
  files.truncated = path.join(dir, "truncated.xlsx");
  writeFileSync(files.truncated, readFileSync(files.orders).subarray(0, 2000));

  // Another platform's exports, and two 官网 exports whose amounts are headed or filled unusually.
  files.pinduoduo = path.join(dir, "拼多多订单.xlsx");
  writeFileSync(
    files.pinduoduo,
    await toXlsx(pinduoduoExport(fakeOrders({ seed: 3, count: 10, platform: "pinduoduo" }))),
  );
  files.wanliniu = path.join(dir, "万里牛订单.xlsx");
  writeFileSync(files.wanliniu, await toXlsx(wanliniuExport(exampleOrders())));
  files.fullWidthAmount = path.join(dir, "订单金额全角.xlsx");
  writeFileSync(
    files.fullWidthAmount,
    await toXlsx(
      guanwangExport(exampleOrders(), {
        headers: "operator",
        renameHeaders: { "订单总金额（元）": "订单金额（元）", "应付款金额（元）": "备用列" },
      }),
    ),
  );
  const zero = exampleOrders().map((o) => ({ ...o, totalFen: 0, payableFen: 0 }));
  files.zeroAmount = path.join(dir, "金额为零.xlsx");
  writeFileSync(files.zeroAmount, await toXlsx(guanwangExport(zero, { headers: "operator" })));
}, 120_000);

function runReport(extra: string[] = [], inputs = { orders: files.orders, wms: files.wms }) {
  const out = freshOut();
  const result = runCli([
    "--orders",
    inputs.orders,
    "--wms",
    inputs.wms,
    "--date",
    DATE,
    "--out",
    out,
    ...extra,
  ]);
  return { ...result, out, file: path.join(out, FILE_NAME) };
}

describe("cod-report on an xlsx export with every trap", () => {
  let run: ReturnType<typeof runReport>;
  beforeAll(() => {
    run = runReport();
  });

  it("exits 0 and says where the file is", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已写出 ${run.file}`);
  });

  it("writes the two sheets, the export's header and 物流公司/物流单号 after it", async () => {
    const report = await readReport(run.file);
    expect(report.sheetNames).toEqual(["货到付款", "核对"]);
    const exportHeader = sheets.orders.rows[sheets.orders.headerRow - 1];
    expect(report.header).toEqual([...(exportHeader ?? []), "物流公司", "物流单号"]);
  });

  it("keeps exactly the 配货中 + 货到付款 rows, in the export's order, with the WMS logistics", async () => {
    const report = await readReport(run.file);
    const expected = expectedRows(sheets.orders);
    const idColumns = new Set(ID_HEADERS.map((h) => report.header.indexOf(h)));
    expect(expected.length).toBeGreaterThan(5);
    expect(report.rows).toEqual(
      expected.map(({ order, cells }) => [
        ...cells.map((cell, i) => {
          if (cell === "" || cell === null) return null;
          return idColumns.has(i) ? cleanCell(cell) : cell;
        }),
        ...expectedLogistics(sheets.wms, order.orderNo),
      ]),
    );
  });

  it("writes order numbers, phones and waybills as text cells", async () => {
    const report = await readReport(run.file);
    for (const header of ID_HEADERS) {
      const column = report.header.indexOf(header) + 1;
      const cells = report.rows.map((_, i) => report.orders.getRow(i + 2).getCell(column));
      const filled = cells.filter((cell) => cell.value !== null);
      expect(filled.length, header).toBeGreaterThan(0);
      for (const cell of filled) {
        expect(cell.type, `${header} ${cell.address}`).toBe(ExcelJS.ValueType.String);
        expect(cell.numFmt, `${header} ${cell.address}`).toBe("@");
      }
    }
  });

  it("freezes the header and puts an auto-filter on it", async () => {
    const report = await readReport(run.file);
    expect(report.orders.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(report.orders.autoFilter).toBeTruthy();
    expect(report.orders.getColumn(1).width).toBeGreaterThan(6);
  });

  it("accounts for every row read in the 核对 sheet", async () => {
    const { checkValues, findingRows, groupRows } = await readReport(run.file);
    const read = Number(checkValues.get("读取行数"));
    const kept = Number(checkValues.get("保留行数"));
    const excluded = [...checkValues].filter(([label]) => label.startsWith("排除")).map(([, n]) => Number(n));
    expect(kept).toBe(expectedRows(sheets.orders).length);
    expect(read).toBe(kept + excluded.reduce((a, b) => a + b, 0));
    expect(checkValues.get("日期")).toBe(DATE);
    expect(checkValues.get("文件名")).toBe(FILE_NAME);
    expect(findingRows.length).toBe(Number(checkValues.get("涉及行数")));
    expect(groupRows.length).toBe(Number(checkValues.get("问题数")) + Number(checkValues.get("提醒数")));
    // Every row of every group is listed: the group counts add up to the rows below them.
    expect(groupRows.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(findingRows.length);
  });

  it("prints no receiver's phone number", () => {
    for (const { order } of expectedRows(sheets.orders)) {
      expect(run.stdout).not.toContain(order.receiver.mobile);
    }
  });
});

describe("cod-report --json", () => {
  let summary: JsonSummary;
  beforeAll(() => {
    const run = runReport(["--json"]);
    expect(run.status).toBe(0);
    summary = withFindings(JSON.parse(run.stdout));
  });

  it("gives the file path, the row accounting and the counts", () => {
    const excluded = Object.values(summary.rows.excluded).reduce((a, b) => a + b, 0);
    expect(summary.file).toMatch(new RegExp(`${FILE_NAME}$`));
    expect(summary.rows.read).toBe(summary.rows.kept + excluded);
    expect(summary.rows.kept).toBe(expectedRows(sheets.orders).length);
    expect(summary.orders.kept).toBe(new Set(expectedRows(sheets.orders).map((r) => r.order.orderNo)).size);
    // Title and blank rows above the header, blank rows and the 合计 row are skipped; the destroyed ID is an issue.
    const traps = sheets.orders.trapRows;
    expect(summary.rows.excluded.skipped).toBe(traps.filter((t) => t.kind !== "destroyed").length);
    expect(summary.rows.excluded.issue).toBe(traps.filter((t) => t.kind === "destroyed").length);
  });

  it("collects on delivery once per order, not once per line", () => {
    const perOrder = new Map(
      expectedRows(sheets.orders).map(({ order }) => [order.orderNo, order.payableFen]),
    );
    expect(summary.amountToCollectFen).toBe([...perOrder.values()].reduce((a, b) => a + b, 0));
  });

  it("finds every kind of problem the example exports carry", () => {
    const codes = new Set(summary.findings.map((f) => f.code));
    // The orders without a waybill are the ones the WMS holds at 未分配: one problem, under that cause.
    for (const code of [
      "wms-unallocated",
      "not-zto",
      "waybill-format",
      "waybill-shared",
      "cod-pending",
      "destroyed-id",
    ]) {
      expect(codes, code).toContain(code);
    }
    const pending = summary.findings.filter((f) => f.code === "cod-pending").map((f) => f.orderNo);
    expect(new Set(pending)).toEqual(codPendingOrders(sheets.orders));
  });
});

describe("cod-report on GBK CSV and HTML .xls exports", () => {
  it("reads them, joins through the guards and appends the logistics columns", async () => {
    const run = runReport([], { orders: files.ordersCsv, wms: files.wmsHtml });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = await readReport(run.file);
    const header = csvSheets.orders.rows[csvSheets.orders.headerRow - 1] ?? [];
    expect(report.header).toEqual([...header, "物流公司", "物流单号"]);
    const orderColumn = header.indexOf("订单号");
    const expected = expectedRows(csvSheets.orders);
    expect(report.rows.map((r) => r[orderColumn])).toEqual(expected.map((r) => r.order.orderNo));
    expect(report.rows.map((r) => r.slice(-2))).toEqual(
      expected.map((r) => expectedLogistics(csvSheets.wms, r.order.orderNo)),
    );
  });
});

describe("cod-report without a WMS export", () => {
  it("leaves the logistics empty and lists every kept order as missing its waybill", async () => {
    const out = freshOut();
    const run = runCli(["--orders", files.orders, "--date", DATE, "--out", out, "--json"]);
    expect(run.status).toBe(0);
    const summary = withFindings(JSON.parse(run.stdout));
    const kept = new Set(expectedRows(sheets.orders).map((r) => r.order.orderNo));
    const missing = summary.findings.filter((f) => f.code === "missing-waybill").map((f) => f.orderNo);
    expect(new Set(missing)).toEqual(kept);
    const report = await readReport(path.join(out, FILE_NAME));
    expect(report.rows.every((r) => r.at(-1) === null && r.at(-2) === null)).toBe(true);
  });
});

describe("cod-report paths and overwriting", () => {
  it("never overwrites without --force, and does with it", () => {
    const first = runReport();
    expect(first.status).toBe(0);
    const written = readFileSync(first.file);
    const again = runCli(["--orders", files.orders, "--date", DATE, "--out", first.out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("已存在");
    expect(again.stderr).toContain("--force");
    expect(readFileSync(first.file).equals(written)).toBe(true);
    const forced = runCli(["--orders", files.orders, "--date", DATE, "--out", first.out, "--force"]);
    expect(forced.status).toBe(0);
  });

  it("resolves relative paths against the directory the command was typed in (INIT_CWD)", () => {
    const caller = freshOut();
    writeFileSync(path.join(caller, "导出.xlsx"), readFileSync(files.orders));
    const run = runCli(["--orders", "导出.xlsx", "--date", DATE], { env: { INIT_CWD: caller } });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(caller, FILE_NAME)).length).toBeGreaterThan(0);
  });

  it("makes the output directory when it does not exist yet", () => {
    const out = path.join(freshOut(), "报表", "11月");
    const run = runCli(["--orders", files.orders, "--date", DATE, "--out", out]);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(out, FILE_NAME)).length).toBeGreaterThan(0);
  });

  it("uses the name format for the file name", () => {
    const out = freshOut();
    const run = runCli([
      "--orders",
      files.orders,
      "--date",
      DATE,
      "--out",
      out,
      "--name-format",
      "YYYY年MM月DD日",
    ]);
    expect(run.status).toBe(0);
    expect(
      readFileSync(path.join(out, "上元堂官网_中通货到付款_2026年11月25日.xlsx")).length,
    ).toBeGreaterThan(0);
  });
});

describe("cod-report tells the truth about the export", () => {
  /** The verdict line, and the counts printed and written under it. */
  async function verdictAndCounts(run: ReturnType<typeof runReport>) {
    const lines = run.stdout.split("\n");
    const report = await readReport(run.file);
    return { lines, check: report.checkValues, report };
  }

  it("another day's export: the verdict says which days it holds, exit 2 and no report named for today; --date of its own day passes", async () => {
    const out = freshOut();
    const stale = runCli([
      "--orders",
      files.orders,
      "--wms",
      files.wms,
      "--date",
      "2026-12-06",
      "--out",
      out,
    ]);
    expect(stale.status).toBe(2);
    const [verdict] = stale.stdout.split("\n");
    expect(verdict).toMatch(/^交付前需要处理 \d+ 个问题/);
    expect(verdict).toContain("导出的订单是 11-24 ~ 11-25, 不是 12-05 ~ 12-06 的: 请重新导出");
    expect(stale.stdout).toMatch(/官网订单导出 orders\.xlsx: 读取 \d+ 行/);
    expect(stale.stdout).toMatch(/下单时间 2026-11-24 \d\d:\d\d ~ 2026-11-25 \d\d:\d\d/);
    expect(stale.stdout).toContain("报表没有写出: 整个导出有问题");
    expect(readdirSync(out)).toEqual([]);
    const json = runCli([
      "--orders",
      files.orders,
      "--wms",
      files.wms,
      "--date",
      "2026-12-06",
      "--out",
      out,
      "--json",
    ]);
    expect(json.status).toBe(2);
    const summary = JSON.parse(json.stdout) as Omit<JsonSummary, "file"> & { code: string; file: null };
    expect(summary).toMatchObject({ ok: false, code: "export-unusable", file: null, verdict: { ok: false } });
    expect(summary.groups[0]?.code).toBe("export-window");
    expect(readdirSync(out)).toEqual([]);
    const own = runReport();
    expect(own.status).toBe(0);
    expect(own.stdout).not.toContain("导出的订单是");
  });

  it("the export's window is every order's, not only the report's: an export whose COD orders are all older still reaches today", async () => {
    // Today's export (11-25), whose 配货中 货到付款 orders were all placed on 11-24: the export is the
    // day's, and its reading line shows the whole export's 下单时间, up to its last order of 11-25.
    const yesterday = "2026-11-24T12:00:00+08:00";
    const orders = exampleOrders().map((order) =>
      isKept(order) ? { ...order, placedAt: new Date(yesterday) } : order,
    );
    const file = path.join(dir, "货到付款都是前一天的.xlsx");
    writeFileSync(file, await toXlsx(guanwangExport(orders, { headers: "operator" })));
    const lastPlaced = orders.reduce((a, b) => (a.placedAt > b.placedAt ? a : b));
    expect(isKept(lastPlaced)).toBe(false);
    const run = runReport([], { orders: file, wms: files.wms });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("导出的订单是");
    expect(run.stdout).toMatch(/下单时间 2026-11-2\d \d\d:\d\d ~ 2026-11-25 \d\d:\d\d/);
  });

  it("an amount column headed 订单金额（元）: the total is right", () => {
    const run = runReport(["--json"], { orders: files.fullWidthAmount, wms: files.wms });
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as JsonSummary;
    const perOrder = new Map(expectedRows(sheets.orders).map(({ order }) => [order.orderNo, order.totalFen]));
    const total = [...perOrder.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(summary.amountToCollectFen).toBe(total);
    expect(summary.groups.map((g) => g.code)).not.toContain("amount-unmapped");
    expect(summary.groups.map((g) => g.code)).not.toContain("missing-amount");
  });

  it("a zero total for COD orders is an error, and the verdict never says 可以交付", async () => {
    const run = runReport([], { orders: files.zeroAmount, wms: files.wms });
    expect(run.status).toBe(0);
    const { lines, check } = await verdictAndCounts(run);
    expect(lines[0]).toMatch(/^交付前需要处理/);
    expect(run.stdout).toContain("代收金额合计 0.00 元");
    expect(run.stdout).toMatch(/\[错误\] \d+ 个货到付款订单的代收金额是 0 或空/);
    expect(check.get("代收金额合计(元)")).toBe(0);
  });

  it("the verdict line and every count agree, on the terminal and in the 核对 sheet", async () => {
    const run = runReport();
    const json = JSON.parse(runReport(["--json"]).stdout) as JsonSummary & {
      verdict: { problems: number; notes: number };
    };
    const { lines, check, report } = await verdictAndCounts(run);
    const { problems, notes } = json.verdict;
    expect(problems).toBeGreaterThan(0);
    const said = `交付前需要处理 ${problems} 个问题${notes > 0 ? ` (另有 ${notes} 个提醒)` : ""}`;
    expect(lines[0]).toBe(said);
    expect(json.verdict.message).toBe(said);
    expect(check.get(said)).toBeNull();
    expect(report.check.getRow(1).getCell(1).value).toBe(said);
    expect(run.stdout).toContain(`问题 ${problems} 个${notes > 0 ? `, 另有 ${notes} 个提醒` : ""}, 涉及`);
    expect(Number(check.get("问题数"))).toBe(problems);
    expect(Number(check.get("提醒数"))).toBe(notes);
    const printed = lines.filter((line) => /^\d+\. \[(错误|提醒)\]/.test(line));
    expect(printed.filter((line) => line.includes("[错误]"))).toHaveLength(problems);
    expect(printed.filter((line) => line.includes("[提醒]"))).toHaveLength(notes);
    expect(report.groupRows.filter((row) => row[0] === "错误")).toHaveLength(problems);
  });

  it.each([
    {
      description: "a 拼多多 export",
      file: () => files.pinduoduo,
      says: "这是拼多多订单导出, 不是官网订单导出",
    },
    {
      description: "a 万里牛 export",
      file: () => files.wanliniu,
      says: "这是万里牛订单导出, 不是官网订单导出",
    },
  ])("$description as --orders: exit 2, named, no report written", ({ file, says }) => {
    const out = freshOut();
    const run = runCli(["--orders", file(), "--wms", files.wms, "--date", DATE, "--out", out, "--json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(says);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "not-guanwang-export" });
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    {
      description: "a WMS export as --orders",
      args: () => ["--orders", files.wms],
      code: "unrecognised-export",
      says: ["是WMS (表头有「分配状态」)", "不是订单导出"],
    },
    {
      description: "a 售后单 list as --orders",
      args: () => ["--orders", files.afterSales, "--wms", files.wms],
      code: "unrecognised-export",
      says: ["是售后单 (表头有「售后单号」", "不是订单导出"],
    },
    {
      description: "the two files swapped",
      args: () => ["--orders", files.wms, "--wms", files.orders],
      code: "inputs-swapped",
      says: ["两个文件放反了:「wms.xlsx」是 WMS 物流导出,「orders.xlsx」是官网订单导出"],
    },
    {
      description: "the same file twice",
      args: () => ["--orders", files.orders, "--wms", files.orders],
      code: "same-file-twice",
      says: ["选的是同一个文件「orders.xlsx」"],
    },
  ])("$description: exit 2, what it is named, no report written", ({ args, code, says }) => {
    const out = freshOut();
    const run = runCli([...args(), "--date", DATE, "--out", out, "--json"]);
    expect(run.status).toBe(2);
    for (const words of says) expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("cod-report exit codes for input the operator must fix", () => {
  it.each([
    { description: "no --orders", args: () => ["--date", DATE], says: "缺少 --orders" },
    {
      description: "an unknown option",
      args: () => ["--orders", files.orders, "--foo"],
      says: "命令参数不对",
    },
    {
      description: "a missing file",
      args: () => ["--orders", path.join(dir, "nope.xlsx")],
      says: "找不到文件",
    },
    {
      description: "a bad date",
      args: () => ["--orders", files.orders, "--date", "2026-02-30"],
      says: "日期",
    },
    {
      description: "a name format with slashes",
      args: () => ["--orders", files.orders, "--name-format", "YYYY/MM/DD"],
      says: "文件名日期格式",
    },
    {
      description: "an output path that is a file, not a directory",
      args: () => ["--orders", files.orders, "--out", files.wms],
      says: "输出目录",
    },
    {
      description: "a file that is no spreadsheet",
      args: () => ["--orders", files.notSpreadsheet],
      says: "官网订单导出",
    },
    {
      description: "an xlsx cut short (streamed by the Node reader)",
      args: () => ["--orders", files.truncated],
      says: "官网订单导出",
    },
    {
      description: "the WMS export given as the orders",
      args: () => ["--orders", files.wms],
      says: "官网订单导出",
    },
  ])("$description: exit 2, a Chinese message, no stack trace", ({ args, says }) => {
    const given = args();
    const run = runCli(given.includes("--out") ? given : [...given, "--out", freshOut()]);
    expect(run.status).toBe(2);
    for (const words of says) expect(run.stderr).toContain(words);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe("");
  });

  it("exits 1 with the details and a request to report when something unexpected fails", () => {
    // A folder under the report's name is the operator's to fix (exit 2); an output path that loops is not.
    const out = path.join(freshOut(), "loop");
    symlinkSync(out, out);
    const run = runCli(["--orders", files.orders, "--date", DATE, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("意外错误");
    expect(run.stderr).toContain("开发同事");
  });

  it("prints the usage with --help and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--orders");
  });
});
