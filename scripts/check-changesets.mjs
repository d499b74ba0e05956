// Every changeset must parse, name only packages of this workspace, and not be empty:
// a broken frontmatter (a formatter reflowing `---`) only shows at release time otherwise.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import readChangesets from "@changesets/read";

const root = path.resolve(import.meta.dirname, "..");
const names = new Set(
  ["packages", "apps", "tools"].flatMap((group) =>
    readdirSync(path.join(root, group))
      .map((dir) => path.join(root, group, dir, "package.json"))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, "utf8")).name),
  ),
);
const changesets = await readChangesets(root).catch((error) => {
  console.error(`changesets: ${error.message.split("\n").slice(0, 3).join(" ")}`);
  process.exit(1);
});
const problems = changesets.flatMap(({ id, summary, releases }) => [
  ...(releases.length === 0 ? [`${id}: names no package`] : []),
  ...(summary.trim() === "" ? [`${id}: says nothing`] : []),
  ...releases.filter((r) => !names.has(r.name)).map((r) => `${id}: unknown package ${r.name}`),
]);
for (const problem of problems) console.error(`changeset ${problem}`);
console.log(`changesets: ${changesets.length} read, ${problems.length} with problems`);
process.exit(problems.length > 0 ? 1 : 0);
