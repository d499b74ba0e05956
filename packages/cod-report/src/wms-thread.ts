import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { DescribedFailure, type Failure } from "./cli-failure";
import { CliInputError } from "./node-files";
import { loadWms, type WmsPart } from "./read-exports";
import { type PackedIssues, type PackedShipments, unpackIssues, unpackShipments } from "./wms-transfer";

/** What the worker sends back: the parsed export (shipments and issues packed), or the failure already described. */
export type WmsWorkerMessage =
  | { ok: true; value: Pick<WmsPart, "meta"> & { shipments: PackedShipments; issues: PackedIssues } }
  | { ok: false; failure: Failure };

/**
 * A small young generation for the WMS thread: it scavenges more often and holds less garbage
 * while the main thread's heap grows, which is when the process peaks (100k rows: 203 MiB
 * against 227 MiB, wall 0.99x in A/B). The old generation is bounded so that a WMS file that
 * needs more (a small file of far too many cells) stops the thread, not the process: 1 GiB is
 * five times what a 100k-row WMS export takes. `COD_REPORT_WMS_WORKER_MAX_MB` changes it, for
 * the test of that refusal.
 */
const WMS_THREAD_LIMITS = {
  maxYoungGenerationSizeMb: 4,
  maxOldGenerationSizeMb: Number(process.env.COD_REPORT_WMS_WORKER_MAX_MB ?? 1024),
};

/** The thread ran out of its heap: the file's refusal, told like any other, not a stack trace. */
const outOfMemory = (error: unknown, file: string): unknown =>
  (error as { code?: unknown } | null)?.code === "ERR_WORKER_OUT_OF_MEMORY"
    ? new CliInputError("wms-out-of-memory", file)
    : error;

/**
 * The WMS export read in a worker thread (`dist/wms-worker.js`), so that it takes the second core
 * while this thread reads the orders export. Where there is no built worker (tests run from
 * sources), it is read here instead: same result, one after the other.
 */
export async function runWmsWorker(file: string, profiles?: readonly unknown[]): Promise<WmsPart> {
  const url = workerUrl();
  if (!url) return loadWms(file, profiles);
  // Profiles are plain JSON, validated before any file is read: they cross to the thread as data.
  const worker = new Worker(url, { workerData: { file, profiles }, resourceLimits: WMS_THREAD_LIMITS });
  try {
    const message = await new Promise<WmsWorkerMessage>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", (error) => reject(outOfMemory(error, file)));
      worker.once("exit", (code) => reject(new Error(`WMS worker stopped with exit code ${code}`)));
    });
    if (!message.ok) throw new DescribedFailure(message.failure);
    const { shipments, issues, meta } = message.value;
    return { shipments: unpackShipments(shipments), issues: unpackIssues(issues), meta };
  } finally {
    void worker.terminate();
  }
}

function workerUrl(): URL | undefined {
  // The built worker sits beside the built CLI; from sources (vitest) there is none, and the
  // CommonJS build has no import.meta.url (its bin is the ESM one).
  const here: string | undefined = import.meta.url;
  if (!here?.startsWith("file:")) return undefined;
  const url = new URL("./wms-worker.js", here);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
