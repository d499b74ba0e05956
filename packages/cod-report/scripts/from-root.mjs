// `pnpm cod-report …` at the repository root: build this package and the packages it
// depends on (turbo, cached when nothing changed), then run the CLI with the same
// arguments. Turbo prints to stdout, which would spoil `--json`, so its output goes to
// stderr; pnpm's shell emulator cannot redirect an external command's output itself.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const packageDir = path.resolve(import.meta.dirname, "..");
const build = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@syt/cod-report...", "--output-logs=errors-only"],
  {
    cwd: path.resolve(packageDir, "../.."),
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    shell: process.platform === "win32",
  },
);
if (build.status !== 0) {
  process.stderr.write("构建 @syt/cod-report 失败, 见上面的输出; 请把它发给开发同事。\n");
  process.exit(1);
}
// The CLI reads process.argv itself: the arguments given to this script are its arguments.
await import(pathToFileURL(path.join(packageDir, "dist/cli.js")).href);
