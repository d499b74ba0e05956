import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fflateInflate, isAdapterError, type ReadTableOptions, readTable, webInflate } from "../src/index";
import { readTableFromFile, zlibCrc32, zlibInflate } from "../src/node";
import { bitsOf, entryRanges, flipped, storedCopy } from "./xlsx-corpus/bit-flips";
import { convertWithLibreOffice } from "./xlsx-corpus/libreoffice";
import { type NormRow, normTable, type PythonJudgement, pythonJudgements } from "./xlsx-corpus/oracles";

// Issue 29's property, judged beside Python: flip one bit in the data of a deflated or a stored
// entry of a real export; our reader (every read path) refuses the file with a coded error or
// reads exactly the original cells, never other cells; and where Python's zipfile cannot read a
// part our reader needs back (its checksum, its deflate stream), we refuse too. A part we never
// read (theme, docProps, [Content_Types].xml) may be damaged while the cells stay exact: openpyxl
// refuses such a file, we read it; those flips are counted apart. We may refuse where Python reads:
// a flip near a deflate stream's end that inflates to the entry's bytes and then more (Python
// stops at the declared size, we refuse the size as a mismatch).

const EXAMPLE = path.resolve(import.meta.dirname, "../../../examples/官网订单导出_示例.xlsx");

/** The parts our reader inflates to read the first sheet: a flip anywhere else cannot change a cell. */
const NEEDED =
  /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet1\.xml)$/;

/** Flips per base file: three bases, four read paths each, one openpyxl run for them all. */
const FLIPS = 300;

type ReadPath = { description: string; read: (bytes: Uint8Array, file: string) => Promise<unknown> };
const options = (inflate: ReadTableOptions["inflate"], crc32?: ReadTableOptions["crc32"]) => ({
  inflate,
  crc32,
});
const PATHS: ReadPath[] = [
  { description: "Node zlib", read: (bytes) => readTable(bytes, options(zlibInflate, zlibCrc32)) },
  { description: "DecompressionStream", read: (bytes) => readTable(bytes, options(webInflate)) },
  { description: "fflate", read: (bytes) => readTable(bytes, options(fflateInflate)) },
  { description: "readTableFromFile", read: (_bytes, file) => readTableFromFile(file) },
];

type Outcome = "exact" | "refused" | "other cells" | "uncoded error";

interface Mutant {
  base: string;
  entry: string;
  method: number;
  bit: number;
  bytes: Uint8Array;
  file: string;
}

const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-bit-flips-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const example = new Uint8Array(readFileSync(EXAMPLE));
const bases: { name: string; bytes: Uint8Array }[] = [
  { name: "example (deflated)", bytes: example },
  { name: "example (stored)", bytes: storedCopy(example) },
];
let mutants: Mutant[] = [];
let judgements: PythonJudgement[] = [];
const originals = new Map<string, NormRow[]>();

beforeAll(() => {
  const written = convertWithLibreOffice([{ name: "example.xlsx", bytes: example }], "xlsx");
  bases.push({ name: "LibreOffice (deflated)", bytes: written.get("example.xlsx") as Uint8Array });
  mutants = bases.flatMap((base, b) => {
    const ranges = entryRanges(base.bytes);
    return [
      ...bitsOf(
        29 + b,
        FLIPS,
        ranges.map(({ start, end }) => [start, end]),
      ),
    ].map((bit, i) => {
      const at = ranges.find(
        ({ start, end }) => bit >= start * 8 && bit < end * 8,
      ) as (typeof ranges)[number];
      const bytes = flipped(base.bytes, bit);
      const file = path.join(dir, `${b}-${i}.xlsx`);
      writeFileSync(file, bytes);
      return { base: base.name, entry: at.entry.name, method: at.entry.method, bit, bytes, file };
    });
  });
  judgements = pythonJudgements(mutants.map((mutant, i) => ({ name: String(i), bytes: mutant.bytes })));
}, 300_000);

async function outcomeOf(path: ReadPath, mutant: Mutant): Promise<Outcome> {
  try {
    const table = await path.read(mutant.bytes, mutant.file);
    const same = JSON.stringify(normTable(table as never)) === JSON.stringify(originals.get(mutant.base));
    return same ? "exact" : "other cells";
  } catch (error) {
    return isAdapterError(error) ? "refused" : "uncoded error";
  }
}

describe("single-bit flips of real exports, beside Python's zipfile and openpyxl", () => {
  it("reads each base file exactly as openpyxl does", async () => {
    const judged = pythonJudgements(bases);
    for (const [i, base] of bases.entries()) {
      const rows = normTable(await readTable(base.bytes));
      expect(rows.length).toBeGreaterThan(10);
      expect(judged[i]?.sheets?.[0]?.rows).toEqual(rows);
      originals.set(base.name, rows);
    }
  });

  it("refuses (coded) or reads the original cells; refuses wherever Python refuses a part it reads", async () => {
    expect(mutants).toHaveLength(bases.length * FLIPS);
    const tally = new Map<string, number>();
    const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
    const wrong: string[] = [];
    for (const [i, mutant] of mutants.entries()) {
      const outcomes = await Promise.all(PATHS.map((p) => outcomeOf(p, mutant)));
      const ours = outcomes[0] as Outcome;
      const python = judgements[i] as PythonJudgement;
      const pythonRefusesNeeded = python.badEntries.some((name) => NEEDED.test(name));
      const pythonRefuses = python.refused !== undefined || python.badEntries.length > 0;
      const where = `${mutant.base} ${mutant.entry} bit ${mutant.bit}: ${PATHS.map((p, k) => `${p.description} ${outcomes[k]}`).join(", ")}; Python ${python.refused ?? "reads"} [${python.badEntries.join(" ")}]`;
      if (outcomes.some((outcome) => outcome !== ours)) wrong.push(`paths disagree: ${where}`);
      if (ours === "other cells" || ours === "uncoded error") wrong.push(where);
      if (pythonRefusesNeeded && ours !== "refused") wrong.push(`Python refuses a needed part: ${where}`);
      count(
        `${mutant.method === 0 ? "stored" : "deflated"} ${NEEDED.test(mutant.entry) ? "needed" : "unread"} part: ours ${ours}, Python ${pythonRefuses ? "refuses" : "reads"}`,
      );
    }
    console.info(
      `bit flips vs Python (${mutants.length}):\n${[...tally]
        .sort()
        .map(([key, n]) => `  ${key}: ${n}`)
        .join("\n")}`,
    );
    expect(wrong).toEqual([]);
    // Both kinds of entries were flipped, in parts we read and in parts we pass over.
    expect([...tally.keys()].filter((key) => key.startsWith("stored needed")).length).toBeGreaterThan(0);
    expect([...tally.keys()].filter((key) => key.startsWith("deflated needed")).length).toBeGreaterThan(0);
  });
});
