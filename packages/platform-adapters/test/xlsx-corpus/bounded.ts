import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

/** What `bounded-read-main.ts` reports from its child process. */
export interface BoundedOutcome {
  ok: boolean;
  rows?: number;
  lastRowNumber?: number;
  lastCells?: number;
  lastCell?: unknown;
  code?: string;
  reason?: string;
  limit?: string;
  message?: string;
  /** Peak resident memory above what the process held just before the read. */
  growthMiB: number;
  /** The process was killed: it ran past the deadline or out of its heap. */
  killed?: string;
}

// esbuild comes with tsup (a root devDependency); the child needs plain JavaScript, and the
// sources of this package and of @syt/orders-model (the `@syt/source` condition), not `dist`.
const esbuild = createRequire(createRequire(import.meta.url).resolve("tsup")).resolve("esbuild");

/** Bundles the reader as it is in `src` now, into `dir`. */
export async function bundleBoundedReader(dir: string): Promise<string> {
  const { build } = (await import(esbuild)) as {
    build: (options: Record<string, unknown>) => Promise<unknown>;
  };
  const outfile = path.join(dir, "bounded-read.cjs");
  await build({
    entryPoints: [path.join(import.meta.dirname, "bounded-read-main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    conditions: ["@syt/source"],
    outfile,
    logLevel: "error",
  });
  return outfile;
}

/**
 * Reads a file in a child process with a bounded heap: a reader that blows up on a tiny file
 * must fail this test, not take the test worker (and the shared machine) down. The deadline only
 * stops a reader that never ends; it is long enough for a busy two-core machine and measures nothing.
 */
export function readBounded(
  bundle: string,
  request: { file: string; via: "bytes" | "file"; limits?: Record<string, number> },
  deadlineMs = 150_000,
): Promise<BoundedOutcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--max-old-space-size=768", bundle, JSON.stringify(request)],
      { timeout: deadlineMs, killSignal: "SIGKILL", maxBuffer: 1 << 20 },
      (error, stdout) => {
        const line = stdout.trim().split("\n").at(-1);
        if (line?.startsWith("{")) resolve(JSON.parse(line) as BoundedOutcome);
        else resolve({ ok: false, growthMiB: Number.NaN, killed: String(error?.message) });
      },
    );
  });
}
