import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, examplesDir, runCli } from "./cli-process";

// A WMS export whose template changed: 物流单号 is now 运单编号 and 分配状态 出库进度, names no
// built-in alias has. The operator corrects it with a profile of kind "wms", in the order profiles' format.
const root = mkdtempSync(path.join(os.tmpdir(), "daily-wms-profiles-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WMS = "WMS物流_20261125.xlsx";
const folder = path.join(root, "今日");
const profiles = { good: path.join(root, "good"), bad: path.join(root, "bad") };
const RENAMES: Record<string, string> = { 物流单号: "运单编号", 分配状态: "出库进度" };
let dataRows = 0;

const wmsProfile = {
  kind: "wms",
  id: "wms-2027",
  name: "WMS",
  signature: ["外部单号", "运单编号"],
  fields: { orderRef: ["外部单号"], waybill: ["运单编号"], stage: ["出库进度"] },
};

beforeAll(async () => {
  ensureBuilt();
  cpSync(examplesDir, folder, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(folder, WMS));
  const sheet = workbook.worksheets[0];
  let renamed = 0;
  sheet?.getRow(1).eachCell((cell) => {
    const to = RENAMES[String(cell.value)];
    if (to) {
      cell.value = to;
      renamed++;
    }
  });
  expect(renamed).toBe(2);
  // The independent count: every row under the header that has an order reference.
  sheet?.eachRow((row, n) => {
    if (n > 1 && String(row.getCell(2).value ?? "").trim() !== "") dataRows++;
  });
  await workbook.xlsx.writeFile(path.join(folder, WMS));
  mkdirSync(profiles.good);
  writeFileSync(path.join(profiles.good, "WMS.json"), JSON.stringify(wmsProfile, null, 2));
  mkdirSync(profiles.bad);
  const { waybill: _, ...withoutWaybill } = wmsProfile.fields;
  writeFileSync(
    path.join(profiles.bad, "WMS.json"),
    JSON.stringify({ ...wmsProfile, fields: withoutWaybill }),
  );
}, 120_000);

interface Json {
  ok: boolean;
  code?: string;
  message?: string;
  files?: { fileName: string; kind: string; rows: number; layout: string; confidence: string }[];
  problems?: { code: string; file: string }[];
}

const run = (args: string[]) => {
  const out = mkdtempSync(path.join(root, "out-"));
  const result = runCli([folder, "--date", "2026-11-25", "--at", "09:10", "--out", out, "--json", ...args]);
  return { ...result, json: JSON.parse(result.stdout) as Json };
};

describe("pnpm daily --profiles with a WMS profile", () => {
  it("without the profile, the renamed WMS export is not read (listed as a problem)", () => {
    const { status, json } = run([]);
    expect(status).toBe(0);
    expect(json.files?.some((file) => file.fileName === WMS)).toBe(false);
    expect(json.problems?.map((p) => p.file)).toContain(WMS);
  });

  it("reads the renamed WMS export through the operator's WMS profile, every row, and says by which layout", () => {
    const { status, json } = run(["--profiles", profiles.good]);
    expect(status).toBe(0);
    expect(dataRows).toBeGreaterThan(0);
    expect(json.files?.find((file) => file.fileName === WMS)).toMatchObject({
      kind: "wms",
      rows: dataRows,
      layout: "WMS 映射配置 wms-2027",
      confidence: "medium",
    });
    expect(json.problems?.map((p) => p.file)).not.toContain(WMS);
  });

  it("exits 2 on a WMS profile without the waybill column, naming the file and the field", () => {
    const { status, json, stderr } = run(["--profiles", profiles.bad]);
    expect(status).toBe(2);
    expect(json).toMatchObject({ ok: false, code: "invalid-profile" });
    expect(json.message).toContain("「WMS.json」");
    expect(json.message).toContain("「fields.waybill」");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
