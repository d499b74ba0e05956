// `pnpm cod-report …` / `pnpm templates …` at the repository root: build the package and
// what it depends on (turbo, a cache hit when nothing changed), then run its CLI with the
// operator's arguments. Turbo prints to stdout, which would spoil `--json`, so its output
// goes to stderr (pnpm's shell emulator cannot redirect an external command itself).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const [packageName, cli] = process.argv.splice(2, 2);
const build = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", `--filter=${packageName}...`, "--output-logs=errors-only"],
  {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    shell: process.platform === "win32",
  },
);
if (build.status !== 0) {
  process.stderr.write(`构建 ${packageName} 失败, 见上面的输出; 请把它发给开发同事。\n`);
  process.exit(1);
}
// The CLI reads process.argv itself: what is left there are the operator's arguments.
await import(pathToFileURL(path.join(root, cli)).href);
