import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

/** The main entry must load in the Excel taskpane and a plain web page, so its sources touch no host. */
const sources = readdirSync(import.meta.dirname).filter(
  (file) => file.endsWith(".ts") && !/\.(test|test-d|bench)\.ts$/.test(file),
);

test("finds the library sources", () => {
  expect(sources.length).toBeGreaterThanOrEqual(15);
  expect(sources).toContain("index.ts");
});

test.each(sources)("%s uses no Node, DOM or Office API", (file) => {
  const text = readFileSync(path.join(import.meta.dirname, file), "utf8");
  expect(text).not.toMatch(/from "node:|require\(|\bprocess\.|\bdocument\.|\bwindow\.|\bOffice\.|\bExcel\./);
});
