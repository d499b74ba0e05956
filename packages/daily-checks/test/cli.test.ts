import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, examplesDir, runCli } from "./cli-process";
import { writeMixedDay } from "./mixed-day";

/** Every run's folder is made in here, removed after the file's tests: nothing is left in the temp folder. */
const root = mkdtempSync(path.join(os.tmpdir(), "daily-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  ensureBuilt();
});

interface JsonItem {
  id: string;
  state: string;
  minutesLeft: number;
  groups: { code: string; count: number }[];
}

function runJson(args: string[], env: Record<string, string> = {}) {
  const out = mkdtempSync(path.join(root, "daily-"));
  const run = runCli([examplesDir, "--json", "--out", out, ...args], { env });
  return {
    run,
    out,
    json: JSON.parse(run.stdout) as { ok: boolean; file: string; items: JsonItem[]; verdict: string },
  };
}

const states = (items: JsonItem[]) => Object.fromEntries(items.map((item) => [item.id, item.state]));

describe("pnpm daily on examples/今日", () => {
  it("prints the checklist in routine order, verdict first, and writes the workbook", async () => {
    const out = mkdtempSync(path.join(root, "daily-"));
    const run = runCli([examplesDir, "--date", "2026-11-25", "--at", "09:10", "--out", out]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^待处理 \d+ 项/);
    expect(lines.length).toBeLessThan(150);
    expect(run.stdout.indexOf("关注异常订单")).toBeLessThan(run.stdout.indexOf("处方单审核"));
    expect(run.stdout).toContain("[快到期] 还剩 20 分 万里牛 · 关注异常订单");
    expect(run.stdout).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      readFileSync(path.join(out, "上元堂运营日常_2026-11-25.xlsx")) as unknown as ArrayBuffer,
    );
    const todo = workbook.getWorksheet("今日待办");
    expect(todo?.getRow(2).values).toContain("事项");
    expect(todo?.rowCount).toBe(2 + 18);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(
      expect.arrayContaining(["万里牛异常订单", "拼多多发货超时", "中药规格", "缺货下架"]),
    );
    const delist = workbook.getWorksheet("缺货下架");
    // Two out-of-stock SKUs, each to take down on all seven platforms, plus the orders holding them.
    const delistRows = (delist?.getSheetValues() ?? []).filter(
      (row) => Array.isArray(row) && String(row[6]).includes("下架"),
    );
    expect(delistRows).toHaveLength(14);
  });

  it("gives the same checklist whatever the computer's time zone", () => {
    const zones = ["Asia/Shanghai", "UTC", "America/Los_Angeles"].map((TZ) =>
      states(runJson(["--date", "2026-11-25", "--at", "16:30"], { TZ }).json.items),
    );
    expect(zones[1]).toEqual(zones[0]);
    expect(zones[2]).toEqual(zones[0]);
    expect(zones[0]?.["yaofangwang-yesterday"]).toBe("overdue");
    expect(zones[0]?.["yaofangwang-today"]).toBe("overdue");
  });

  it("waits for new exports just after midnight: yesterday's exports do not cover the new day", () => {
    const { json } = runJson(["--date", "2026-11-26", "--at", "00:05"], { TZ: "America/Los_Angeles" });
    const s = states(json.items);
    expect(s["wanliniu-abnormal"]).toBe("waiting");
    expect(s["pinduoduo-expiring"]).toBe("waiting");
    expect(s["out-of-stock"]).not.toBe("waiting");
  });

  it("counts the 17:00 COD deadline in Shanghai time", () => {
    const before = runJson(["--date", "2026-11-25", "--at", "16:59"], { TZ: "UTC" }).json.items;
    const after = runJson(["--date", "2026-11-25", "--at", "17:01"], { TZ: "UTC" }).json.items;
    expect(before.find((i) => i.id === "cod-report")?.minutesLeft).toBe(1);
    expect(after.find((i) => i.id === "cod-report")?.minutesLeft).toBe(-1);
  });

  it("answers fixable input with exit 2 and a Chinese message, in JSON too", () => {
    const missing = runCli(["no-such-folder", "--json"]);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, code: "file-missing" });
    expect(missing.stderr).toContain("找不到");
    expect(missing.stderr).not.toContain("    at ");
    const badTime = runCli([examplesDir, "--at", "25:00"]);
    expect(badTime.status).toBe(2);
    expect(badTime.stderr).toContain("时:分");
  });
});

describe("pnpm daily on an export with words no generator writes", () => {
  it("tells each file's reading problems with the file: a status word no table knows, grouped, with its rows", async () => {
    const folder = mkdtempSync(path.join(root, "daily-odd-"));
    for (const name of readdirSync(examplesDir))
      copyFileSync(path.join(examplesDir, name), path.join(folder, name));
    const file = path.join(folder, "万里牛订单_20261125.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    let header = 0;
    let column = 0;
    sheet.eachRow((row, number) => {
      if (header) return;
      row.eachCell((cell, index) => {
        if (cell.value === "订单状态") [header, column] = [number, index];
      });
    });
    expect(header).toBeGreaterThan(0);
    // Rows of different orders (the export repeats an order's first row for each product line).
    const changed: number[] = [];
    const seen = new Set<unknown>();
    sheet.eachRow((row, number) => {
      const orderNo = row.getCell(1).value;
      if (number <= header || seen.has(orderNo) || changed.length === 4) return;
      seen.add(orderNo);
      if (number % 3 !== 0) return;
      sheet.eachRow((same, n) => {
        if (same.getCell(1).value === orderNo) same.getCell(column).value = "等待人工质检";
        if (same.getCell(1).value === orderNo && n === number) changed.push(n);
      });
    });
    await workbook.xlsx.writeFile(file);

    const out = mkdtempSync(path.join(root, "daily-"));
    const run = runCli([folder, "--date", "2026-11-25", "--at", "09:10", "--out", out]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    const fileLine = lines.findIndex((line) => line.includes("读取 万里牛订单_20261125.xlsx"));
    expect(lines[fileLine + 1]).toBe(
      `    - [提醒] 「订单状态」列有 ${changed.length} 行是不认识的状态「等待人工质检」(第 ${changed.join("、")} 行), 已保留原文: 请核对导出的状态列`,
    );
    // The other files read as before: no problem lines under them.
    expect(lines.filter((line) => line.includes("不认识的状态"))).toHaveLength(1);
  });
});

describe("pnpm daily on a download folder with more than the day's exports", () => {
  interface DayJson {
    problems: { code: string; file: string; message: string }[];
    files: { fileName: string; kind: string; source?: string }[];
    items: JsonItem[];
  }
  const counts = (items: JsonItem[]) =>
    Object.fromEntries(items.map((item) => [item.id, item.groups.reduce((n, g) => n + g.count, 0)]));

  it("reads the rest, lists the file it does not know first, every entry accounted for, findings counted once", async () => {
    const folder = mkdtempSync(path.join(root, "daily-mixed-"));
    const names = await writeMixedDay(folder, examplesDir);
    const args = ["--date", "2026-11-25", "--at", "09:10"];

    const text = runCli([folder, ...args, "--out", mkdtempSync(path.join(root, "daily-"))]);
    expect(text.status).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toMatch(/^待处理 \d+ 项/);
    expect(lines[1]).toMatch(
      /^未识别: 拼多多资金流水_20261125\.xlsx 看起来是资金流水 .*不是订单导出, 没有使用$/,
    );
    expect(lines).toContain(
      "重复: 拼多多订单_20261125 (1).xlsx 与 拼多多订单_20261125.xlsx 内容完全相同 (重复下载), 只读了 拼多多订单_20261125.xlsx",
    );
    expect(lines).toContain("跳过: 库存盘点.ods 是 .ods 表格, 读不了: 请用 Excel 或 WPS 另存为 .xlsx");
    expect(lines.filter((line) => line.startsWith("  读取 两个平台_20261125.xlsx"))).toEqual([
      "  读取 两个平台_20261125.xlsx [官网]: 官网 54 行 [版式「官网订单导出」, 依据: 高]",
      "  读取 两个平台_20261125.xlsx [药房网]: 药房网 45 行 [版式「药房网 内置配置 yaofangwang.json」, 依据: 低, 格式为假定]",
    ]);

    const mixed = runCli([folder, ...args, "--json", "--out", mkdtempSync(path.join(root, "daily-"))]);
    expect(mixed.status).toBe(0);
    const json = JSON.parse(mixed.stdout) as DayJson;
    const accounted = new Set([
      ...json.files.map((f) => f.fileName.replace(/ \[[^\]]+\]$/, "")),
      ...json.problems.map((p) => p.file),
    ]);
    expect([...accounted].sort()).toEqual(names);
    expect(json.problems.map((p) => p.code)).toEqual([
      "unrecognised",
      "duplicate",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
      "skipped",
    ]);
    expect(json.problems.every((p) => p.message.startsWith(p.code === "skipped" ? "跳过: " : ""))).toBe(true);

    const alone = runCli([examplesDir, ...args, "--json", "--out", mkdtempSync(path.join(root, "daily-"))]);
    const aloneItems = (JSON.parse(alone.stdout) as DayJson).items;
    expect(counts(json.items)).toEqual(counts(aloneItems));
    expect(Object.values(counts(aloneItems)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("exits 2 naming each entry when nothing at all could be read", () => {
    const folder = mkdtempSync(path.join(root, "daily-nothing-"));
    writeFileSync(path.join(folder, "备注.txt"), "没有导出");
    writeFileSync(path.join(folder, "坏了.xlsx"), "%PDF-1.7 not a sheet");
    const run = runCli([folder, "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "nothing-read" });
    expect(run.stderr).toContain("一个导出都没有读到");
    expect(run.stderr).toContain("坏了.xlsx");
    expect(run.stderr).toContain("备注.txt 不是表格导出 (.txt)");
  });
});
