import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";

/**
 * What another internal tool gets from npm: this package and @syt/orders-model (a
 * workspace package, so packed too; pnpm turns `workspace:*` into its version) packed,
 * installed with npm into an empty project, then used as ESM, as CommonJS and as a bin.
 */
const packagesDir = path.resolve(import.meta.dirname, "../..");
const project = mkdtempSync(path.join(os.tmpdir(), "syt-templates-installed-"));
const INSTALL_TIMEOUT = 240_000;

function pack(packageDir: string): string {
  execFileSync("pnpm", ["pack", "--pack-destination", project], { cwd: packageDir, stdio: "ignore" });
  const name = path.basename(packageDir);
  const tarball = readdirSync(project).find(
    (file) => file.startsWith(`syt-${name}-`) && file.endsWith(".tgz"),
  );
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
  return `./${tarball}`;
}

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: project, encoding: "utf8" });
}

beforeAll(() => {
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const tarballs = [pack(path.join(packagesDir, "orders-model")), pack(path.join(packagesDir, "templates"))];
  execFileSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs],
    {
      cwd: project,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}, INSTALL_TIMEOUT);

afterAll(() => rmSync(project, { recursive: true, force: true }));

test("import as ESM renders a template with the bundled example configuration", () => {
  const script = `
    import { render, parseConfig, exampleConfig } from "@syt/templates";
    const { text } = render("return-notice", { platform: "苏宁", handler: "李静" }, { config: parseConfig(exampleConfig) });
    console.log(text);`;
  expect(node(["--input-type=module", "-e", script])).toContain("上元堂苏宁 100000 13900002222");
});

test("require as CommonJS gets the same API, errors included", () => {
  const script = `
    const { renderUnknown, formatErrorZh } = require("@syt/templates");
    try { renderUnknown("not-put-list", { orderNo: "GW1" }); } catch (error) { console.log(formatErrorZh(error)); }`;
  expect(node(["-e", script])).toContain("「商品明细」(lines) 缺少这一项");
});

test("the installed bin renders a template, and ships the example configuration", () => {
  const bin = path.join(project, "node_modules/.bin/syt-templates");
  const output = execFileSync(bin, ["render", "out-of-stock", "--example"], {
    cwd: project,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  expect(output).toContain("请及时下架以下平台的商品：拼多多、平安好医生、苏宁、药房网");
  const shipped = path.join(project, "node_modules/@syt/templates/config.example.json");
  const fromConfig = execFileSync(bin, ["render", "cod-guide", "--example", "--config", shipped], {
    cwd: project,
    encoding: "utf8",
  });
  expect(fromConfig).toContain("syt-pharmacist-example");
});

test("the README's library example runs as written against the installed package", () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");
  const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  writeFileSync(path.join(project, "readme-example.mjs"), example ?? "");
  copyFileSync(path.resolve(import.meta.dirname, "../config.example.json"), path.join(project, "配置.json"));
  writeFileSync(
    path.join(project, "截图.png"),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]),
  );
  const result = spawnSync(process.execPath, ["readme-example.mjs"], { cwd: project, encoding: "utf8" });
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("原因：麻烦拦截退回 谢谢\n运单号：75123456789012");
  expect(result.stdout).toContain("中通对接群（示例）");
  expect(result.stderr).toContain("「税号」(taxId) 最后一位校验码与前 17 位算出的不符");
  expect(existsSync(path.join(project, "理赔.eml"))).toBe(true);
});
