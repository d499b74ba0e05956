import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport, toCsv } from "@syt/fake-exports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runCli } from "./cli-process";

const DATE = "2026-11-25";
const FILE_NAME = `上元堂官网_中通货到付款_${DATE}.xlsx`;

// Separate status columns: no cell of the export needs quotes, so the one quote is the damage.
const rows = guanwangExport(fakeOrders({ seed: 67, count: 60, codShare: 0.5 }), {
  headers: "operator",
  statuses: "separate",
}).rows.slice(0, 67);
const lines = new TextDecoder().decode(toCsv(rows)).split("\r\n");

function withRemark(row: number, remark: string): string[] {
  const copy = [...lines];
  const line = copy[row - 1] as string;
  copy[row - 1] = `${line.slice(0, line.lastIndexOf(",") + 1)}${remark}`;
  return copy;
}

let dir: string;

// The runs' folders go with the file's tests: a run of the suite leaves nothing in the temp folder.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function report(file: string, extra: string[] = []) {
  const out = mkdtempSync(path.join(dir, "out-"));
  return { ...runCli(["--orders", file, "--date", DATE, "--out", out, ...extra]), out };
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), "cod-report-csv-"));
}, 120_000);

describe("cod-report on a damaged CSV export", () => {
  it("regression: an unterminated quote that merged five orders into one cell exits 2 naming the row, and writes nothing", () => {
    const damaged = withRemark(12, '"请尽快发货');
    damaged[16] = `${damaged[16]}"`;
    const run = report(write("orders-quote.csv", damaged.join("\r\n")));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("第 12 行的一格以引号开头, 到第 17 行才闭合, 中间 5 行被并进了这一格");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toBe("");
    expect(existsSync(path.join(run.out, FILE_NAME))).toBe(false);
  });

  it("regression: mixed CRLF, LF and CR line endings give the same COD orders and amount as the clean file", () => {
    const clean = report(write("orders-crlf.csv", lines.join("\r\n")), ["--json"]);
    const body = lines.slice(0, -1);
    const endings = ["\r\n", "\n", "\r"];
    const text = body.map((line, i) => `${line}${endings[i % 3]}`).join("");
    const mixed = report(write("orders-mixed.csv", text), ["--json"]);
    expect(clean.status).toBe(0);
    expect(mixed.status).toBe(0);
    const summary = (stdout: string) => {
      const { file: _, ...rest } = JSON.parse(stdout) as { file: string; amountToCollectFen: number };
      return rest;
    };
    expect(summary(mixed.stdout)).toEqual(summary(clean.stdout));
    expect(summary(clean.stdout).amountToCollectFen).toBeGreaterThan(0);
  });
});
