import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export const packageDir = path.resolve(import.meta.dirname, "..");
export const cli = path.join(packageDir, "dist/cli.js");
export const examplesDir = path.resolve(packageDir, "../../examples/今日");

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
    }),
  );
}

/**
 * The tests run the built bin, as operators do. Build only when the sources are
 * newer than it: under turbo the build already ran, and rebuilding would race the
 * package check that reads the same dist folder.
 */
export function ensureBuilt(): void {
  const built = (() => {
    try {
      return statSync(cli).mtimeMs;
    } catch {
      return 0;
    }
  })();
  if (built < newestSource(path.join(packageDir, "src"))) {
    execFileSync("pnpm", ["run", "build"], { cwd: packageDir, stdio: "ignore" });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Milliseconds before the CLI is killed (status null). */
  timeout?: number;
}

export function runCli(args: string[], options: CliOptions = {}): CliRun {
  // pnpm sets INIT_CWD for the test run itself; the CLI must see only what a test gives it.
  const { INIT_CWD: _, ...env } = process.env;
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? packageDir,
    env: { ...env, ...options.env },
    encoding: "utf8",
    timeout: options.timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
