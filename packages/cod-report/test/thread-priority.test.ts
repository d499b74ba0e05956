import { existsSync, readlinkSync } from "node:fs";
import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import { lowerThreadPriority } from "../src/thread-priority";

// Run in a file of its own: the thread that runs these tests is the one made nicer.
const linux = existsSync("/proc/thread-self");
const ownThreadId = () => Number(readlinkSync("/proc/thread-self").split("/").pop());

describe("the WMS thread yields the cores to the main thread", () => {
  it.runIf(linux)("lowers this thread's priority, and only this thread's", () => {
    const mainBefore = getPriority(process.pid);
    expect(lowerThreadPriority(7)).toBe(7);
    expect(getPriority(ownThreadId())).toBe(7);
    // The process's first thread keeps its own, unless it is this one.
    if (ownThreadId() !== process.pid) expect(getPriority(process.pid)).toBe(mainBefore);
  });

  it("does nothing when set to 0 or to nonsense", () => {
    expect(lowerThreadPriority(0)).toBeUndefined();
    expect(lowerThreadPriority(Number.NaN)).toBeUndefined();
  });
});
