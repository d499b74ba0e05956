// Shared by the packages' tests that run their README's usage block (csv-parse's samples habit).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, onTestFinished, vi } from "vitest";

/**
 * Runs the first ```ts block of the package's README and expects what it logs to equal its
 * `// => value` comments, in order; at least `minExpectations` of them, so an emptied block fails.
 */
export async function expectReadmeBlockPrints(packageDir: string, minExpectations: number): Promise<void> {
  const readme = readFileSync(path.join(packageDir, "README.md"), "utf8");
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const expectations = [...block.matchAll(/\/\/ => (.*)$/gm)].map((match) => JSON.parse(match[1] ?? ""));
  expect(expectations.length).toBeGreaterThanOrEqual(minExpectations);
  // Kept inside the package so its own name resolves to its sources.
  mkdirSync(path.join(packageDir, ".test-results"), { recursive: true });
  const dir = mkdtempSync(path.join(packageDir, ".test-results", "readme-"));
  const file = path.join(dir, "example.ts");
  writeFileSync(file, block);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const printed: unknown[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((value: unknown) => {
    printed.push(value);
  });
  onTestFinished(() => log.mockRestore());
  await import(/* @vite-ignore */ file);
  expect(printed.map((value) => JSON.parse(JSON.stringify(value)))).toEqual(expectations);
}
