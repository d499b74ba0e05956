// Shared by the packages' tests that run their built CLI as a process, as operators do.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
    }),
  );
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Root ignores file permissions (tests and CI run as root): permission tests run the CLI as nobody. */
export const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as a user whom file permissions apply to. */
  unprivileged?: boolean;
  /** Milliseconds before the CLI is killed (status null). */
  timeout?: number;
}

/** The built bin `dist/cli.js` of the package at `packageDir`, and how its tests run it. */
export function cliHarness(packageDir: string) {
  const cli = path.join(packageDir, "dist/cli.js");

  /**
   * Build only when the sources are newer than the bin: under turbo the build already ran,
   * and rebuilding would race the package check that reads the same dist folder.
   */
  function ensureBuilt(): void {
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

  function runCli(args: string[], options: CliOptions = {}): CliRun {
    // pnpm sets INIT_CWD for the test run itself; the CLI must see only what a test gives it.
    const { INIT_CWD: _, ...env } = process.env;
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? packageDir,
      env: { ...env, ...options.env },
      encoding: "utf8",
      timeout: options.timeout,
      ...(options.unprivileged ? unprivileged : {}),
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  return { cli, ensureBuilt, runCli };
}
