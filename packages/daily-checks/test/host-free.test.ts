import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, packageDir } from "./cli-process";

describe("the main entry the taskpane imports", () => {
  beforeAll(() => {
    ensureBuilt();
  });

  it.each(["index.js", "index.cjs"])("dist/%s needs nothing from Node", (file) => {
    const code = readFileSync(path.join(packageDir, "dist", file), "utf8");
    expect(code).not.toMatch(/["'](node:)?(fs|path|os|child_process|util|stream)(\/promises)?["']/);
    expect(code).not.toContain("@syt/platform-adapters/node");
  });
});
