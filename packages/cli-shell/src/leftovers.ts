import { rmSync } from "node:fs";

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

export function removeLeftovers(): void {
  for (const file of leftovers) {
    try {
      rmSync(file, { recursive: true, force: true });
    } catch {
      // The process is going away; what cannot be removed now is swept as stale by the next run.
    }
  }
  leftovers.clear();
}
