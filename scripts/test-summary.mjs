// Adds up the JSON reports that each workspace's vitest run wrote (turbo restores them
// on a cache hit), so that the whole test command ends with one plain line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = ["packages", "apps", "tools"].flatMap((group) =>
  readdirSync(path.join(root, group))
    .map((name) => path.join(root, group, name, ".test-results/report.json"))
    .filter((file) => existsSync(file)),
);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  const p = report.numPassedTests ?? 0;
  const f = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  const s = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const name = path.relative(root, path.dirname(path.dirname(file)));
  console.log(`  ${name.padEnd(28)} ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}
if (reports.length === 0) {
  console.log("no test reports found: did the tests run?");
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
