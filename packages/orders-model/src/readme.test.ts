import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { expectReadmeBlockPrints } from "../../../scripts/test-support/readme-block";
import * as model from "./index";

const packageDir = path.resolve(import.meta.dirname, "..");
const readme = readFileSync(path.join(packageDir, "README.md"), "utf8");

test("the README's usage block runs and prints what its comments say", async () => {
  await expectReadmeBlockPrints(packageDir, 15);
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
