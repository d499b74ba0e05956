import { createReadStream } from "node:fs";
import { type FileHandle, open, readFile } from "node:fs/promises";
import path from "node:path";
import { InputTooLargeError } from "./errors/input-too-large";
import { NotSpreadsheetError } from "./errors/not-spreadsheet";
import { resolveLimits } from "./limits";
import { checkRowCount, type ReadTableOptions, readTable } from "./read/index";
import { sniff } from "./read/sniff";
import { readXlsx, type ZipSource } from "./read/xlsx/index";
import { zlibInflate } from "./read/xlsx/inflate-node";
import type { Table } from "./table";

export { zlibInflate } from "./read/xlsx/inflate-node";

/** A file as a zip source: ranges read through one handle, entries streamed from their offsets. */
function fileSource(file: string, handle: FileHandle, size: number): ZipSource {
  return {
    size,
    async read(start, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - start)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, start);
      return buffer.subarray(0, bytesRead);
    },
    stream(start, length) {
      if (length === 0) return (async function* () {})();
      return createReadStream(file, { start, end: start + length - 1, highWaterMark: 256 * 1024 });
    },
  };
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
    });
    return checkRowCount(table, limits);
  } finally {
    await handle.close();
  }
}
