import { Worker } from "node:worker_threads";
import { DescribedFailure, type Failure } from "./cli-failure";
import { loadWms, type WmsPart } from "./read-exports";

/** What the worker sends back: the parsed export, or the failure already described. */
export type WmsWorkerMessage = { ok: true; value: WmsPart } | { ok: false; failure: Failure };

/**
 * The WMS export read in a worker thread (`dist/wms-worker.js`), so that it takes the second core
 * while this thread reads the orders export. Where there is no built worker (tests run from
 * sources), it is read here instead: same result, one after the other.
 */
export async function runWmsWorker(file: string): Promise<WmsPart> {
  const url = workerUrl();
  if (!url) return loadWms(file);
  const worker = new Worker(url, { workerData: { file } });
  try {
    const message = await new Promise<WmsWorkerMessage>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`WMS worker stopped with exit code ${code}`)));
    });
    if (!message.ok) throw new DescribedFailure(message.failure);
    return message.value;
  } finally {
    void worker.terminate();
  }
}

function workerUrl(): URL | undefined {
  // Only the built ESM CLI sits beside its worker; from sources (vitest) the file is a .ts.
  // (The CommonJS build has no import.meta.url; its bin is the ESM one.)
  const here: string | undefined = import.meta.url;
  return here?.endsWith("/cli.js") ? new URL("./wms-worker.js", here) : undefined;
}
