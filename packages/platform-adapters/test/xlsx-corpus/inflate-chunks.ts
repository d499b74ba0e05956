import { inflateRawSync } from "node:zlib";
import type { Inflate } from "../../src/index";

/** Node's inflate, handing the reader the entry in chunks of `size` bytes: every boundary falls somewhere else. */
export const inflateInChunksOf = (size: number): Inflate =>
  async function* (compressed) {
    const parts: Uint8Array[] = [];
    for await (const part of compressed) parts.push(part);
    const whole = inflateRawSync(Buffer.concat(parts));
    for (let at = 0; at < whole.length; at += size) yield new Uint8Array(whole.subarray(at, at + size));
  };
