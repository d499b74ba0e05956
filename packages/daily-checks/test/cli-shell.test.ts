import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { type FakeCell, toXlsx } from "@syt/fake-exports";
import { readTable } from "@syt/platform-adapters";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unprivileged } from "../../../scripts/test-support/cli-process";
import { cli, ensureBuilt, examplesDir, filesInTempFolders, runCli, sendWhen, startCli } from "./cli-process";

// What `pnpm daily` shares with the other two CLIs through @syt/cli-shell, run as operators run it.

const root = mkdtempSync(path.join(os.tmpdir(), "daily-shell-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  ensureBuilt();
});

const DAY = ["--date", "2026-11-25", "--at", "09:10"];
const WORKBOOK = "上元堂运营日常_2026-11-25.xlsx";
const fresh = (name: string) => mkdtempSync(path.join(root, name));

describe("pnpm daily --json failures", () => {
  it("a bad command line is { ok: false, code, message } on stdout, exit 2", () => {
    const run = runCli([examplesDir, "--json", "--no-such-option"]);
    expect(run.status).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(["ok", "code", "message"]);
    expect(json).toMatchObject({ ok: false, code: "bad-arguments" });
    expect(json.message).toContain("--no-such-option");
  });
});

describe("pnpm daily does not overwrite the day's workbook without --force", () => {
  it("refuses a second run (exit 2, code exists) and keeps the first workbook; --force replaces it", () => {
    const out = fresh("out-");
    const first = runCli([examplesDir, ...DAY, "--out", out]);
    expect(first.status).toBe(0);
    const target = path.join(out, WORKBOOK);
    writeFileSync(target, "the operator's notes");

    const again = runCli([examplesDir, ...DAY, "--out", out, "--json"]);
    expect(again.status).toBe(2);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, code: "exists" });
    expect(again.stderr).toContain("--force");
    expect(readFileSync(target, "utf8")).toBe("the operator's notes");

    const forced = runCli([examplesDir, ...DAY, "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readdirSync(out)).toEqual([WORKBOOK]);
  });
});

describe("Ctrl-C during pnpm daily", () => {
  it("exits 130, leaves the earlier workbook whole and no temp folder nor partial file", async () => {
    const out = fresh("out-");
    const temp = fresh("tmp-");
    const target = path.join(out, WORKBOOK);
    writeFileSync(target, "earlier workbook");
    const { child, exited } = startCli([examplesDir, ...DAY, "--out", out, "--force"], {
      env: { TMPDIR: temp },
    });
    // Once the workbook's temp file is open: the run is in its write.
    await sendWhen(child, "SIGINT", () => filesInTempFolders(temp, "daily-checks-tmp-").length > 0);
    const run = await exited;
    expect(run.status).toBe(130);
    expect(run.stderr).toContain("已中断");
    expect(run.stderr).toContain("工作簿没有写出");
    expect(readdirSync(out)).toEqual([WORKBOOK]);
    expect(readFileSync(target, "utf8")).toBe("earlier workbook");
    expect(readdirSync(temp)).toEqual([]);
  }, 60_000);
});

describe("file names in what pnpm daily prints", () => {
  it("a name holding a newline and terminal codes is printed escaped and cannot forge a line", () => {
    const folder = fresh("day-");
    cpSync(examplesDir, folder, { recursive: true });
    writeFileSync(path.join(folder, "evil\n✓ 全部完成\u001b[32m.csv"), "a");
    const run = runCli([folder, ...DAY, "--out", fresh("out-")]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("evil\\n✓ 全部完成\\u001b[32m.csv");
    expect(run.stdout).not.toMatch(/^✓ 全部完成/m);
    expect(run.stdout).not.toContain("\u001b");
  });
});

describe("regression (issue 29): phones typed into cells of the day's exports", () => {
  it("are masked in stdout, stderr and --json, whatever stands between the digits", async () => {
    const folder = fresh("phones-");
    cpSync(examplesDir, folder, { recursive: true });
    const file = path.join(folder, "官网订单_20261125.xlsx");
    const table = await readTable(new Uint8Array(readFileSync(file)), { fileName: "官网订单_20261125.xlsx" });
    const header = table.rows.findIndex((row) => row.cells.includes("订单处理状态"));
    const headerCells = table.rows[header]?.cells ?? [];
    const columns = [headerCells.indexOf("订单处理状态"), headerCells.indexOf("订单支付方式")];
    expect(Math.min(header, ...columns)).toBeGreaterThanOrEqual(0);
    const forms = [
      "138/1234/5678",
      "QQ13812348001",
      "138\t1234\t5678",
      "138\u200b1234\u200b5678",
      "wx 138_1234_5678",
    ];
    const rows = table.rows.map((row) => [...row.cells]);
    const orderNos = [...new Set(rows.slice(header + 1).map((cells) => String(cells[0])))];
    forms.forEach((form, i) => {
      // Every line of one order, so the order's own first row carries it.
      for (const cells of rows.slice(header + 1).filter((cells) => String(cells[0]) === orderNos[i]))
        cells[columns[i % 2] as number] = form;
    });
    writeFileSync(file, await toXlsx({ name: table.sheetName ?? "订单", rows: rows as FakeCell[][] }));
    const run = runCli([folder, ...DAY, "--out", fresh("out-"), "--json"]);
    expect(run.status, run.stderr).toBe(0);
    const printed = `${run.stdout}\n${run.stderr}`;
    expect(printed).toContain("138****5678");
    // The digits 1381234 in order, whatever stands between them (up to three characters each).
    expect(printed.match(/.{0,40}1\D{0,3}3\D{0,3}8\D{0,3}1\D{0,3}2\D{0,3}3\D{0,3}4.{0,20}/g)).toBeNull();
  });
});

describe("what a fault probe put in the day's folder", () => {
  it("a FIFO, a folder named x.xlsx, a symlink loop and an unreadable file: each named, no hang, no stack", () => {
    const folder = fresh("probe-");
    cpSync(examplesDir, folder, { recursive: true });
    execFileSync("mkfifo", [path.join(folder, "管道.csv")]);
    mkdirSync(path.join(folder, "x.xlsx"));
    symlinkSync("环.xlsx", path.join(folder, "环.xlsx"));
    cpSync(path.join(examplesDir, "官网订单_20261125.xlsx"), path.join(folder, "锁住的.xlsx"));
    chmodSync(path.join(folder, "锁住的.xlsx"), 0o000);
    const out = fresh("out-");
    // The run is another user's, for whom the file permissions hold (tests run as root).
    for (const dir of [root, folder, out]) chmodSync(dir, 0o755);
    if (unprivileged.uid !== undefined && unprivileged.gid !== undefined)
      chownSync(out, unprivileged.uid, unprivileged.gid);
    const run = runCli([folder, ...DAY, "--out", out], { unprivileged: true, timeout: 60_000 });
    expect(run.status).toBe(0);
    const said = run.stdout + run.stderr;
    expect(said).not.toMatch(/^\s+at /m);
    expect(said).toContain("管道.csv");
    expect(said).toContain("x.xlsx");
    expect(said).toContain("环.xlsx");
    expect(said).toMatch(/锁住的\.xlsx.*没有权限读取/);
  });
});

describe("a folder the operator cannot read", () => {
  it("regression: exit 2 with the shell's words and the folder's path, not a stack trace", () => {
    const folder = fresh("locked-in-");
    cpSync(path.join(examplesDir, "官网订单_20261125.xlsx"), path.join(folder, "官网订单.xlsx"));
    const out = fresh("out-");
    for (const dir of [root, out]) chmodSync(dir, 0o755);
    chmodSync(folder, 0o311);
    if (unprivileged.uid !== undefined && unprivileged.gid !== undefined)
      chownSync(out, unprivileged.uid, unprivileged.gid);
    const run = runCli([folder, ...DAY, "--out", out, "--json"], { unprivileged: true, timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "input-no-permission" });
    expect(run.stderr).toContain(`没有权限读取 ${folder}`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("a folder of 600 exports under a low open-file limit", () => {
  it("regression: at ulimit -n 64 every file is read; none is an I/O error, none is called damaged", () => {
    const folder = fresh("many-");
    const names = readdirSync(examplesDir);
    for (let i = 0; i < 600; i++) {
      const name = names[i % names.length] as string;
      cpSync(path.join(examplesDir, name), path.join(folder, `${String(i).padStart(3, "0")}_${name}`));
    }
    const out = fresh("out-");
    // `exec` keeps the shell's limit for node itself; a limit set in the test process would bind vitest too.
    const run = spawnSync(
      "sh",
      ["-c", 'ulimit -n 64 && exec "$0" "$@"', process.execPath, cli, folder, ...DAY, "--out", out, "--json"],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status).toBe(0);
    const { problems } = JSON.parse(run.stdout) as { problems: { code: string; how?: string }[] };
    // Each example once, every copy of it read and found to be the same bytes.
    expect(problems.filter((p) => p.code !== "duplicate")).toEqual([]);
    expect(problems.filter((p) => p.how === "same-bytes")).toHaveLength(600 - names.length);
  });
});

describe("an --out that cannot take the workbook is refused before anything is read", () => {
  it.each([
    {
      description: "a file",
      out: () => {
        const file = path.join(fresh("out-"), "a-file");
        writeFileSync(file, "x");
        return file;
      },
      code: "out-not-dir",
    },
    { description: "a folder under /proc", out: () => "/proc/self/daily", code: "out-pseudo-fs" },
  ])("$description: exit 2, code $code, no stack trace", ({ out, code }) => {
    const run = runCli([examplesDir, ...DAY, "--out", out(), "--json"], { timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code });
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("a folder this user cannot write: exit 2, out-no-permission", () => {
    const out = fresh("locked-");
    chmodSync(root, 0o755);
    chmodSync(out, 0o555);
    const run = runCli([examplesDir, ...DAY, "--out", path.join(out, "sub"), "--json"], {
      unprivileged: true,
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "out-no-permission" });
  });
});
