import { existsSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { InputTooLargeError } from "./errors/input-too-large";
import { NotSpreadsheetError } from "./errors/not-spreadsheet";
import { resolveLimits } from "./limits";
import { type OrdersResult, OrdersStream, type ParseOrdersOptions, parseOrders } from "./parse-orders";
import { fileSource, openFileSource } from "./read/file-source";
import { checkRowCount, type ReadTableOptions, readTable } from "./read/index";
import { sniff } from "./read/sniff";
import type { RowsWorkerData, RowsWorkerMessage } from "./read/worker/messages";
import { RowDecoder } from "./read/worker/row-codec";
import { readXlsx, streamXlsx } from "./read/xlsx/index";
import { zlibInflate } from "./read/xlsx/inflate-node";
import type { Table } from "./table";

export { zlibInflate } from "./read/xlsx/inflate-node";

/**
 * A file as one Table, in Node. An xlsx is read from its zip directory at the end of the file;
 * only the parts needed are streamed from their offsets and inflated with Node's zlib, so
 * memory follows the rows kept, not the file. Other formats are read whole by `readTable`.
 */
export async function readTableFromFile(file: string, options: ReadTableOptions = {}): Promise<Table> {
  const limits = resolveLimits(options.limits);
  const fileName = options.fileName ?? path.basename(file);
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size === 0) throw new NotSpreadsheetError("empty", fileName);
    if (size > limits.maxBytes) throw new InputTooLargeError("bytes", size, limits.maxBytes);
    const source = fileSource(file, handle, size);
    if (sniff(await source.read(0, 8)) !== "zip") {
      return await readTable(new Uint8Array(await readFile(file)), { ...options, fileName });
    }
    const table = await readXlsx(source, {
      sheet: options.sheet,
      fileName,
      limits,
      inflate: options.inflate ?? zlibInflate,
    });
    return checkRowCount(table, limits);
  } finally {
    await handle.close();
  }
}

/** The built worker beside this module; none when running from sources or as CommonJS. */
function rowsWorkerUrl(): URL | undefined {
  const here: string | undefined = import.meta.url;
  if (!here?.startsWith("file:")) return undefined;
  const url = new URL("./rows-worker.js", here);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export interface ParseOrdersFileOptions extends ParseOrdersOptions {
  /**
   * Read an xlsx in a worker thread while this thread parses its rows (off by default). Measured
   * on the 2-core machines here with the 100k-row yardstick file, it is no faster than reading
   * the whole table first (1.7-2.1 s either way) and peaks about 80 MiB higher: this thread waits
   * for the worker's start and shared strings, and the worker spends what the overlap saves on
   * sending the rows. For machines with more cores to measure; see the package README.
   */
  worker?: boolean;
  /** Told how the file was read: parsed as a worker thread read it, parsed as this thread read it, or read whole first. For tests and benchmarks. */
  onRead?: (how: "worker" | "stream" | "whole") => void;
}

/**
 * Orders of an export file, in Node: `parseOrders(await readTableFromFile(file))`, an xlsx parsed
 * row by row as it is read (so rows `keepRowsOf` drops never pile up). With
 * `worker: true` an xlsx is read in a worker thread that sends its rows as they are read, while
 * this thread reads each into its order; the result is exactly the same (the whole read runs for
 * other formats and whenever the worker cannot finish: a damaged file then gives that path's error).
 */
export async function parseOrdersFile(
  file: string,
  options: ParseOrdersFileOptions = {},
): Promise<OrdersResult> {
  const fileName = options.fileName ?? path.basename(file);
  const { worker: _, onRead, ...parseOptions } = options;
  const streamed = options.worker
    ? await parseInWorker(file, { ...options, fileName })
    : await parseAsRead(file, { ...parseOptions, fileName });
  onRead?.(streamed ? (options.worker ? "worker" : "stream") : "whole");
  if (streamed) return streamed;
  const table = await readTableFromFile(file, { fileName, sheet: options.sheet, limits: options.limits });
  return parseOrders(table, { ...parseOptions, fileName });
}

/**
 * An xlsx parsed on this thread as its rows are read (`streamXlsx` into `OrdersStream`): the same
 * work as reading the whole table first, but rows `keepRowsOf` lets go are garbage at once. Any
 * failure is left to the whole read, which gives the error in its usual order.
 */
async function parseAsRead(
  file: string,
  options: ParseOrdersOptions & { fileName: string },
): Promise<OrdersResult | undefined> {
  const limits = resolveLimits(options.limits);
  if (!(await isXlsxWithin(file, limits.maxBytes))) return undefined;
  const opened = await openFileSource(file).catch(() => undefined);
  if (!opened) return undefined;
  const stream = new OrdersStream(options);
  try {
    const readOptions = { sheet: options.sheet, fileName: options.fileName, limits, inflate: zlibInflate };
    return (await streamXlsx(opened.source, readOptions, stream)) ? stream.finish() : undefined;
  } catch {
    return undefined;
  } finally {
    await opened.close();
  }
}

async function isXlsxWithin(file: string, maxBytes: number): Promise<boolean> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return false;
  try {
    const { size } = await handle.stat();
    if (size === 0 || size > maxBytes) return false;
    return sniff(await fileSource(file, handle, size).read(0, 8)) === "zip";
  } finally {
    await handle.close();
  }
}

async function parseInWorker(
  file: string,
  options: ParseOrdersFileOptions & { fileName: string },
): Promise<OrdersResult | undefined> {
  const url = rowsWorkerUrl();
  const { worker: _, onRead: __, ...parseOptions } = options;
  if (!url || !(await isXlsxWithin(file, resolveLimits(options.limits).maxBytes))) return undefined;
  const data: RowsWorkerData = {
    file,
    fileName: options.fileName,
    sheet: options.sheet,
    limits: options.limits,
  };
  const worker = new Worker(url, { workerData: data });
  const stream = new OrdersStream(parseOptions);
  const decoder = new RowDecoder();
  try {
    return await new Promise<OrdersResult | undefined>((resolve) => {
      worker.on("message", (message: RowsWorkerMessage) => {
        try {
          if (message.kind === "sheet") stream.sheet(message.sheetName, message.sheets);
          else if (message.kind === "rows") stream.rows(decoder.decode(message.batch));
          else if (message.kind === "end" && message.ordered) {
            const result = stream.finish();
            checkRowCount(result.table, resolveLimits(options.limits));
            resolve(result);
          } else resolve(undefined);
        } catch {
          // The export is read again on this thread, which gives its error in the usual order.
          resolve(undefined);
        }
      });
      worker.once("error", () => resolve(undefined));
      worker.once("exit", () => resolve(undefined));
    });
  } finally {
    await worker.terminate();
  }
}
