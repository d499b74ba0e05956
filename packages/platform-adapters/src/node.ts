import { open, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { InputTooLargeError } from "./errors/input-too-large";
import { InvalidProfileError } from "./errors/invalid-profile";
import { NotSpreadsheetError } from "./errors/not-spreadsheet";
import { resolveLimits } from "./limits";
import { type OrdersResult, OrdersStream, type ParseOrdersOptions, parseOrders } from "./orders/parse-orders";
import { checkMappingProfile, type OperatorProfile } from "./profiles/schema";
import { fileSource, openFileSource } from "./read/file-source";
import { checkRowCount, type ReadTableOptions, readTable } from "./read/index";
import { sniff } from "./read/sniff";
import { readXlsx, streamXlsx } from "./read/xlsx/index";
import { zlibCrc32, zlibInflate } from "./read/xlsx/inflate-node";
import type { Table } from "./table";

export { zlibCrc32, zlibInflate } from "./read/xlsx/inflate-node";

/**
 * Every `*.json` of a folder as a mapping profile (an operator's, for `--profiles DIR`), in file
 * name order. The first that does not validate throws `InvalidProfileError` naming its file and
 * the fields; so does a folder that cannot be read or holds no profile.
 */
export async function readProfilesDir(dir: string): Promise<OperatorProfile[]> {
  const names = await readdir(dir).catch(() => {
    throw new InvalidProfileError([{ code: "unreadable" }], dir);
  });
  const files = names.filter((name) => name.toLowerCase().endsWith(".json")).sort();
  if (files.length === 0) throw new InvalidProfileError([{ code: "no-profiles" }], dir);
  const profiles: OperatorProfile[] = [];
  for (const name of files) {
    const text = await readFile(path.join(dir, name), "utf8").catch(() => {
      throw new InvalidProfileError([{ code: "unreadable" }], name);
    });
    // A BOM, as Windows Notepad writes one, is no JSON.
    const check = checkMappingProfile(text.replace(/^\uFEFF/, ""));
    if (!check.ok) throw new InvalidProfileError(check.problems, name);
    profiles.push(check.profile);
  }
  return profiles;
}

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
      crc32: options.crc32 ?? zlibCrc32,
    });
    return checkRowCount(table, limits);
  } finally {
    await handle.close();
  }
}

export interface ParseOrdersFileOptions extends ParseOrdersOptions {
  /** Told how the file was read: parsed as it was read, or read whole first. For tests and benchmarks. */
  onRead?: (how: "stream" | "whole") => void;
}

/**
 * Orders of an export file, in Node: exactly `parseOrders(await readTableFromFile(file))`, but an
 * xlsx is parsed row by row as it is read, so the rows `keepRowsOf` drops never pile up. Other
 * formats, and an xlsx the streaming read cannot finish, are read whole (a damaged file then gives
 * that path's error, in its usual order).
 */
export async function parseOrdersFile(
  file: string,
  options: ParseOrdersFileOptions = {},
): Promise<OrdersResult> {
  const fileName = options.fileName ?? path.basename(file);
  const { onRead, ...parseOptions } = options;
  const streamed = await parseAsRead(file, { ...parseOptions, fileName });
  onRead?.(streamed ? "stream" : "whole");
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
  const opened = await openFileSource(file).catch(() => undefined);
  if (!opened) return undefined;
  const stream = new OrdersStream(options);
  try {
    const { source } = opened;
    if (source.size === 0 || source.size > limits.maxBytes) return undefined;
    if (sniff(await source.read(0, 8)) !== "zip") return undefined;
    const readOptions = {
      sheet: options.sheet,
      fileName: options.fileName,
      limits,
      inflate: zlibInflate,
      crc32: zlibCrc32,
    };
    return (await streamXlsx(opened.source, readOptions, stream)) ? stream.finish() : undefined;
  } catch {
    return undefined;
  } finally {
    await opened.close();
  }
}
