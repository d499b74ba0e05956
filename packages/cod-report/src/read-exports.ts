import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { OperatorError } from "@syt/cli-shell";
import {
  formatErrorZh,
  isAdapterError,
  isUnrecognisedExportError,
  type OrdersResult,
  parseWms,
  recogniseExport,
} from "@syt/platform-adapters";
import type { PrepareOptions } from "./compute";
import { recognisedInput, requireGuanwangExport } from "./export-kind";
import { explainSwap, requireTwoFiles } from "./input-pair";
import { parseInputOrders, readInputTable } from "./node-files";
import { withProgress } from "./progress";
import { isInReport } from "./selection";

const INPUT_LABELS = { orders: "官网订单导出", wms: "WMS 物流导出" } as const;

async function loadExport<T>(
  kind: keyof typeof INPUT_LABELS,
  file: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    // Judged by class name and code, never `instanceof`: a bundle may carry its own copy of the classes.
    if (isAdapterError(error)) {
      // A file that is no 官网 export: what it was recognised as goes to `--json` too.
      const recognised = isUnrecognisedExportError(error) ? recognisedInput(error.recognition) : undefined;
      throw new OperatorError(
        error.code,
        `${INPUT_LABELS[kind]} ${file}: ${formatErrorZh(error)}`,
        recognised ? { recognised } : {},
      );
    }
    throw error;
  }
}

export type WmsPart = NonNullable<PrepareOptions["wms"]>;
export type OrdersPart = PrepareOptions["orders"] & Pick<OrdersResult, "recognition">;

/** The WMS export's shipments, issues and meta: its table is garbage once this returns. */
export async function loadWms(file: string, profiles?: readonly unknown[]): Promise<WmsPart> {
  return loadExport("wms", file, async () => {
    const table = await readInputTable(file);
    const fileName = path.basename(file);
    // A WMS layout an operator corrected (`--profiles`, `"kind": "wms"`): the recogniser finds it
    // and gives its header names to the reader; the built-in layout otherwise.
    const { fields } = profiles ? recogniseExport(table, { fileName, profiles }) : {};
    const { shipments, issues, meta } = await parseWms(table, { fileName, ...(fields ? { fields } : {}) });
    return { shipments, issues, meta };
  });
}

/** `profiles`: an operator's mapping profiles (`--profiles`); one for 官网 is tried before the built-in layout. */
export async function loadOrders(file: string, profiles?: readonly unknown[]): Promise<OrdersPart> {
  // Only the report's rows, and the details of its orders, are read and kept: the rest are let
  // go as they are parsed (the checks over every order need only its number, status and payment).
  // The platform is recognised from the header (an operator's profile first), so another
  // platform's export is refused by name.
  const orders = await loadExport("orders", file, () =>
    parseInputOrders(file, {
      keepRowsOf: isInReport,
      keepDetailsOf: isInReport,
      ...(profiles ? { profiles } : {}),
    }),
  );
  requireGuanwangExport(orders.meta, orders.recognition);
  return orders;
}

/**
 * Both exports, read at the same time: the WMS export in a worker thread (when the build has one)
 * while this thread reads the larger orders export. A WMS problem is reported first, as when the
 * two were read one after the other.
 */
export async function loadExports(files: {
  ordersFile: string;
  wmsFile: string | undefined;
  profiles?: readonly unknown[];
}): Promise<{ orders: OrdersPart; wms: WmsPart | undefined }> {
  const { ordersFile, wmsFile, profiles } = files;
  if (wmsFile) await requireTwoFilesOnDisk(ordersFile, wmsFile);
  return withProgress("读取导出文件", async () => {
    const wms = wmsFile ? loadWmsInWorker(wmsFile, profiles) : undefined;
    // Held until the WMS side has settled, so that its problem is the one told first.
    const orders = loadOrders(ordersFile, profiles).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    try {
      const wmsPart = wms ? await wms : undefined;
      const read = await orders;
      if (!read.ok) throw read.error;
      return { orders: read.value, wms: wmsPart };
    } catch (error) {
      if (wmsFile)
        await explainSwap(
          { fileName: path.basename(ordersFile), table: () => readInputTable(ordersFile) },
          { fileName: path.basename(wmsFile), table: () => readInputTable(wmsFile) },
        );
      throw error;
    }
  });
}

/** One file given for both: the same path, or the same bytes under two names (a browser's `(1)` copy). */
async function requireTwoFilesOnDisk(ordersFile: string, wmsFile: string): Promise<void> {
  const [a, b] = await Promise.all([ordersFile, wmsFile].map((file) => realpath(file).catch(() => file)));
  const sizes = await Promise.all(
    [ordersFile, wmsFile].map((file) =>
      stat(file).then(
        (s) => s.size,
        () => -1,
      ),
    ),
  );
  if (a !== b && (sizes[0] !== sizes[1] || sizes[0] === -1)) return;
  const [ordersBytes, wmsBytes] = await Promise.all([readFile(ordersFile), readFile(wmsFile)]);
  requireTwoFiles(ordersBytes, wmsBytes, path.basename(ordersFile));
}

/**
 * Below this a WMS export is read sooner than a worker thread starts (an ordinary day's is far
 * smaller). `COD_REPORT_WMS_WORKER_MIN_BYTES` changes it, for the tests of the worker path.
 */
const WMS_WORKER_MIN_BYTES = Number(process.env.COD_REPORT_WMS_WORKER_MIN_BYTES ?? 512 * 1024);

async function loadWmsInWorker(file: string, profiles?: readonly unknown[]): Promise<WmsPart> {
  const size = await stat(file).then(
    (stats) => stats.size,
    () => 0,
  );
  if (size < WMS_WORKER_MIN_BYTES) return loadWms(file, profiles);
  const { runWmsWorker } = await import("./wms-thread");
  return runWmsWorker(file, profiles);
}
