import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createInflateRaw } from "node:zlib";
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
