// Shared by the packages' tests that run their built CLI as a process, as operators do.
import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
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

const COPY_PREFIX = "syt-cli-";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Copies made by test processes that have ended (named `syt-cli-<pid>-…`). */
function removeCopiesOfEndedRuns(): void {
  for (const name of readdirSync(os.tmpdir())) {
    const pid = Number(/^syt-cli-(\d+)-/.exec(name)?.[1]);
    if (pid > 0 && !isRunning(pid)) rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

/**
 * The package as `pnpm deploy` lays it out (its files, `dist` included, and its production
 * dependencies with theirs, from the store, offline) in a folder every user may enter. The
 * unprivileged user cannot reach the checkout itself when one of its parent folders is private (a
 * clone inside `mktemp -d`, mode 0700); the copy runs the same bytes. Removed when the tests exit.
 */
function reachableCopy(packageDir: string): string {
  removeCopiesOfEndedRuns();
  const parent = mkdtempSync(path.join(os.tmpdir(), `${COPY_PREFIX}${process.pid}-`));
  // A test worker may be ended without its exit event: the next run removes what it left.
  process.on("exit", () => rmSync(parent, { recursive: true, force: true }));
  const copy = path.join(parent, "package");
  const { name } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    name: string;
  };
  execFileSync("pnpm", ["--filter", name, "deploy", "--prod", copy], { cwd: packageDir, stdio: "ignore" });
  execFileSync("chmod", ["-R", "a+rX", parent]);
  return copy;
}

/** The built bin `dist/cli.js` of the package at `packageDir`, and how its tests run it. */
export function cliHarness(packageDir: string) {
  const cli = path.join(packageDir, "dist/cli.js");
  let copyForOthers: string | undefined;

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
    // As root, "unprivileged" is another user: it runs a copy it can reach.
    const asOther = options.unprivileged === true && "uid" in unprivileged;
    if (asOther && copyForOthers === undefined) copyForOthers = reachableCopy(packageDir);
    const home = asOther && copyForOthers !== undefined ? copyForOthers : packageDir;
    const result = spawnSync(process.execPath, [path.join(home, "dist/cli.js"), ...args], {
      cwd: options.cwd ?? home,
      env: { ...env, ...options.env },
      encoding: "utf8",
      timeout: options.timeout,
      ...(options.unprivileged ? unprivileged : {}),
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** The CLI as a running process, for tests that stop it half way. */
  function startCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
    const { INIT_CWD: _, ...env } = process.env;
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd ?? packageDir,
      env: { ...env, ...options.env },
    });
    let stderr = "";
    let stdout = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    const exited = new Promise<CliRun>((resolve) =>
      child.on("exit", (status) => resolve({ status, stdout, stderr })),
    );
    return { child, exited };
  }

  return { cli, ensureBuilt, runCli, startCli };
}

/**
 * Sends `signal` once `ready()` says the run got where the test wants it (its temp file is there): a
 * signal sent before the CLI installed its handler would kill it the default way and prove nothing.
 */
export async function sendWhen(
  child: ChildProcess,
  signal: "SIGINT" | "SIGTERM",
  ready: () => boolean,
): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error("the CLI ended before the signal");
    if (ready()) {
      child.kill(signal);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** The files in `dir`'s subfolders whose names start with `prefix` (a CLI's temp folders). */
export function filesInTempFolders(dir: string, prefix: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .flatMap((name) => {
      try {
        return readdirSync(path.join(dir, name));
      } catch {
        return [];
      }
    });
}
