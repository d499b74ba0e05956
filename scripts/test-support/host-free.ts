// Shared by the packages whose main entry must run in a taskpane: no Node module in its dist.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export function expectDistHostFree(packageDir: string, file: string): void {
  const code = readFileSync(path.join(packageDir, "dist", file), "utf8");
  expect(code).not.toMatch(/["'](node:)?(fs|path|os|child_process|util|stream)(\/promises)?["']/);
  expect(code).not.toContain("@syt/platform-adapters/node");
}
