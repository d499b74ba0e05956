import type { Deflate } from "./xlsx";

/**
 * Raw deflate for the xlsx writer where there is no zlib (the taskpane, in Excel or a plain
 * browser): the host's `CompressionStream('deflate-raw')` (every browser the taskpane supports,
 * and Node), else fflate, loaded only then.
 */
export async function hostDeflate(): Promise<Deflate> {
  if (supportsDeflateRaw()) return streamDeflate;
  const { deflateSync } = await import("fflate");
  return (bytes) => deflateSync(bytes, { level: 4 });
}

const streamDeflate: Deflate = async (bytes) => {
  const compressed = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
};

function supportsDeflateRaw(): boolean {
  if (typeof CompressionStream !== "function" || typeof Response !== "function") return false;
  try {
    // Older engines know only gzip and deflate, and say so by throwing.
    new CompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}
