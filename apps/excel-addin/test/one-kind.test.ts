// One table through the three entry points (issue 26): for every file of the example day and every
// real-layout fixture, the COD CLI (what it says the file is as --orders), `pnpm daily --json` (the
// kind and source it lists) and the taskpane's tabs (the library calls each makes: 今日待办's
// readDayFiles, 货到付款's runCodReport, 消息's readExport) name the same kind, and the one written here.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isCodReportError, type RecognisedInput } from "@syt/cod-report";
import { realLayoutDay, toCsv, toXlsx } from "@syt/fake-exports";
import { isUnrecognisedExportError, type Recognition } from "@syt/platform-adapters";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliHarness } from "../../../scripts/test-support/cli-process";
import { readDayFiles } from "../src/daily/day-engine";
import { readExport } from "../src/messages/exports";
import { runCodReport } from "../src/report/engine";
import { EXAMPLES } from "./browser/inputs";

const REPO = path.resolve(import.meta.dirname, "../../..");
const daily = cliHarness(path.join(REPO, "packages/daily-checks"));
const cod = cliHarness(path.join(REPO, "packages/cod-report"));
const DATE = "2026-11-25";

/** What an entry point says a file is: its kind, and for orders whose they are (万里牛 mixes the platforms). */
interface Said {
  kind: string;
  source?: string;
  /** The layout it was read by, where the entry point says it. */
  layout?: string;
}

const orders = (source: string, layout: string): Said => ({ kind: "orders", source, layout });

/** Every file, and what it is: written here, so three entry points agreeing on a wrong kind still fails. */
const EXPECTED: Record<string, Said> = {
  "315订单_20261125.xlsx": orders("jiage315", "315 内置配置 jiage315.json"),
  "WMS物流_20261125.xlsx": { kind: "wms", layout: "WMS物流导出" },
  "万里牛订单_20261125.xlsx": orders("wanliniu", "万里牛订单 (早先假定的版式)"),
  "售后单_20261125.xlsx": { kind: "after-sales", layout: "运营导出的售后单" },
  "官网订单_20261125.xlsx": orders("guanwang", "官网订单导出"),
  "寻医问药订单_20261125.xlsx": orders("xywy", "寻医问药 内置配置 xywy.json"),
  "平安好医生订单_20261125.xlsx": orders("pingan", "平安好医生 内置配置 pingan.json"),
  "拼多多订单_20261125.xlsx": orders("pinduoduo", "拼多多订单导出"),
  "缺货清单_20261125.xlsx": { kind: "out-of-stock", layout: "缺货清单" },
  "苏宁订单_20261125.xlsx": orders("suning", "苏宁 内置配置 suning.json"),
  "药房网订单_20261125.xlsx": orders("yaofangwang", "药房网 内置配置 yaofangwang.json"),
  // realLayoutDay(): the layouts the public evidence shows.
  "万里牛订单明细_20261125.xlsx": orders("wanliniu", "万里牛订单明细"),
  "WMS出库单_20261125.xlsx": { kind: "wms", layout: "WMS物流导出" },
  "拼多多订单_20261125.csv": orders("pinduoduo", "拼多多订单导出"),
  "real/药房网订单_20261125.xlsx": orders("yaofangwang", "药房网 内置配置 yaofangwang.json"),
};

const sourceOf = (r: { kind: string; adapter: string; platform?: string }) =>
  r.kind !== "orders" ? undefined : r.adapter === "wanliniu" ? "wanliniu" : r.platform;

function said(r: Pick<Recognition, "kind" | "adapter" | "platform" | "layout">): Said {
  const source = sourceOf(r);
  return { kind: r.kind, ...(source ? { source } : {}), layout: r.layout };
}

const root = mkdtempSync(path.join(os.tmpdir(), "one-kind-"));
const exampleDir = path.join(EXAMPLES, "今日");
const realDir = path.join(root, "real");
const out = path.join(root, "out");
/** Key of EXPECTED → the file on disk. */
const files = new Map<string, string>();

beforeAll(async () => {
  daily.ensureBuilt();
  cod.ensureBuilt();
  mkdirSync(realDir);
  mkdirSync(out);
  for (const name of readdirSync(exampleDir)) files.set(name, path.join(exampleDir, name));
  for (const file of realLayoutDay().files) {
    const bytes = file.name.endsWith(".csv")
      ? toCsv(file.sheet, "utf8-bom")
      : await toXlsx({ name: file.sheet.name, rows: file.sheet.rows });
    writeFileSync(path.join(realDir, file.name), bytes);
    files.set(files.has(file.name) ? `real/${file.name}` : file.name, path.join(realDir, file.name));
  }
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `pnpm daily DIR --json`: what it lists for each file of the folder, by file name. */
function dailyLists(dir: string): Map<string, Said> {
  // Each folder's run writes the day's workbook again: --force, as pnpm daily never overwrites without it.
  const run = daily.runCli([dir, "--date", DATE, "--at", "17:00", "--out", out, "--force", "--json"]);
  expect(run.status, run.stderr).toBe(0);
  const json = JSON.parse(run.stdout) as {
    files: { fileName: string; kind: string; source?: string; layout: string }[];
    problems: unknown[];
  };
  // Every file was read: none is left among the problems (unrecognised, read twice, skipped).
  expect(json.problems).toEqual([]);
  return new Map(
    json.files.map((f) => [
      f.fileName,
      { kind: f.kind, ...(f.source ? { source: f.source } : {}), layout: f.layout },
    ]),
  );
}

/** `pnpm cod-report --orders FILE --json`: the 官网 export read, anything else refused naming what it is. */
function codSays(file: string): Said {
  const run = cod.runCli(["--orders", file, "--date", DATE, "--out", out, "--force", "--json"]);
  const json = JSON.parse(run.stdout) as {
    ok: boolean;
    ordersExport?: RecognisedInput;
    recognised?: RecognisedInput;
  };
  const recognised = json.ok ? json.ordersExport : json.recognised;
  expect(recognised, run.stdout).toBeDefined();
  // Only the 官网's export is taken; every other file is input the operator must fix (exit 2).
  expect(run.status).toBe(json.ok ? 0 : 2);
  return said(recognised as RecognisedInput);
}

/** The 货到付款 tab: the report core with the file as the orders export. */
async function reportTabSays(name: string, bytes: Uint8Array): Promise<Said> {
  try {
    const model = await runCodReport({ orders: { kind: "file", bytes, fileName: name }, date: DATE });
    return said(model.ordersExport as RecognisedInput);
  } catch (error) {
    if (isCodReportError(error) && error.recognised) return said(error.recognised);
    if (isUnrecognisedExportError(error)) return said(error.recognition);
    throw error;
  }
}

/** The 消息 tab: an order export offered by the platform it was read as; anything else refused by its kind. */
async function messagesTabSays(name: string, bytes: Uint8Array): Promise<Said> {
  try {
    const loaded = await readExport(name, bytes);
    return said(loaded.recognition as NonNullable<typeof loaded.recognition>);
  } catch (error) {
    if (isUnrecognisedExportError(error)) return said(error.recognition);
    throw error;
  }
}

describe("every file is named the same kind by the COD CLI, pnpm daily and the taskpane", () => {
  it("covers every example file and every real layout", () => {
    // An empty folder or a lost fixture must fail here, not pass with fewer rows.
    expect([...files.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.size).toBe(15);
  });

  let listed: Map<string, Map<string, Said>>;
  let dayTab: Map<string, Map<string, Said>>;
  beforeAll(async () => {
    listed = new Map([
      [exampleDir, dailyLists(exampleDir)],
      [realDir, dailyLists(realDir)],
    ]);
    dayTab = new Map();
    for (const dir of [exampleDir, realDir]) {
      const inputs = await readDayFiles(
        readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })),
      );
      dayTab.set(
        dir,
        new Map(
          inputs.map((input) => {
            if (!input.ok) return [input.name, { kind: `error: ${input.error}` }];
            const e = input.export;
            const source = e.kind === "orders" ? e.source : undefined;
            return [input.name, { kind: e.kind, ...(source ? { source } : {}), layout: e.readBy.layout }];
          }),
        ),
      );
    }
  }, 240_000);

  for (const [key, expected] of Object.entries(EXPECTED)) {
    it(key, async () => {
      const file = files.get(key) as string;
      const name = path.basename(file);
      const dir = path.dirname(file);
      const bytes = new Uint8Array(readFileSync(file));
      expect({
        "pnpm daily": listed.get(dir)?.get(name),
        "cod-report --orders": codSays(file),
        今日待办: dayTab.get(dir)?.get(name),
        货到付款: await reportTabSays(name, bytes),
        消息: await messagesTabSays(name, bytes),
      }).toEqual({
        "pnpm daily": expected,
        "cod-report --orders": expected,
        今日待办: expected,
        货到付款: expected,
        消息: expected,
      });
    }, 60_000);
  }
});
