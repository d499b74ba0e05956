import { inflateRawSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hostDeflate } from "../src/deflate";

const TEXT = new TextEncoder().encode(
  `<row r="2"><c r="A2" t="s"><v>7</v></c></row>${"收货人 张三 13800000000 ".repeat(5000)}`,
);

describe("the xlsx writer's deflate where there is no zlib", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("uses the host's CompressionStream: zlib inflates what it wrote", async () => {
    const deflate = await hostDeflate();
    expect(new Uint8Array(inflateRawSync(await deflate(TEXT)))).toEqual(TEXT);
  });

  it.each([
    { host: "without CompressionStream", stub: undefined },
    {
      host: "whose CompressionStream knows no deflate-raw",
      stub: class {
        constructor(format: string) {
          if (format !== "gzip") throw new TypeError(`Unsupported compression format: '${format}'`);
        }
      },
    },
  ])("falls back to fflate on a host $host", async ({ stub }) => {
    vi.stubGlobal("CompressionStream", stub);
    const deflate = await hostDeflate();
    const compressed = await deflate(TEXT);
    expect(compressed.length).toBeLessThan(TEXT.length / 10);
    expect(new Uint8Array(inflateRawSync(compressed))).toEqual(TEXT);
  });
});
