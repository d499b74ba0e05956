/**
 * Raw deflate, chunks in and chunks out. Injected so the main entry stays host-free: Node
 * passes zlib (`./inflate-node`), browsers get `DecompressionStream`, fflate elsewhere.
 */
export type Inflate = (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;

/** `DecompressionStream('deflate-raw')`: browsers, and Node 20 too (over its zlib). */
export const webInflate: Inflate = (compressed) => {
  const input = new ReadableStream<Uint8Array>({
    async start(controller) {
      for await (const chunk of compressed) controller.enqueue(chunk);
      controller.close();
    },
  });
  const output = input.pipeThrough(
    new DecompressionStream("deflate-raw") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return readAll(output);
};

async function* readAll(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopping early (a limit was hit) must not leave the stream inflating on its own.
    await reader.cancel().catch(() => undefined);
  }
}

/** fflate's streaming inflate, in plain JavaScript: where no native inflate exists. */
export const fflateInflate: Inflate = async function* (compressed) {
  // Loaded only where it is used: Node and browsers inflate natively.
  const { Inflate: FflateInflate } = await import("fflate");
  let out: Uint8Array[] = [];
  const inflater = new FflateInflate((chunk) => {
    out.push(chunk);
  });
  for await (const chunk of compressed) {
    inflater.push(chunk, false);
    if (out.length > 0) {
      yield* out;
      out = [];
    }
  }
  inflater.push(new Uint8Array(0), true);
  yield* out;
};

function supportsWebInflate(): boolean {
  try {
    new DecompressionStream("deflate-raw");
    return true;
  } catch {
    return false;
  }
}

/** The best inflate this host has without importing anything of Node's. */
export function defaultInflate(): Inflate {
  return typeof DecompressionStream === "function" && supportsWebInflate() ? webInflate : fflateInflate;
}
