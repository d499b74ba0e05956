import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fakeOrders, guanwangExport, toXlsx } from "@syt/fake-exports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseCodReport } from "../src/build";
import type { Finding } from "../src/summary";
import { formatGroupZh } from "../src/zh";
import { ensureBuilt, runCli } from "./cli-process";
import { expectedRows } from "./expected";

// The report reads and checks the detail cells (receiver, amounts, dates, products) of the
// orders it keeps, and only theirs: a bad phone on an order it leaves out is not its business
// (the rows are still counted among the excluded ones). The CLI and the library (the taskpane)
// read the same way, so they tell the same problems.

const DATE = "2026-11-25";
let dir: string;
let file: string;
const damaged = { kept: 0, excluded: 0 };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), "cod-detail-checks-"));
  const sheet = guanwangExport(fakeOrders({ seed: 31, count: 60, codShare: 0.6 }));
  const header = sheet.rows[sheet.headerRow - 1] as string[];
  const phone = header.indexOf("手机");
  expect(phone).toBeGreaterThanOrEqual(0);
  const keptRows = new Set(expectedRows(sheet).map(({ row }) => row));
  // The first row of an order holds its receiver: one kept order and one left out get a bad phone.
  const firstRows = new Map<unknown, number>();
  for (const [i, row] of sheet.dataRows.entries()) {
    const orderNo = sheet.records[i]?.order.orderNo;
    if (!firstRows.has(orderNo)) firstRows.set(orderNo, row);
  }
  const firsts = [...firstRows.values()];
  damaged.kept = firsts.find((row) => keptRows.has(row)) ?? 0;
  damaged.excluded = firsts.find((row) => !keptRows.has(row)) ?? 0;
  expect(damaged.kept).toBeGreaterThan(0);
  expect(damaged.excluded).toBeGreaterThan(0);
  for (const row of [damaged.kept, damaged.excluded]) (sheet.rows[row - 1] as unknown[])[phone] = "12345";
  file = path.join(dir, "orders.xlsx");
  writeFileSync(file, await toXlsx({ name: sheet.name, rows: sheet.rows }));
}, 120_000);

const isBadPhone = (f: Finding) => f.code === "row-issue" && f.params.issue.code === "invalid-phone";
const phoneRows = (findings: readonly Finding[]) => findings.filter(isBadPhone).map((f) => f.row);
/** What a finding says, without the sentence the CLI's JSON adds to each. */
const facts = ({ code, severity, orderNo, row, sheet }: Finding) => ({ code, severity, orderNo, row, sheet });

describe("a bad cell in a kept order and in one the report leaves out", () => {
  it("the library tells the kept order's, in the report, and not the other's", async () => {
    const { summary } = await analyseCodReport({
      orders: { bytes: new Uint8Array(readFileSync(file)), fileName: "orders.xlsx" },
      date: DATE,
    });
    expect(phoneRows(summary.findings)).toEqual([damaged.kept]);
    const group = summary.groups.find((g) => g.findings.some(isBadPhone));
    expect(formatGroupZh(group as NonNullable<typeof group>)).toContain(`第 ${damaged.kept} 行`);
    expect(summary.rows.read).toBe(
      summary.rows.kept + Object.values(summary.rows.excluded).reduce((a, b) => a + b, 0),
    );
  });

  it("the CLI tells the same problems as the library", async () => {
    const out = mkdtempSync(path.join(dir, "out-"));
    const run = runCli(["--orders", file, "--date", DATE, "--out", out, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as { groups: { findings: Finding[] }[] };
    const { summary } = await analyseCodReport({
      orders: { bytes: new Uint8Array(readFileSync(file)), fileName: "orders.xlsx" },
      date: DATE,
    });
    expect(json.groups.flatMap((g) => g.findings.map(facts))).toEqual(
      summary.groups.flatMap((g) => g.findings.map(facts)),
    );
    expect(phoneRows(json.groups.flatMap((g) => g.findings))).toEqual([damaged.kept]);
  });
});
