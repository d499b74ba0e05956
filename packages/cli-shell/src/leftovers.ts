import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Paths this process made and must take away if it is stopped half way: a temp report, a probe,
 * a copy being placed. Removed synchronously, so a signal handler or an `exit` listener can call it.
 */
const leftovers = new Set<string>();

export function trackLeftover(file: string): void {
  leftovers.add(file);
}

export function forgetLeftover(file: string): void {
  leftovers.delete(file);
}

/**
 * Names (a folder and the start of a name, the pid in it) of temp folders this process makes. A signal
 * can arrive after `mkdtemp` made a folder and before its name came back to be tracked: the folders
 * are found by this name instead.
 */
const namePrefixes = new Set<string>();

export function trackLeftoverPrefix(prefix: string): void {
  namePrefixes.add(prefix);
}

function namedLike(prefix: string): string[] {
  try {
    const dir = path.dirname(prefix);
    const start = path.basename(prefix);
    return readdirSync(dir)
      .filter((name) => name.startsWith(start))
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

export function removeLeftovers(): void {
  for (const prefix of namePrefixes) for (const dir of namedLike(prefix)) leftovers.add(dir);
  for (const file of leftovers) {
    try {
      rmSync(file, { recursive: true, force: true });
    } catch {
      // The process is going away; what cannot be removed now is swept as stale by the next run.
    }
  }
  leftovers.clear();
}
