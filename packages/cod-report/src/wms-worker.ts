import { parentPort, workerData } from "node:worker_threads";
import { describeError } from "./cli-failure";
import { loadWms } from "./read-exports";
import { lowerThreadPriority } from "./thread-priority";
import type { WmsWorkerMessage } from "./wms-thread";
import { packIssues, packShipments } from "./wms-transfer";

// The worker side of `runWmsWorker`: reads the one WMS export it is given and sends back its
// shipments, or its failure in the words the CLI prints (error classes do not cross threads).
async function work(file: string): Promise<WmsWorkerMessage> {
  try {
    const { shipments, issues, meta } = await loadWms(file);
    return { ok: true, value: { shipments: packShipments(shipments), issues: packIssues(issues), meta } };
  } catch (error) {
    return { ok: false, failure: describeError(error) };
  }
}

lowerThreadPriority();
void work((workerData as { file: string }).file).then((message) => parentPort?.postMessage(message));
