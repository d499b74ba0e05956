import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport, toXlsx, wmsExport } from "@syt/fake-exports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleOrders, exampleSheets } from "../scripts/example-data";
import { type CliRun, cli, ensureBuilt, packageDir, runCli } from "./cli-process";

const DATE = "2026-11-25";
const FILE_NAME = `上元堂官网_中通货到付款_${DATE}.xlsx`;
const PHONE = "13800138000";

let dir: string;

// The runs' folders go with the file's tests: a run of the suite leaves nothing in the temp folder.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = {
  orders: "",
  wms: "",
  notSpreadsheet: "",
  otherNotSpreadsheet: "",
  largeOrders: "",
  largeWms: "",
};

/** World-writable, so that the CLI run as nobody meets only the permissions a test sets. */
function freshDir(): string {
  const made = mkdtempSync(path.join(dir, "run-"));
  chmodSync(made, 0o777);
  return made;
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), "cod-report-errors-"));
  chmodSync(dir, 0o755);
  const sheets = exampleSheets(exampleOrders());
  files.orders = path.join(dir, "orders.xlsx");
  files.wms = path.join(dir, "wms.xlsx");
  writeFileSync(files.orders, await toXlsx({ name: sheets.orders.name, rows: sheets.orders.rows }));
  writeFileSync(files.wms, await toXlsx({ name: sheets.wms.name, rows: sheets.wms.rows }));
  // An orders "export" the CLI cannot read: a check that answers with anything else came before reading.
  files.notSpreadsheet = path.join(dir, "notes.xlsx");
  writeFileSync(files.notSpreadsheet, "这不是表格");
  // Another one, not the same bytes: the same file in both slots is a problem of its own.
  files.otherNotSpreadsheet = path.join(dir, "notes-2.xlsx");
  writeFileSync(files.otherNotSpreadsheet, "这也不是表格");
  // Large enough that writing the report takes a moment a signal can fall into.
  const large = fakeOrders({ seed: 5, count: 4000, codShare: 0.9 });
  const largeOrders = guanwangExport(large);
  const largeWms = wmsExport(large);
  files.largeOrders = path.join(dir, "large-orders.xlsx");
  files.largeWms = path.join(dir, "large-wms.xlsx");
  writeFileSync(files.largeOrders, await toXlsx({ name: largeOrders.name, rows: largeOrders.rows }));
  writeFileSync(files.largeWms, await toXlsx({ name: largeWms.name, rows: largeWms.rows }));
}, 120_000);

function expectRefused(run: CliRun, code: string, says: string[]) {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  for (const words of says) expect(run.stderr).toContain(words);
  expect(run.status).toBe(2);
  const json = JSON.parse(run.stdout);
  expect(json).toEqual({ ok: false, code, message: run.stderr.trimEnd() });
}

function report(
  orders: string,
  out: string,
  extra: string[] = [],
  options: Parameters<typeof runCli>[1] = {},
) {
  return runCli(["--orders", orders, "--date", DATE, "--out", out, "--json", ...extra], options);
}

/**
 * Runs the CLI in a mount namespace of its own with a tmpfs at `at` (root, or a user
 * namespace), so a full or read-only disk is real and vanishes with the run.
 * `listing` is what the tmpfs holds when the CLI has exited.
 */
function runOnTmpfs(mountOptions: string, at: string, args: string[], env: Record<string, string> = {}) {
  const script = `mount -t tmpfs -o "$1" tmpfs "$2" || exit 99
dir=$2; shift 2
"$@" > "$dir/../stdout"; rc=$?
ls -A "$dir" > "$dir/../listing"
exit $rc`;
  const { INIT_CWD: _, ...parentEnv } = process.env;
  const namespace = process.getuid?.() === 0 ? ["-m"] : ["-r", "-m"];
  const result = spawnSync(
    "unshare",
    [...namespace, "sh", "-c", script, "sh", mountOptions, at, process.execPath, cli, ...args],
    { cwd: packageDir, env: { ...parentEnv, ...env }, encoding: "utf8" },
  );
  const around = path.dirname(at);
  return {
    status: result.status,
    stdout: readFileSync(path.join(around, "stdout"), "utf8"),
    stderr: result.stderr,
    listing: readFileSync(path.join(around, "listing"), "utf8").split("\n").filter(Boolean),
  };
}

describe("a path the operator can fix is refused before the exports are read", () => {
  it("an orders export this user may not read: input-no-permission", () => {
    const locked = path.join(freshDir(), "orders.xlsx");
    copyFileSync(files.orders, locked);
    chmodSync(locked, 0o000);
    const run = report(locked, freshDir(), [], { unprivileged: true });
    expectRefused(run, "input-no-permission", ["没有权限读取", locked]);
  });

  it("an output folder this user may not write: out-no-permission", () => {
    const out = freshDir();
    chmodSync(out, 0o555);
    const run = report(files.notSpreadsheet, out, [], { unprivileged: true });
    expectRefused(run, "out-no-permission", ["没有权限写入", out, "--out"]);
  });

  it("an output folder to be made in a folder this user may not write: out-no-permission, nothing made", () => {
    const parent = freshDir();
    chmodSync(parent, 0o555);
    const run = report(files.notSpreadsheet, path.join(parent, "报表", "11月"), [], { unprivileged: true });
    expectRefused(run, "out-no-permission", ["没有权限写入", parent]);
    expect(readdirSync(parent)).toEqual([]);
  });

  it("an output folder to be made under a file: out-not-dir, naming the file", () => {
    const run = report(files.notSpreadsheet, path.join(files.wms, "报表"));
    expectRefused(run, "out-not-dir", ["输出目录", files.wms, "不是文件夹"]);
  });

  it("an output folder on a read-only disk: out-read-only", () => {
    const at = path.join(freshDir(), "u盘");
    mkdirSync(at);
    const run = runOnTmpfs("ro,size=64k", at, [
      "--orders",
      files.notSpreadsheet,
      "--out",
      path.join(at, "报表"),
      "--json",
    ]);
    expectRefused(run, "out-read-only", ["只读", at]);
  });

  it("an output folder under /proc: out-pseudo-fs, refused before mkdir (which hangs there)", () => {
    // A hang is what this guards against: the CLI killed at the deadline has no status and no refusal.
    const run = report(files.notSpreadsheet, "/proc/self/nope/out", [], { timeout: 120_000 });
    expectRefused(run, "out-pseudo-fs", ["/proc/self", "--out"]);
  });

  it("a file name too long for the file system: name-too-long, naming --name-format", () => {
    const out = freshDir();
    const run = report(files.notSpreadsheet, out, ["--name-format", `[${"长".repeat(80)}]YYYY-MM-DD`]);
    expectRefused(run, "name-too-long", ["名字太长", "255", "--name-format", "长长长"]);
    expect(readdirSync(out)).toEqual([]);
  });

  it("an output folder name too long for the file system: name-too-long, naming --out", () => {
    const run = report(files.notSpreadsheet, path.join(freshDir(), "报".repeat(100)));
    expectRefused(run, "name-too-long", ["名字太长", "--out", "报报报"]);
  });

  it.each([
    { description: "without --force", extra: [] },
    { description: "with --force", extra: ["--force"] },
  ])("a folder under the report's name, $description: target-is-dir", ({ extra }) => {
    const out = freshDir();
    mkdirSync(path.join(out, FILE_NAME));
    const run = report(files.notSpreadsheet, out, extra);
    expectRefused(run, "target-is-dir", [path.join(out, FILE_NAME), "是一个文件夹"]);
  });

  it("a temp folder with less free space than the exports: temp-disk-full, naming TMPDIR", () => {
    const temp = path.join(freshDir(), "tmp");
    mkdirSync(temp);
    const run = runOnTmpfs("size=8k", temp, ["--orders", files.largeOrders, "--out", freshDir(), "--json"], {
      TMPDIR: temp,
    });
    expectRefused(run, "temp-disk-full", [temp, "磁盘满了", "TMPDIR"]);
  });
});

describe("a disk that fills up while the report is placed", () => {
  it("exits 2 with disk-full and leaves no partial file", () => {
    const at = path.join(freshDir(), "小盘");
    mkdirSync(at);
    const run = runOnTmpfs("size=8k", at, ["--orders", files.orders, "--date", DATE, "--out", at, "--json"]);
    expectRefused(run, "disk-full", ["磁盘满了", path.join(at, FILE_NAME), "--out"]);
    expect(run.listing).toEqual([]);
  });

  it.each([
    { description: "new", extra: [] },
    { description: "replaced with --force", extra: ["--force"] },
  ])("on another device than the temp folder, the report is copied in whole: $description", ({ extra }) => {
    const at = path.join(freshDir(), "另一个盘");
    mkdirSync(at);
    const run = runOnTmpfs("size=4m", at, [
      "--orders",
      files.orders,
      "--date",
      DATE,
      "--out",
      at,
      "--json",
      ...extra,
    ]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, file: path.join(at, FILE_NAME) });
    expect(run.listing).toEqual([FILE_NAME]);
  });
});

describe("cod-report --json when the run fails", () => {
  it("prints { ok: false, code, message } on stdout, the same message on stderr, phones masked", () => {
    const missing = path.join(dir, `${PHONE}.xlsx`);
    const run = runCli(["--orders", missing, "--json"]);
    expect(run.status).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json).toEqual({ ok: false, code: "file-missing", message: expect.stringContaining("找不到文件") });
    expect(json.message).toContain("138****8000");
    expect(run.stdout).not.toContain(PHONE);
    expect(run.stderr).not.toContain(PHONE);
    expect(run.stderr.trimEnd()).toBe(json.message);
  });

  it.each([
    { description: "a bad command line", args: ["--orders", "x.xlsx", "--foo"], code: "bad-arguments" },
    { description: "no --orders", args: ["--date", DATE], code: "missing-orders" },
    { description: "a bad date", args: ["--orders", "x.xlsx", "--date", "2026-02-30"], code: "bad-date" },
  ])("$description: code $code, exit 2", ({ args, code }) => {
    const run = runCli([...args, "--json"]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code });
  });

  // The WMS export is read in a worker thread beside the orders export: its refusal must come
  // back worded and coded as if it had been read on the main thread, and be the one told first.
  const inWorker = { env: { COD_REPORT_WMS_WORKER_MIN_BYTES: "0" } };

  it("a WMS export that is not a spreadsheet (read in the worker): its code and the WMS words, exit 2", () => {
    const run = report(files.orders, freshDir(), ["--wms", files.notSpreadsheet], inWorker);
    expectRefused(run, "header-not-found", ["WMS 物流导出", files.notSpreadsheet, "外部单号"]);
  });

  it("a WMS export read in the worker gives the same report as one read on the main thread", () => {
    const [worker, main] = [inWorker, {}].map((options) => {
      const out = freshDir();
      const run = report(files.largeOrders, out, ["--wms", files.largeWms], options);
      expect(run.status).toBe(0);
      const { file: _, ...summary } = JSON.parse(run.stdout);
      return summary;
    });
    expect(worker).toEqual(main);
    expect(worker.groups.length).toBeGreaterThan(0);
  });

  it("regression (issue 29): a WMS export that needs more memory than its thread may have: code wms-out-of-memory, exit 2, no stack trace", () => {
    const small = { env: { COD_REPORT_WMS_WORKER_MIN_BYTES: "0", COD_REPORT_WMS_WORKER_MAX_MB: "4" } };
    const run = report(files.largeOrders, freshDir(), ["--wms", files.largeWms], small);
    expectRefused(run, "wms-out-of-memory", ["WMS 物流导出", "large-wms.xlsx", "内存不够"]);
    expect(run.stderr).not.toContain("ERR_WORKER_OUT_OF_MEMORY");
  });

  it("regression (issue 29): phones typed into status, payment and courier cells are masked in stdout, stderr and --json", async () => {
    const { orders, wms } = exampleSheets(exampleOrders());
    const header = orders.rows.find((cells) => cells.includes("订单状态")) as unknown[];
    const column = (name: string) => header.findIndex((cell) => String(cell).includes(name));
    const forms = [
      "138/1234/5678",
      "QQ13812348001",
      "138\t1234\t5678",
      "138\u200b1234\u200b5678",
      "Ph 138_1234_5678",
    ];
    const dataRows = orders.rows.filter(
      (cells) => /^\d|^GW/.test(String(cells[0] ?? "")) && cells !== header,
    );
    forms.forEach((form, i) => {
      const row = dataRows[i * 2] as unknown[];
      row[column(i % 2 === 0 ? "订单状态" : "支付方式")] = form;
    });
    const inputDir = freshDir();
    const ordersFile = path.join(inputDir, "orders-phones.xlsx");
    const wmsFile = path.join(inputDir, "wms.xlsx");
    writeFileSync(ordersFile, await toXlsx({ name: orders.name, rows: orders.rows }));
    writeFileSync(wmsFile, await toXlsx({ name: wms.name, rows: wms.rows }));
    const run = report(ordersFile, freshDir(), ["--wms", wmsFile]);
    expect(run.status, run.stderr).toBe(0);
    const printed = `${run.stdout}\n${run.stderr}`;
    expect(printed).toContain("138****5678");
    // The digits 1381234 in order, whatever stands between them (up to three characters each).
    expect(printed.match(/.{0,40}1\D{0,3}3\D{0,3}8\D{0,3}1\D{0,3}2\D{0,3}3\D{0,3}4.{0,20}/g)).toBeNull();
  });

  it("both exports unreadable: the WMS problem is told, as when they were read one after the other", () => {
    const run = report(files.notSpreadsheet, freshDir(), ["--wms", files.otherNotSpreadsheet], inWorker);
    expectRefused(run, "header-not-found", ["WMS 物流导出"]);
    expect(run.stderr).not.toContain("官网订单导出");
  });

  it("a symlink loop as --orders: exit 2, code link-loop, no stack trace", () => {
    const loop = path.join(freshDir(), "环.xlsx");
    symlinkSync(loop, loop);
    expectRefused(report(loop, freshDir()), "link-loop", ["环.xlsx", "符号链接循环"]);
  });

  it("a file that is no export we know: the adapters' code, and what the file is", () => {
    const run = report(files.notSpreadsheet, freshDir());
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, code: "unrecognised-export" });
    expect(run.stderr).toContain("未识别");
  });

  it("something unexpected: exit 1, code unexpected, the details masked", () => {
    const out = path.join(freshDir(), PHONE);
    symlinkSync(out, out);
    const run = report(files.orders, out);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ ok: false, code: "unexpected" });
    expect(json.message).toContain("ELOOP");
    expect(json.message).toContain("开发同事");
    expect(run.stdout).not.toContain(PHONE);
    expect(run.stderr).not.toContain(PHONE);
  });

  it("a written report says ok: true", () => {
    const run = report(files.orders, freshDir());
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true });
  });
});

function tempFoldersIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.startsWith("cod-report-tmp-"));
}

/** Starts a report and sends `signal` once the report is being written to the temp folder. */
async function interruptWhileWriting(signal: "SIGINT" | "SIGTERM") {
  const temp = freshDir();
  const out = freshDir();
  const { INIT_CWD: _, ...env } = process.env;
  const child = spawn(
    process.execPath,
    [cli, "--orders", files.largeOrders, "--wms", files.largeWms, "--date", DATE, "--out", out],
    { cwd: packageDir, env: { ...env, TMPDIR: temp } },
  );
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let sent = false;
  const watcher = setInterval(() => {
    const writing = tempFoldersIn(temp).some((name) => existsSync(path.join(temp, name, "report.xlsx")));
    if (writing && !sent) {
      sent = true;
      child.kill(signal);
    }
  }, 2);
  const status = await exited;
  clearInterval(watcher);
  return { sent, status, stderr, out: readdirSync(out), temp: tempFoldersIn(temp) };
}

describe("Ctrl-C or SIGTERM while the report is written", () => {
  it.each([
    { signal: "SIGINT" as const, exitCode: 130, says: "已中断" },
    { signal: "SIGTERM" as const, exitCode: 143, says: "终止" },
  ])(
    "$signal: exit $exitCode, no temp folder and no partial report left",
    async ({ signal, exitCode, says }) => {
      const run = await interruptWhileWriting(signal);
      expect(run.sent).toBe(true);
      expect(run.status).toBe(exitCode);
      expect(run.stderr).toContain(says);
      expect(run.stderr).toContain("报表没有写出");
      expect(run.out).toEqual([]);
      expect(run.temp).toEqual([]);
    },
    60_000,
  );
});

describe("temp folders left by killed runs and older versions", () => {
  function deadPid(): number {
    const child = spawnSync(process.execPath, ["-e", ""]);
    return child.pid ?? 0;
  }

  it("are removed at start when old or their process is gone; a live run's are kept", () => {
    const out = freshDir();
    const temp = freshDir();
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const old = path.join(out, ".cod-report-Ab12Cd");
    mkdirSync(old);
    writeFileSync(path.join(old, "report.xlsx"), "half");
    utimesSync(path.join(old, "report.xlsx"), hourAgo, hourAgo);
    utimesSync(old, hourAgo, hourAgo);
    const dead = deadPid();
    const orphans = [`.cod-report-${dead}-1a2b3c4d.part`, `.cod-report-probe-${dead}-1a2b3c4d`];
    for (const name of orphans) writeFileSync(path.join(out, name), "");
    mkdirSync(path.join(temp, `cod-report-tmp-${dead}-Xy12Zw`));
    // A run of an older version still writing (no pid, fresh) and a live process's copy stay.
    const fresh = path.join(out, ".cod-report-Ef34Gh");
    mkdirSync(fresh);
    const live = `.cod-report-${process.pid}-5e6f7a8b.part`;
    writeFileSync(path.join(out, live), "");
    const liveTemp = `cod-report-tmp-${process.pid}-Qr56St`;
    mkdirSync(path.join(temp, liveTemp));

    const run = runCli(["--orders", files.orders, "--date", DATE, "--out", out], { env: { TMPDIR: temp } });
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([".cod-report-Ef34Gh", live, FILE_NAME].sort());
    expect(readdirSync(temp)).toEqual([liveTemp]);
  });
});
