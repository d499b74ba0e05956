import { parentPort, workerData } from "node:worker_threads";
import { resolveLimits } from "../../limits";
import { openFileSource } from "../file-source";
import { streamXlsx } from "../xlsx/index";
import { zlibInflate } from "../xlsx/inflate-node";
import type { RowsWorkerData, RowsWorkerMessage } from "./messages";
import { RowEncoder, transferables } from "./row-codec";

// The worker side of `parseOrdersFile`: reads one xlsx sheet and sends its rows as they are
// read, so the main thread turns them into orders while this thread reads on.
const post = (message: RowsWorkerMessage, transfer: ArrayBuffer[] = []) =>
  parentPort?.postMessage(message, transfer);

async function read({ file, fileName, sheet, limits }: RowsWorkerData): Promise<void> {
  const opened = await openFileSource(file);
  const encoder = new RowEncoder();
  try {
    const ordered = await streamXlsx(
      opened.source,
      { sheet, fileName, limits: resolveLimits(limits), inflate: zlibInflate },
      {
        sheet: (sheetName, sheets) => post({ kind: "sheet", sheetName, sheets }),
        rows: (rows) => {
          const batch = encoder.encode(rows);
          post({ kind: "rows", batch }, transferables(batch));
        },
      },
    );
    post({ kind: "end", ordered });
  } finally {
    await opened.close();
  }
}

// Any failure is only reported: the main thread reads the file again to give the operator the real error.
read(workerData as RowsWorkerData).catch(() => post({ kind: "failed" }));
