import path from "node:path";

/** Relative paths mean relative to where the operator typed the command (`pnpm daily` moves the cwd). */
export function resolveFromCaller(file: string): string {
  return path.resolve(process.env.INIT_CWD || process.cwd(), file);
}
