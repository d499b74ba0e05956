import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, onTestFinished, test, vi } from "vitest";
import { packageDir } from "./cli-process";

const readme = readFileSync(path.join(packageDir, "README.md"), "utf8");
const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const expectations = [...block.matchAll(/\/\/ => (.*)$/gm)].map((match) => JSON.parse(match[1] ?? ""));

afterEach(() => {
  vi.restoreAllMocks();
});

test("the README's library usage block runs and prints what its comments say", async () => {
  expect(expectations.length).toBeGreaterThanOrEqual(4);
  // Kept inside the package so "@syt/daily-checks" resolves to this package's sources.
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
