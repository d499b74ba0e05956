import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import type { ZipSource } from "./xlsx/index";

/** A file as a zip source: ranges read through one handle, entries streamed from their offsets. */
export function fileSource(file: string, handle: FileHandle, size: number): ZipSource {
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

/** The file opened as a zip source, and how to close it. */
export async function openFileSource(
  file: string,
): Promise<{ source: ZipSource; close: () => Promise<void> }> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    return { source: fileSource(file, handle, size), close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
