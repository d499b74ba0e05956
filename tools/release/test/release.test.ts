import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type LocalRegistry, startRegistry } from "./registry";

/** A `files` glob of package.json (`src/profiles/*.json`) as a pattern for one path segment's `*`. */
function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*");
  return new RegExp(`^${escaped}$`);
}

/**
 * The release as another internal tool sees it: `pnpm release` publishes the four packages to a
 * throw-away verdaccio, then an empty project installs them from there with npm, the way a
 * colleague would, and uses them as ESM, as CommonJS, through their bins and as their READMEs say.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const examples = path.join(root, "examples");
const PUBLISHED = ["orders-model", "platform-adapters", "sheets", "templates", "cod-report"] as const;
type Name = (typeof PUBLISHED)[number];

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  exports?: unknown;
  bin?: Record<string, string>;
  files?: string[];
  [field: string]: unknown;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const workspace = Object.fromEntries(
  PUBLISHED.map((name) => [name, readJson<Manifest>(path.join(root, "packages", name, "package.json"))]),
) as Record<Name, Manifest>;

const work = mkdtempSync(path.join(os.tmpdir(), "syt-release-"));
const project = path.join(work, "project");
const installed = (name: Name, ...rest: string[]) => path.join(project, "node_modules/@syt", name, ...rest);
let registry: LocalRegistry | undefined;
let firstPublish = "";
let secondPublish = "";

/** Neither pnpm's own npm_config_* nor the user's settings reach the commands under test. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_config_|^INIT_CWD$/i.test(key)),
  );
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, {
    cwd: project,
    env: cleanEnv(),
    encoding: "utf8",
    timeout: 180_000,
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

function mustRun(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function release(target: LocalRegistry): string {
  return mustRun(
    process.execPath,
    [
      path.join(root, "tools/release/release.mjs"),
      "--skip-build",
      "--skip-checks",
      "--allow-pending-changesets",
      "--",
      `--config.@syt:registry=${target.url}`,
      "--npmrc-auth-file",
      target.npmrc,
      "--no-git-checks",
    ],
    { cwd: root },
  );
}

beforeAll(async () => {
  registry = await startRegistry(path.join(work, "registry"));
  firstPublish = release(registry);
  secondPublish = release(registry);
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  // @syt comes only from the local registry (the user config names it); the packages' own
  // dependencies (zod, exceljs, ...) from the machine's usual registry. A cache of this test's
  // own keeps the user's cache clean; --prefer-online so a port reused by a later run can never
  // serve yesterday's @syt metadata from it.
  mustRun("npm", [
    "install",
    "--userconfig",
    registry.npmrc,
    "--cache",
    path.join(os.tmpdir(), "syt-release-test-npm-cache"),
    "--prefer-online",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    "@syt/templates",
    "@syt/cod-report",
    "@syt/platform-adapters",
    // An independent reader of the report the installed CLI writes (no @syt package needs it).
    "exceljs@4.4.0",
  ]);
  for (const file of readdirSync(examples).filter((f) => f.endsWith(".xlsx"))) {
    copyFileSync(path.join(examples, file), path.join(project, file));
  }
});

afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
});

test("pnpm release publishes the four packages, and a second run publishes nothing and succeeds", () => {
  const published = [...firstPublish.matchAll(/Published package (@syt\/[\w-]+)@(\S+)/g)].map(
    ([, name, version]) => `${name}@${version}`,
  );
  expect(published.sort()).toEqual(PUBLISHED.map((name) => `@syt/${name}@${workspace[name].version}`).sort());
  expect(secondPublish).not.toContain("Published package");
  expect(secondPublish).toContain("There are no new packages that should be published");
});

test("the installed tree holds the workspace versions, internal ranges made real, tarballs as published", async () => {
  const lock = readJson<{ packages: Record<string, { version: string; integrity: string }> }>(
    path.join(project, "package-lock.json"),
  );
  const versions: Record<string, string> = {};
  for (const name of PUBLISHED) {
    const manifest = readJson<Manifest>(installed(name, "package.json"));
    expect(manifest.version).toBe(workspace[name].version);
    versions[manifest.name] = manifest.version;
    for (const [dependency, spec] of Object.entries(workspace[name].dependencies ?? {})) {
      const got = manifest.dependencies?.[dependency];
      if (!spec.startsWith("workspace:")) {
        expect(got).toBe(spec);
        continue;
      }
      const target = workspace[dependency.replace("@syt/", "") as Name];
      const range = spec.slice("workspace:".length);
      expect(got).toBe(range === "*" ? target.version : `${range}${target.version}`);
    }
    const response = await registry?.getJson(`@syt%2f${name}`);
    expect(response?.status).toBe(200);
    const packument = response?.body as {
      "dist-tags": { latest: string };
      versions: Record<string, { dist: { integrity: string } }>;
    };
    expect(packument["dist-tags"].latest).toBe(manifest.version);
    expect(lock.packages[`node_modules/@syt/${name}`]?.integrity).toBe(
      packument.versions[manifest.version]?.dist.integrity,
    );
  }
  console.log(`installed from ${registry?.url}: ${JSON.stringify(versions)}`);
});

function filesOf(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(prefix === "" && entry.name === "node_modules"))
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesOf(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

/** Every path an entry point names: exports (any condition), main, module, types, bin. */
function entryFiles(manifest: Manifest): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") found.push(value.replace(/^\.\//, ""));
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk([manifest.exports, manifest.main, manifest.module, manifest.types, manifest.bin]);
  return [...new Set(found)].sort();
}

test.each(PUBLISHED)("@syt/%s ships its built entries and nothing workspace-only", (name) => {
  const manifest = readJson<Manifest>(installed(name, "package.json"));
  const files = filesOf(installed(name));
  const entries = JSON.stringify([
    manifest.exports,
    manifest.main,
    manifest.module,
    manifest.types,
    manifest.bin,
  ]);
  expect(entries).not.toContain("@syt/source");
  expect(entries).not.toMatch(/\.\/src\//);
  expect(JSON.stringify(manifest.dependencies)).not.toContain("workspace:");
  for (const entry of entryFiles(manifest)) expect(files).toContain(entry);

  // The file list: the manifest, README, the files the package names besides dist (CHANGELOG.md
  // once `changeset version` wrote it; platform-adapters' mapping profiles, `src/profiles/*.json`,
  // for operators to copy), and built code, declarations and source maps; no tests, fixtures or
  // other src.
  const named = (workspace[name].files ?? []).filter((file) => file !== "dist");
  const globs = named.filter((file) => file.includes("*")).map(globPattern);
  const byGlob = (file: string) => globs.some((glob) => glob.test(file));
  const extras = named.filter(
    (file) => !file.includes("*") && existsSync(path.join(root, "packages", name, file)),
  );
  const topLevel = ["package.json", "README.md", ...extras];
  expect(files.filter((f) => !f.startsWith("dist/") && !byGlob(f)).sort()).toEqual(topLevel.sort());
  for (const glob of globs)
    expect(
      files.some((f) => glob.test(f)),
      String(glob),
    ).toBe(true);
  const dist = files.filter((f) => f.startsWith("dist/"));
  expect(dist.filter((f) => !/^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/.test(f))).toEqual([]);
  expect(files.filter((f) => /\.test\.|fixtures|__snapshots__|^src\//.test(f) && !byGlob(f))).toEqual([]);

  // Each source map carries the sources it names, so no reader looks for ../src outside the package
  // (a chunk of bundler helpers only names none, and then carries none).
  const maps = dist.filter((f) => f.endsWith(".map"));
  expect(maps.length).toBeGreaterThan(0);
  for (const map of maps) {
    const { sources, sourcesContent } = readJson<{ sources: string[]; sourcesContent?: (string | null)[] }>(
      installed(name, map),
    );
    expect(sourcesContent?.length ?? 0).toBe(sources.length);
    expect((sourcesContent ?? []).every((content) => typeof content === "string")).toBe(true);
  }
  for (const code of dist.filter((f) => /\.c?js$/.test(f))) {
    expect(readFileSync(installed(name, code), "utf8")).not.toContain("@syt/source");
  }
});

const node = (args: string[]) => mustRun(process.execPath, args);

test("each package imports as ESM", () => {
  const script = `
    import { parseMoney } from "@syt/orders-model";
    import { parseWms } from "@syt/platform-adapters";
    import { readTableFromFile } from "@syt/platform-adapters/node";
    import { render, parseConfig, exampleConfig } from "@syt/templates";
    import { buildCodReport } from "@syt/cod-report";
    import { readFileSync } from "node:fs";
    console.log(parseMoney("¥1,234.50").fen);
    const wms = await parseWms(await readTableFromFile("WMS物流导出_示例.xlsx"));
    console.log(wms.shipments.length > 0);
    console.log(render("return-notice", { platform: "苏宁", handler: "李静" }, { config: parseConfig(exampleConfig) }).text);
    const report = await buildCodReport({
      orders: { bytes: readFileSync("官网订单导出_示例.xlsx"), fileName: "官网订单导出_示例.xlsx" },
      wms: { bytes: readFileSync("WMS物流导出_示例.xlsx"), fileName: "WMS物流导出_示例.xlsx" },
      date: "2026-11-25",
    });
    console.log(report.fileName, report.bytes[0] === 0x50 && report.bytes[1] === 0x4b);`;
  const lines = node(["--input-type=module", "-e", script]).trim().split("\n");
  expect(lines[0]).toBe("123450");
  expect(lines[1]).toBe("true");
  expect(lines.join("\n")).toContain("上元堂苏宁 100000 13900002222");
  expect(lines.at(-1)).toBe("上元堂官网_中通货到付款_2026-11-25.xlsx true");
});

test("each package requires as CommonJS, errors and guards included", () => {
  const script = `
    const { parsePhone } = require("@syt/orders-model");
    const { parseOrders, formatErrorZh: adapterError, isAdapterError } = require("@syt/platform-adapters");
    const { readTableFromFile } = require("@syt/platform-adapters/node");
    const { renderUnknown, formatErrorZh } = require("@syt/templates");
    const { formatVerdictZh, buildCodReport } = require("@syt/cod-report");
    console.log(parsePhone("+86 138 0000 1234").masked);
    try { renderUnknown("not-put-list", { orderNo: "GW1" }); } catch (error) { console.log(formatErrorZh(error)); }
    console.log(typeof readTableFromFile, typeof formatVerdictZh, typeof buildCodReport);
    parseOrders(new TextEncoder().encode("%PDF-1.4"), { fileName: "订单.pdf" }).then(
      () => console.log("read a PDF as orders"),
      (error) => console.log(isAdapterError(error), adapterError(error)),
    );`;
  const output = node(["-e", script]);
  expect(output).toContain("138****1234");
  expect(output).toContain("「商品明细」(lines) 缺少这一项");
  expect(output).toContain("function function function");
  expect(output).toMatch(/^true .*订单\.pdf/m);
});

const bin = (name: string) => path.join(project, "node_modules/.bin", name);

test("syt-templates renders from its bundled example, and ships the example configuration", () => {
  const notice = run(bin("syt-templates"), ["render", "return-notice", "--example"]);
  expect(notice.status).toBe(0);
  expect(notice.stdout).toContain(
    "示例省示例市示例区样板路 100 号上元堂售后收 上元堂苏宁 100000 13900001111",
  );
  expect(notice.stderr).toContain("未指定配置：使用示例配置");
  const outOfStock = mustRun(bin("syt-templates"), ["render", "out-of-stock", "--example"]);
  expect(outOfStock).toContain("请及时下架以下平台的商品：拼多多、平安好医生、苏宁、药房网");
  const shipped = installed("templates", "config.example.json");
  expect(mustRun(bin("syt-templates"), ["render", "cod-guide", "--example", "--config", shipped])).toContain(
    "syt-pharmacist-example",
  );
});

test("cod-report writes the day's report from the bundled example exports", () => {
  const out = path.join(project, "out");
  const result = run(bin("cod-report"), [
    "--orders",
    "官网订单导出_示例.xlsx",
    "--wms",
    "WMS物流导出_示例.xlsx",
    "--date",
    "2026-11-25",
    "--out",
    "out",
  ]);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("货到付款日报 2026-11-25: 上元堂官网_中通货到付款_2026-11-25.xlsx");
  expect(result.stdout).toMatch(/读取 \d+ 行 = 保留 \d+ 行 \+ 排除 \d+ 行/);
  const sheets = node([
    "--input-type=module",
    "-e",
    `import ExcelJS from "exceljs";
     const book = new ExcelJS.Workbook();
     await book.xlsx.readFile(${JSON.stringify(path.join(out, "上元堂官网_中通货到付款_2026-11-25.xlsx"))});
     console.log(book.worksheets.map((sheet) => sheet.name + ":" + sheet.rowCount).join(" "));`,
  ]);
  expect(sheets).toMatch(/^货到付款:\d+ 核对:\d+/);
});

// --- The READMEs' usage blocks, run as written in the project that installed the packages ---

function usageBlocks(name: Name): string[] {
  const readme = readFileSync(path.join(root, "packages", name, "README.md"), "utf8");
  return [...readme.matchAll(/```(?:ts|js)\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
}

/** Writes prelude + the blocks + epilogue as one module in the project and runs it with node. */
function runReadme(name: Name, prelude: string, epilogue = "") {
  const file = path.join(project, `readme-${name}.mjs`);
  writeFileSync(file, `${prelude}\n${usageBlocks(name).join("\n")}\n${epilogue}\n`);
  return run(process.execPath, [file]);
}

/** The blocks leave their inputs to the reader; these are the bundled example exports. */
const READ_EXAMPLES = `
  import { readFileSync as readExample, writeFileSync as writeExample } from "node:fs";
  import { readTableFromFile as readExampleTable } from "@syt/platform-adapters/node";
  const wmsExample = await readExampleTable("WMS物流导出_示例.xlsx");`;

test("@syt/orders-model: its README block prints what its comments say", () => {
  const blocks = usageBlocks("orders-model");
  expect(blocks).toHaveLength(1);
  const expected = [...(blocks[0] ?? "").matchAll(/\/\/ => (.*)$/gm)].map((match) =>
    JSON.parse(match[1] ?? ""),
  );
  expect(expected.length).toBeGreaterThanOrEqual(20);
  const result = runReadme(
    "orders-model",
    'console.log = (value) => process.stdout.write(JSON.stringify(value) + "\\n");',
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(
    result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line)),
  ).toEqual(expected);
});

test("@syt/platform-adapters: its README blocks read the example exports", () => {
  expect(usageBlocks("platform-adapters")).toHaveLength(4);
  const csv = (cells: unknown[]) =>
    cells.map((cell) => `"${String(cell ?? "").replaceAll('"', '""')}"`).join(",");
  const result = runReadme(
    "platform-adapters",
    `${READ_EXAMPLES}
    const bytes = readExample("官网订单导出_示例.xlsx");
    writeExample("订单信息.xlsx", bytes);
    const toCsv = ${csv.toString()};
    writeExample("物流查询.csv", wmsExample.rows.map((row) => toCsv(row.cells)).join("\\r\\n"));
    const wmsBytes = readExample("物流查询.csv");
    import { tableFromValues as billTable } from "@syt/platform-adapters";
    const table = billTable([["账务时间", "收支", "余额", "流水号"], ["2026-11-25 09:00", "收入", "100.00", "LS0001"]]);
    const profiles = [];`,
    `const counted = result.meta.accounting;
    console.log("recognised", recognition.kind, recognition.why[0]?.code, recognition.why[0]?.what);
    console.log("platform", result.meta.platform, counted.dataRows === counted.used + counted.skipped + counted.issues, result.orders.length > 0);`,
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split("\n");
  expect(lines.at(-1)).toBe("platform guanwang true true");
  expect(lines.at(-2)).toBe("recognised unknown looks-like bill");
  const issues = lines.slice(0, -2);
  expect(issues.length).toBeGreaterThan(0);
  for (const line of issues) expect(line).toMatch(/^(错误|提醒) 第 \d+ 行/);
});

test("@syt/templates: its README block renders, writes the .eml and words the error", () => {
  expect(usageBlocks("templates")).toHaveLength(1);
  copyFileSync(installed("templates", "config.example.json"), path.join(project, "配置.json"));
  writeFileSync(
    path.join(project, "截图.png"),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]),
  );
  const result = runReadme("templates", "");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("原因：麻烦拦截退回 谢谢\n运单号：75123456789012");
  expect(result.stdout).toContain("中通对接群（示例）");
  expect(result.stderr).toContain("「税号」(taxId) 最后一位校验码与前 17 位算出的不符");
  const eml = readFileSync(path.join(project, "理赔.eml"), "utf8");
  expect(eml).toContain("Content-Type: image/png");
  expect(eml).toContain("filename*=UTF-8''%E6%88%AA%E5%9B%BE.png");
});

test("@syt/cod-report: its README block builds the report and words the summary", () => {
  expect(usageBlocks("cod-report")).toHaveLength(1);
  const result = runReadme(
    "cod-report",
    `${READ_EXAMPLES}
    const ordersFileBytes = readExample("官网订单导出_示例.xlsx");
    const wmsRangeValues = wmsExample.rows.map((row) => row.cells);`,
    "console.log(fileName, bytes.length > 0);",
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("货到付款日报 2026-11-25: 上元堂官网_中通货到付款_2026-11-25.xlsx");
  expect(result.stdout).toMatch(/^(可以交付|交付前需要处理 \d+ 个问题)/m);
  expect(result.stdout.trim().split("\n").at(-1)).toBe("上元堂官网_中通货到付款_2026-11-25.xlsx true");
});
