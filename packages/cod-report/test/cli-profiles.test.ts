import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { toXlsx } from "@syt/fake-exports";
import { draftMapping, guanwang, profileFromMapping, tableFromValues } from "@syt/platform-adapters";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleOrders, exampleSheets } from "../scripts/example-data";
import { ensureBuilt, runCli } from "./cli-process";

const DATE = "2026-11-25";
let dir: string;
const files = { original: "", renamed: "", good: "", bad: "", wms: "", wmsRenamed: "", wmsProfile: "" };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), "cod-report-profiles-"));
  const { orders, wms } = exampleSheets(exampleOrders());
  // The back office renamed 订单编号: no alias of the built-in 官网 layout names it any more.
  const header = orders.rows[orders.headerRow - 1] as string[];
  expect(header).toContain("订单编号");
  const renamed = orders.rows.map((row, i) =>
    i === orders.headerRow - 1 ? row.map((c) => (c === "订单编号" ? "网店单号" : c)) : row,
  );
  files.original = path.join(dir, "官网订单.xlsx");
  files.renamed = path.join(dir, "官网订单_新版.xlsx");
  writeFileSync(files.original, await toXlsx({ name: orders.name, rows: orders.rows }));
  writeFileSync(files.renamed, await toXlsx({ name: orders.name, rows: renamed }));

  // The operator's copy of a 官网 profile, with the new name for the order number.
  const profile = {
    id: "guanwang-2027",
    platform: "guanwang",
    name: "官网",
    signature: ["网店单号", "订单支付方式"],
    fields: { ...guanwang.fields, orderNo: ["网店单号"] },
    status: "ecshop",
  };
  files.good = path.join(dir, "good");
  mkdirSync(files.good);
  writeFileSync(path.join(files.good, "官网.json"), JSON.stringify(profile, null, 2));
  // The WMS template renamed its waybill column: no built-in alias names 运单编号.
  const wmsHeader = wms.rows[wms.headerRow - 1] as string[];
  const waybillColumn = wmsHeader.find((c) => c === "物流单号" || c === "快递单号" || c === "运单号");
  expect(waybillColumn).toBeDefined();
  const wmsRenamed = wms.rows.map((row, i) =>
    i === wms.headerRow - 1 ? row.map((c) => (c === waybillColumn ? "运单编号" : c)) : row,
  );
  files.wms = path.join(dir, "WMS.xlsx");
  files.wmsRenamed = path.join(dir, "WMS_新版.xlsx");
  writeFileSync(files.wms, await toXlsx({ name: wms.name, rows: wms.rows }));
  writeFileSync(files.wmsRenamed, await toXlsx({ name: wms.name, rows: wmsRenamed }));
  const orderRef = wmsHeader.find((c) => ["外部单号", "平台单号", "订单号"].includes(c)) as string;
  files.wmsProfile = path.join(dir, "wms-profile");
  mkdirSync(files.wmsProfile);
  writeFileSync(
    path.join(files.wmsProfile, "WMS.json"),
    JSON.stringify({
      kind: "wms",
      id: "wms-2027",
      name: "WMS",
      signature: [orderRef, "运单编号"],
      fields: { orderRef: [orderRef], waybill: ["运单编号"] },
    }),
  );
  files.bad = path.join(dir, "bad");
  mkdirSync(files.bad);
  writeFileSync(
    path.join(files.bad, "官网.json"),
    JSON.stringify({ ...profile, fields: { orderNo: "网店单号" } }),
  );
}, 120_000);

const run = (orders: string, extra: string[] = []) =>
  runCli([
    "--orders",
    orders,
    "--date",
    DATE,
    "--out",
    mkdtempSync(path.join(dir, "out-")),
    "--json",
    ...extra,
  ]);

describe("cod-report --profiles", () => {
  it("refuses the renamed export without a profile, naming the missing column", () => {
    const result = run(files.renamed);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, code: "header-not-found" });
  });

  it("reads the renamed export through the operator's profile as the original is read without one", () => {
    const withProfile = run(files.renamed, ["--profiles", files.good]);
    expect(withProfile.stderr).toBe("");
    expect(withProfile.status).toBe(0);
    const original = run(files.original);
    expect(original.status).toBe(0);
    const pick = (stdout: string) => {
      const json = JSON.parse(stdout) as { rows: unknown; orders: unknown; amountToCollectFen: number };
      return { rows: json.rows, orders: json.orders, amount: json.amountToCollectFen };
    };
    expect(pick(withProfile.stdout)).toEqual(pick(original.stdout));
    expect((JSON.parse(withProfile.stdout) as { orders: { kept: number } }).orders.kept).toBeGreaterThan(0);
  });

  it("exits 2 on a bad profile, naming the file and the field, with a code for machines", () => {
    const result = run(files.renamed, ["--profiles", files.bad]);
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout) as { ok: boolean; code: string; message: string };
    expect(json).toMatchObject({ ok: false, code: "invalid-profile" });
    expect(json.message).toContain("「官网.json」");
    expect(json.message).toContain("「fields.orderNo」");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads a WMS export with a renamed waybill column through the operator's WMS profile, as the original is read", () => {
    const wmsRead = (wms: string, extra: string[] = []) => {
      const result = run(files.original, ["--wms", wms, ...extra]);
      return {
        status: result.status,
        json: JSON.parse(result.stdout) as {
          ok: boolean;
          code?: string;
          wmsRows?: unknown;
          findings?: unknown[];
        },
      };
    };
    const without = wmsRead(files.wmsRenamed);
    expect(without).toMatchObject({ status: 2, json: { ok: false, code: "header-not-found" } });
    const withProfile = wmsRead(files.wmsRenamed, ["--profiles", files.wmsProfile]);
    const original = wmsRead(files.wms);
    expect(withProfile.status).toBe(0);
    expect(original.status).toBe(0);
    expect(withProfile.json.wmsRows).toEqual(original.json.wmsRows);
    expect(withProfile.json.findings?.length).toBe(original.json.findings?.length);
  });

  it("exits 2 on a folder that is not there", () => {
    const result = run(files.original, ["--profiles", path.join(dir, "missing")]);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, code: "invalid-profile" });
  });

  it("reads an export through a profile made the taskpane's way (draft, the operator's picks, saved as JSON)", async () => {
    const { orders } = exampleSheets(exampleOrders());
    // 订单编号 and 订单支付方式 renamed: no built-in layout recognises it, no alias guesses either.
    const names: Record<string, string> = { 订单编号: "网店单号", 订单支付方式: "付款渠道" };
    const rows = orders.rows.map((row, i) =>
      i === orders.headerRow - 1 ? row.map((c) => names[c as string] ?? c) : row,
    );
    const file = path.join(dir, "官网订单_改名.xlsx");
    writeFileSync(file, await toXlsx({ name: orders.name, rows }));
    const draft = draftMapping(tableFromValues(rows), { kind: "orders", platform: "guanwang" });
    const chosen = Object.fromEntries(draft.fields.flatMap((f) => (f.guess ? [[f.field, f.guess]] : [])));
    const made = profileFromMapping({
      kind: "orders",
      platform: "guanwang",
      name: "官网改名导出",
      header: draft.header,
      chosen: { ...chosen, orderNo: "网店单号", payment: "付款渠道" },
    });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const folder = mkdtempSync(path.join(dir, "mapped-"));
    writeFileSync(path.join(folder, `${made.profile.id}.json`), JSON.stringify(made.profile, null, 2));

    expect(run(file).status).toBe(2);
    const withProfile = run(file, ["--profiles", folder]);
    expect(withProfile.stderr).toBe("");
    expect(withProfile.status).toBe(0);
    const original = run(files.original);
    const pick = (stdout: string) => {
      const json = JSON.parse(stdout) as { rows: unknown; orders: unknown; amountToCollectFen: number };
      return { rows: json.rows, orders: json.orders, amount: json.amountToCollectFen };
    };
    expect(pick(withProfile.stdout)).toEqual(pick(original.stdout));
  });
});
