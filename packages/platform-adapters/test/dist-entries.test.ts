import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "adapters-dist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script in plain Node against the built entries, as a consumer gets them (turbo builds before it tests). */
const inNode = (args: string[]) => execFileSync(process.execPath, args, { encoding: "utf8" }).trim();

// Regression: each entry bundled its own copy of the error classes, so an error from
// `/node` was not `instanceof AdapterError` and a truncated file looked like a crash.
it("throws errors from the Node entry that are instances of the main entry's classes", () => {
  const file = path.join(dir, "cut.xlsx");
  writeFileSync(file, "PK\u0003\u0004 cut short");
  const check = `.readTableFromFile(${JSON.stringify(file)}).then(() => "read", (e) => String(e instanceof main.AdapterError))`;
  const esm = `const main = await import("@syt/platform-adapters"); const node = await import("@syt/platform-adapters/node");
    console.log(await node${check});`;
  const cjs = `const main = require("@syt/platform-adapters"); const node = require("@syt/platform-adapters/node");
    node${check}.then(console.log);`;
  expect(inNode(["--input-type=module", "-e", esm])).toBe("true");
  expect(inNode(["-e", cjs])).toBe("true");
});
