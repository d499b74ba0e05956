import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { formatErrorZh, isDamagedWorkbookError, jsCrc32, readTable } from "../../src/index";
import { parseOrdersFile, readTableFromFile } from "../../src/node";
import { zipDirectoryOf } from "../../src/read/xlsx/index";
import { bitsOf, dataStart, flipped, storedCopy } from "../xlsx-corpus/bit-flips";
import { normTable } from "../xlsx-corpus/oracles";
import { EXAMPLE_XLSX, INFLATE_PATHS } from "../xlsx-corpus/read-paths";

// Issue 29: raw deflate carries no checksum, so a flipped bit could inflate to other valid XML
// (11839.20 元 instead of 1839.20) and a changed digit in a stored entry was read as it stood.

const example = EXAMPLE_XLSX;

const PATHS = INFLATE_PATHS;

/** The data ranges of the sheet and shared strings: the parts whose bytes become cells. */
function cellParts(bytes: Uint8Array): [number, number][] {
  return zipDirectoryOf(bytes)
    .filter((entry) => /worksheets\/sheet1\.xml$|sharedStrings\.xml$/.test(entry.name))
    .map((entry) => {
      const start = dataStart(bytes, entry);
      return [start, start + entry.compressedSize];
    });
}

type Outcome = "exact" | "refused" | "other cells";

async function outcomeOf(
  bytes: Uint8Array,
  expected: unknown,
  options: (typeof PATHS)[number],
): Promise<Outcome> {
  try {
    const table = await readTable(bytes, { inflate: options.inflate, crc32: options.crc32 });
    return JSON.stringify(normTable(table)) === JSON.stringify(expected) ? "exact" : "other cells";
  } catch (error) {
    if (isDamagedWorkbookError(error) || (error as { code?: unknown }).code !== undefined) return "refused";
    throw error;
  }
}

describe("CRC-32: JavaScript and zlib agree", () => {
  it.each([
    { description: "empty", bytes: new Uint8Array(0) },
    { description: "one byte", bytes: new Uint8Array([0x61]) },
    { description: "the example workbook", bytes: example },
    { description: "an odd length", bytes: example.subarray(3, 1004) },
  ])("$description", ({ bytes }) => {
    expect(jsCrc32(bytes, 0)).toBe(crc32(bytes));
    // Continued over two pieces, as entries are checked chunk by chunk.
    const half = bytes.length >> 1;
    expect(jsCrc32(bytes.subarray(half), jsCrc32(bytes.subarray(0, half), 0))).toBe(crc32(bytes));
  });
});

describe("regression: no CRC-32 check (a flipped bit read as other numbers)", () => {
  const stored = storedCopy(example);

  it.each(PATHS)("reads the example and its stored copy exactly ($description)", async (options) => {
    const expected = normTable(await readTable(example));
    expect(expected.length).toBeGreaterThan(10);
    expect(await outcomeOf(example, expected, options)).toBe("exact");
    expect(await outcomeOf(stored, expected, options)).toBe("exact");
  });

  it("refuses one changed digit in a stored sheet, naming the checksum", async () => {
    const [start, end] = cellParts(stored)[0] as [number, number];
    const text = new TextDecoder().decode(stored.subarray(start, end));
    const digit = text.search(/<v>\d/) + 3;
    const changed = stored.slice();
    changed[start + digit] = changed[start + digit] === 0x31 ? 0x32 : 0x31;
    const error = await readTable(changed, { fileName: "订单.xlsx" }).catch((e: unknown) => e);
    expect(isDamagedWorkbookError(error)).toBe(true);
    expect(error).toMatchObject({ code: "damaged-workbook", reason: "crc_mismatch" });
    expect(formatErrorZh(error as Error)).toContain("校验码(CRC-32)对不上");
  });

  it.each(PATHS)(
    "every single-bit flip of a deflated sheet or shared strings is refused or read exactly ($description)",
    async (options) => {
      const expected = normTable(await readTable(example));
      const counts: Record<Outcome, number> = { exact: 0, refused: 0, "other cells": 0 };
      for (const bit of bitsOf(29, options.description === "Node zlib" ? 300 : 100, cellParts(example))) {
        counts[await outcomeOf(flipped(example, bit), expected, options)]++;
      }
      expect(counts["other cells"]).toBe(0);
      // Most flips break the deflate stream or its checksum; a flip the data survives is rare.
      expect(counts.refused).toBeGreaterThan(counts.exact);
    },
  );

  it.each(PATHS)("every single-bit flip of a stored sheet is refused ($description)", async (options) => {
    const expected = normTable(await readTable(stored));
    const counts: Record<Outcome, number> = { exact: 0, refused: 0, "other cells": 0 };
    for (const bit of bitsOf(30, 100, cellParts(stored))) {
      counts[await outcomeOf(flipped(stored, bit), expected, options)]++;
    }
    expect(counts).toEqual({ exact: 0, refused: 100, "other cells": 0 });
  });
});

describe("regression: no CRC-32 check, in the Node file paths", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-checksum-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const stored = storedCopy(example);
  const [start, end] = cellParts(stored)[0] as [number, number];
  const digit = start + new TextDecoder().decode(stored.subarray(start, end)).search(/<v>\d/) + 3;
  const changed = stored.slice();
  changed[digit] = changed[digit] === 0x31 ? 0x32 : 0x31;
  const file = path.join(dir, "changed.xlsx");
  writeFileSync(file, changed);

  it("readTableFromFile refuses it", async () => {
    await expect(readTableFromFile(file)).rejects.toMatchObject({ reason: "crc_mismatch" });
  });

  it("parseOrdersFile drops what it parsed while streaming and refuses it", async () => {
    const how: string[] = [];
    await expect(parseOrdersFile(file, { onRead: (read) => how.push(read) })).rejects.toMatchObject({
      reason: "crc_mismatch",
    });
    // The streaming read failed at the entry's end: its orders were dropped for the whole read, which refused.
    expect(how).toEqual(["whole"]);
  });
});

describe("regression: an end record that under-counts the entries dropped the last ones", () => {
  it.each(PATHS)("reads every entry the directory holds ($description)", async (options) => {
    const expected = normTable(await readTable(example));
    const changed = example.slice();
    const view = new DataView(changed.buffer);
    const end = changed.byteLength - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    const count = view.getUint16(end + 10, true);
    view.setUint16(end + 8, count - 3, true);
    view.setUint16(end + 10, count - 3, true);
    expect(zipDirectoryOf(changed)).toHaveLength(count);
    expect(await outcomeOf(changed, expected, options)).toBe("exact");
  });
});
