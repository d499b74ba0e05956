import { parentPort, workerData } from "node:worker_threads";
import { describeError } from "./cli-failure";
import { loadWms } from "./read-exports";
import { lowerThreadPriority } from "./thread-priority";
import type { WmsWorkerMessage } from "./wms-thread";
import { packIssues, packShipments } from "./wms-transfer";

// The worker side of `runWmsWorker`: reads the one WMS export it is given and sends back its
// shipments, or its failure in the words the CLI prints (error classes do not cross threads).
async function work(file: string, profiles?: readonly unknown[]): Promise<WmsWorkerMessage> {
  try {
    const { shipments, issues, meta } = await loadWms(file, profiles);
    return { ok: true, value: { shipments: packShipments(shipments), issues: packIssues(issues), meta } };
  } catch (error) {
    return { ok: false, failure: describeError(error) };
  }
}

lowerThreadPriority();
const { file, profiles } = workerData as { file: string; profiles?: readonly unknown[] };
void work(file, profiles).then((message) => parentPort?.postMessage(message));
