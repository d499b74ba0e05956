import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";

/**
 * How nice the WMS thread makes itself (Linux nice values: 0 is normal, 19 the lowest). The main
 * thread reads the larger orders export and is the one the report waits for; on two cores it
 * shares them with this thread and zlib's, and every time the kernel gave the core to this thread
 * the main thread stood still. Lowered, this thread takes what the main thread leaves and still
 * ends first (100k rows: 0.92-0.97x wall in A/B). `COD_REPORT_WMS_NICE` changes it (0: off).
 * Threads inherit the nice value of the thread that starts them: zlib's and the file reads' pool
 * is started by the main thread (its first file read comes before the worker), so it stays at 0.
 */
const WMS_THREAD_NICE = Number(process.env.COD_REPORT_WMS_NICE ?? 10);

/**
 * Lowers the calling thread's scheduling priority, where the system can do it for one thread
 * (Linux: a thread has its own nice value, set through its id). Elsewhere, or when refused,
 * nothing changes: it is only about speed. Returns the nice value the thread now has, if set.
 */
export function lowerThreadPriority(nice = WMS_THREAD_NICE): number | undefined {
  if (!Number.isInteger(nice) || nice <= 0) return undefined;
  try {
    // `/proc/thread-self` -> `<pid>/task/<tid>`: Node does not tell a thread its own id.
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isInteger(tid) || tid <= 0) return undefined;
    setPriority(tid, Math.min(nice, 19));
    return getPriority(tid);
  } catch {
    return undefined;
  }
}
