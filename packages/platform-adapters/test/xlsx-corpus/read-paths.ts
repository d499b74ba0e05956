import { readFileSync } from "node:fs";
import path from "node:path";
import { fflateInflate, type Inflate, type jsCrc32, webInflate } from "../../src/index";
import { zlibCrc32, zlibInflate } from "../../src/node";

/** The three ways the reader inflates a part (the CLI's, the browser's, the fallback): each must read alike. */
export const INFLATE_PATHS: readonly { description: string; inflate: Inflate; crc32?: typeof jsCrc32 }[] = [
  { description: "Node zlib", inflate: zlibInflate, crc32: zlibCrc32 },
  { description: "DecompressionStream", inflate: webInflate },
  { description: "fflate", inflate: fflateInflate },
];

/** The bundled example export (fake people): the workbook most reader tests rewrite or damage. */
export const EXAMPLE_XLSX = new Uint8Array(
  readFileSync(path.resolve(import.meta.dirname, "../../../../examples/官网订单导出_示例.xlsx")),
);
