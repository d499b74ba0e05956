import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib, { createInflateRaw } from "node:zlib";
import { type Crc32, jsCrc32 } from "./crc32";
import type { Inflate } from "./inflate";

/** Node's native zlib, streaming: the Node entry and the CLI read through this. */
export const zlibInflate: Inflate = async function* (compressed) {
  const inflater = createInflateRaw({ chunkSize: 256 * 1024 });
  const feeding = pipeline(Readable.from(compressed, { objectMode: false }), inflater).catch(() => undefined);
  try {
    for await (const chunk of inflater) yield chunk as Uint8Array;
  } finally {
    inflater.destroy();
    await feeding;
  }
};

/**
 * zlib's native CRC-32 (Node 20.15 and later): about eight times the JavaScript one, which a
 * Node older than that still gets.
 */
export const zlibCrc32: Crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : jsCrc32;
