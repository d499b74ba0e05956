// Adds up the JSON reports that each workspace's test tasks wrote (turbo restores them on a
// cache hit), so that the whole test command ends with one plain line. Each test counts once;
// a file that failed outside any test (an import error, a failing hook) and a task that should
// have run but left no report are failures too, named above the line.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
/** The turbo tasks that ran, each a vitest project: `test` -> unit, `test:dist` -> dist. */
const tasks = process.argv.slice(2);
const groupOf = (task) => (task === "test" ? "unit" : task.slice("test:".length));

const workspaces = ["packages", "apps", "tools"].flatMap((group) =>
  readdirSync(path.join(root, group))
    .map((name) => path.join(root, group, name))
    .filter((dir) => existsSync(path.join(dir, "package.json"))),
);

const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0, missing: 0 };
const notes = [];
for (const dir of workspaces) {
  const name = path.relative(root, dir);
  const scripts = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).scripts ?? {};
  for (const task of tasks.filter((t) => t in scripts)) {
    const group = groupOf(task);
    const file = path.join(dir, ".test-results", `${group}.json`);
    if (!existsSync(file)) {
      totals.missing += 1;
      notes.push(`  ${name} ${task}: did not run (a task it waits for failed, see above)`);
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const result of report.testResults ?? []) {
      const assertions = result.assertionResults ?? [];
      for (const test of assertions) {
        if (test.status === "passed") count.passed += 1;
        else if (test.status === "failed") count.failed += 1;
        else {
          count.skipped += 1;
          notes.push(`  ${name}: skipped: ${test.fullName ?? test.title}`);
        }
      }
      if (result.status === "failed" && !assertions.some((test) => test.status === "failed")) {
        totals.brokenFiles += 1;
        const why = String(result.message ?? "").split("\n")[0];
        notes.push(`  ${name}: ${path.relative(dir, result.name)} failed outside any test: ${why}`);
      }
    }
    console.log(
      `  ${`${name} ${group}`.padEnd(34)} ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`,
    );
    totals.passed += count.passed;
    totals.failed += count.failed;
    totals.skipped += count.skipped;
  }
}
for (const note of notes) console.log(note);
const extra = [
  ...(totals.brokenFiles > 0 ? [`${totals.brokenFiles} test files failed outside a test`] : []),
  ...(totals.missing > 0 ? [`${totals.missing} test tasks did not run`] : []),
];
console.log(
  `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${extra.map((e) => `; ${e}`).join("")}`,
);
const red = totals.failed > 0 || totals.brokenFiles > 0 || totals.missing > 0 || totals.passed === 0;
process.exit(red ? 1 : 0);
