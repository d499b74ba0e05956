import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, onTestFinished, test, vi } from "vitest";
import * as model from "./index";

const packageDir = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(packageDir, "README.md"), "utf8");
const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const expectations = [...block.matchAll(/\/\/ => (.*)$/gm)].map((match) => JSON.parse(match[1] ?? ""));

afterEach(() => {
  vi.restoreAllMocks();
});

test("the README's usage block runs and prints what its comments say", async () => {
  expect(expectations.length).toBeGreaterThanOrEqual(15);
  // Kept inside the package so "@syt/orders-model" resolves to this package's sources.
  mkdirSync(path.join(packageDir, ".test-results"), { recursive: true });
  const dir = mkdtempSync(path.join(packageDir, ".test-results", "readme-"));
  const file = path.join(dir, "example.ts");
  writeFileSync(file, block);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const printed: unknown[] = [];
  vi.spyOn(console, "log").mockImplementation((value: unknown) => {
    printed.push(value);
  });
  await import(/* @vite-ignore */ file);
  expect(printed.map((value) => JSON.parse(JSON.stringify(value)))).toEqual(expectations);
});

/** Every name `src/index.ts` exports, types included, read from its `export { … } from` lines. */
function indexExports(): string[] {
  const index = readFileSync(path.join(packageDir, "src/index.ts"), "utf8");
  return [...index.matchAll(/export \{([^}]*)\}/g)].flatMap((match) =>
    (match[1] ?? "")
      .split(",")
      .map((name) => name.replace(/^\s*type\s+/, "").trim())
      .filter((name) => name !== ""),
  );
}

test("the README's export list is exactly what the package exports", () => {
  const section = readme.split("## Exports")[1]?.split("\n## ")[0] ?? "";
  const listed = [...new Set([...section.matchAll(/`(\w+)`/g)].map((match) => match[1] ?? ""))].sort();
  const declared = [...new Set(indexExports())].sort();
  expect(listed).toEqual(declared);
  expect(Object.keys(model).filter((name) => !declared.includes(name))).toEqual([]);
});
