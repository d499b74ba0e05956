import { describe, expect, it } from "vitest";
import { type Inflate, readTable } from "../../src/index";
import type { zlibCrc32 } from "../../src/node";
import { inflateInChunksOf } from "../xlsx-corpus/inflate-chunks";
import { normTable } from "../xlsx-corpus/oracles";
import { INFLATE_PATHS } from "../xlsx-corpus/read-paths";
import { XML_FORMS, xmlFormWorkbook } from "../xlsx-corpus/xml-forms";

// Issue 29, "XML as XML": valid XML in forms no exporter we know writes but any XML writer
// may, read exactly as openpyxl reads it (the differential test holds the same files).

const PATHS: { description: string; inflate: Inflate; crc32?: typeof zlibCrc32 }[] = [
  ...INFLATE_PATHS,
  // Every chunk boundary inside the forms: a comment or reference split across chunks.
  { description: "1-byte chunks", inflate: inflateInChunksOf(1) },
];

describe.each(XML_FORMS)("$description", (form) => {
  const bytes = xmlFormWorkbook(form);
  it.each(PATHS)("reads the exact cells through $description", async ({ inflate, crc32 }) => {
    const table = await readTable(bytes, { inflate, crc32 });
    expect(table.sheetName).toBe(form.sheetName ?? "订单信息");
    expect(normTable(table).map((row) => row.cells)).toEqual(form.cells);
  });
});
