import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { expect, test } from "vitest";

/** The library entry is also loaded by the taskpane: no Node built-ins, only the CLI may use them. */
function importedModules(file: string): string[] {
  const code = readFileSync(path.resolve(import.meta.dirname, "../dist", file), "utf8");
  return [...code.matchAll(/(?:from\s*|import\s*\(\s*|require\(\s*)["']([^"']+)["']/g)].map(
    (match) => match[1] ?? "",
  );
}

const isBuiltin = (name: string) =>
  name.startsWith("node:") || builtinModules.includes(name.split("/")[0] ?? "");

test.each(["index.js", "index.cjs"])("dist/%s imports no Node built-in", (file) => {
  const modules = importedModules(file);
  expect(modules).toContain("zod");
  expect(modules.filter(isBuiltin)).toEqual([]);
});

test("dist/cli.js does use Node built-ins, so the check above can see them", () => {
  expect(importedModules("cli.js").filter(isBuiltin).length).toBeGreaterThan(0);
});
