import { parentPort, workerData } from "node:worker_threads";
import { resolveLimits } from "../../limits";
import { openFileSource } from "../file-source";
import { streamXlsx } from "../xlsx/index";
import { zlibInflate } from "../xlsx/inflate-node";
import type { RowsWorkerData, RowsWorkerMessage } from "./messages";

// The worker side of `parseOrdersFile`: reads one xlsx sheet and sends its rows as they are
// read, so the main thread turns them into orders while this thread reads on.
const post = (message: RowsWorkerMessage) => parentPort?.postMessage(message);

async function read({ file, fileName, sheet, limits }: RowsWorkerData): Promise<void> {
  const opened = await openFileSource(file);
  try {
    const ordered = await streamXlsx(
      opened.source,
      { sheet, fileName, limits: resolveLimits(limits), inflate: zlibInflate },
      {
        sheet: (sheetName, sheets) => post({ kind: "sheet", sheetName, sheets }),
        rows: (rows) => post({ kind: "rows", rows }),
      },
    );
    post({ kind: "end", ordered });
  } finally {
    await opened.close();
  }
}

// Any failure is only reported: the main thread reads the file again to give the operator the real error.
read(workerData as RowsWorkerData).catch(() => post({ kind: "failed" }));
