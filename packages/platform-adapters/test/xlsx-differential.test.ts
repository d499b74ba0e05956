import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fflateInflate, type ReadTableOptions, readTable, webInflate } from "../src/index";
import { readTableFromFile, zlibCrc32, zlibInflate } from "../src/node";
import { type CorpusFile, exceljsCorpus, mergedOrderExport } from "./xlsx-corpus/exceljs-files";
import { exampleCorpus, fakeExportCorpus, libreOfficeSources } from "./xlsx-corpus/fake-files";
import { issue29Corpus } from "./xlsx-corpus/issue29-files";
import { convertWithLibreOffice } from "./xlsx-corpus/libreoffice";
import {
  exceljsSheets,
  expectedDefaultSheet,
  type NormSheet,
  normTable,
  openpyxlPython,
  openpyxlSheets,
} from "./xlsx-corpus/oracles";

// Proof that the reader reads what each file holds: every xlsx the project can produce or
// obtain, read by `readTable` and by `readTableFromFile`, against two independent readers.
// The cell normalisation is documented on `NormCell` (xlsx-corpus/oracles.ts).

const exceljsFiles = await exceljsCorpus();
/** Issue 29's files: an ERP export with order-level cells merged over its lines. */
const issue29Files: CorpusFile[] = [
  { name: "exceljs-merged-orders", bytes: (await mergedOrderExport()).bytes, exceljsFaithful: true },
];
const fakeFiles = await fakeExportCorpus();
const examples = exampleCorpus();
/**
 * Issue 29's other files: the example export as Zip64, behind a self-extracting prefix, in UTF-16
 * (refused for the wrong reason before), and a chart sheet first, a 1904 workbook with Excel
 * 2013's x15 extLst, elapsed formats, XML in unusual but valid forms (comments inside text,
 * quoted `>`, character references, `</c >`). Compared with openpyxl only: whether exceljs's zip library
 * reads these layouts is not the question.
 */
const wrongReasonFiles = issue29Corpus(
  (examples.find((file) => file.name === "example-官网订单导出_示例.xlsx") as CorpusFile).bytes,
  openpyxlPython(),
);

let libreOfficeFiles: CorpusFile[] = [];
let corpus: CorpusFile[] = [];
const pathOf = new Map<string, string>();
let byOpenpyxl = new Map<string, NormSheet[]>();
const byExceljs = new Map<string, NormSheet[]>();

let dir = "";
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-differential-"));
  const sources = [
    ...(await libreOfficeSources()),
    ...exceljsFiles
      .filter((file) => file.name === "exceljs-dates" || file.name === "exceljs-merged")
      .map((file) => ({ name: `${file.name}.xlsx`, bytes: file.bytes })),
    ...issue29Files.map((file) => ({ name: `${file.name}.xlsx`, bytes: file.bytes })),
  ];
  const converted = convertWithLibreOffice(sources, "xlsx");
  libreOfficeFiles = sources.map((source) => ({
    name: `libreoffice-from-${source.name}`,
    bytes: converted.get(source.name) as Uint8Array,
    // LibreOffice writes merged ranges with the covered cells present and empty; all three readers fill them.
    exceljsFaithful: true,
  }));
  corpus = [
    ...fakeFiles,
    ...examples,
    ...exceljsFiles,
    ...issue29Files,
    ...libreOfficeFiles,
    ...wrongReasonFiles,
  ];
  for (const [i, file] of corpus.entries()) {
    const at = path.join(dir, `${i}.xlsx`);
    writeFileSync(at, file.bytes);
    pathOf.set(file.name, at);
  }
  byOpenpyxl = openpyxlSheets(corpus);
  for (const file of corpus.filter((f) => f.exceljsFaithful))
    byExceljs.set(file.name, await exceljsSheets(file.bytes));
}, 120_000);

const fileOf = (name: string): CorpusFile => corpus.find((file) => file.name === name) as CorpusFile;

// The lists are fixed before the tests are collected; the LibreOffice files get their names now too.
const FAKE = fakeFiles.map((file) => file.name);
const EXCELJS = exceljsFiles.map((file) => file.name);
const EXAMPLES = examples.map((file) => file.name);
const ISSUE29 = issue29Files.map((file) => file.name);
const LIBREOFFICE = [
  "libreoffice-from-guanwang.csv",
  "libreoffice-from-wms.csv",
  "libreoffice-from-guanwang-traps.xlsx",
  "libreoffice-from-exceljs-dates.xlsx",
  "libreoffice-from-exceljs-merged.xlsx",
  "libreoffice-from-exceljs-merged-orders.xlsx",
];
const WRONG_REASON = wrongReasonFiles.map((file) => file.name);
const ALL = [...FAKE, ...EXAMPLES, ...EXCELJS, ...ISSUE29, ...LIBREOFFICE, ...WRONG_REASON];
/** Where exceljs drops a formula result of 0. */
const EXCELJS_DIFFERS = ["exceljs-formulas"];

it("finds every file of the corpus", () => {
  expect(FAKE).toHaveLength(16);
  expect(EXAMPLES).toHaveLength(2);
  expect(EXCELJS).toHaveLength(8);
  expect(libreOfficeFiles.map((file) => file.name)).toEqual(LIBREOFFICE);
  expect(corpus.map((file) => file.name)).toEqual(ALL);
  expect(ISSUE29).toHaveLength(1);
  expect(WRONG_REASON).toEqual([
    "example-zip64",
    "example-sfx-archive-offsets",
    "example-sfx-file-offsets",
    "example-sfx-zip64",
    "example-utf-16le-bom",
    "example-utf-16be-bom",
    "example-utf-16le-declared",
    "example-python-force-zip64",
    "chart-sheet-first",
    "1904-with-x15-extlst",
    "elapsed-formats",
    "xml-comments-and-pis",
    "xml-quoted-attributes",
    "xml-character-references",
    "xml-end-tag-spaces",
    "xml-workbook-parts",
  ]);
  expect(ALL).toHaveLength(49);
  expect(byOpenpyxl.size).toBe(49);
  expect(corpus.filter((file) => !file.exceljsFaithful).map((file) => file.name)).toEqual([
    ...EXCELJS_DIFFERS,
    ...WRONG_REASON,
  ]);
});

async function expectSheetsRead(file: CorpusFile, truth: NormSheet[] | undefined): Promise<void> {
  expect(truth?.length).toBeGreaterThan(0);
  for (const sheet of truth ?? []) {
    const table = await readTable(file.bytes, { sheet: sheet.name });
    expect({ sheet: table.sheetName, rows: normTable(table) }).toEqual({
      sheet: sheet.name,
      rows: sheet.rows,
    });
  }
}

describe("every sheet's cells are what openpyxl reads (the file's own values, cached formula results)", () => {
  it.each(ALL)("%s", async (name) => {
    await expectSheetsRead(fileOf(name), byOpenpyxl.get(name));
  });
});

describe("every sheet's cells are what exceljs's whole-workbook reader reads, where it reads the file right", () => {
  it.each(ALL.filter((name) => !EXCELJS_DIFFERS.includes(name) && !WRONG_REASON.includes(name)))(
    "%s",
    async (name) => {
      await expectSheetsRead(fileOf(name), byExceljs.get(name));
    },
  );
});

describe("the sheets are listed in tab order, and the first visible one with data is chosen", () => {
  it.each(ALL)("%s", async (name) => {
    const truth = byOpenpyxl.get(name) as NormSheet[];
    const table = await readTable(fileOf(name).bytes);
    expect(table.sheets).toEqual(truth.map((sheet) => sheet.name));
    expect(table.sheetName).toBe(expectedDefaultSheet(truth));
  });
});

describe("the file read in Node gives the table the bytes give in the browser, for the default and every sheet", () => {
  it.each(ALL)("%s", async (name) => {
    const file = fileOf(name);
    const at = pathOf.get(name) as string;
    const wanted = [undefined, ...(byOpenpyxl.get(name) as NormSheet[]).map((sheet) => sheet.name)];
    for (const sheet of wanted) {
      const [fromBytes, fromFile] = [
        await readTable(file.bytes, { sheet }),
        await readTableFromFile(at, { sheet }),
      ];
      expect({ sheet: fromFile.sheetName, sheets: fromFile.sheets, rows: fromFile.rows }).toEqual({
        sheet: fromBytes.sheetName,
        sheets: fromBytes.sheets,
        rows: fromBytes.rows,
      });
    }
  });
});

type Inflate = NonNullable<ReadTableOptions["inflate"]>;
/** Compared with Node's zlib (and its native CRC-32), which `readTableFromFile` uses. */
const READ_PATHS: { description: string; inflate: Inflate }[] = [
  { description: "DecompressionStream", inflate: webInflate },
  { description: "fflate", inflate: fflateInflate },
];

describe("the three read paths (Node zlib, DecompressionStream, fflate) give one table, for the default and every sheet", () => {
  it.each(ALL)("%s", async (name) => {
    const file = fileOf(name);
    const wanted = [undefined, ...(byOpenpyxl.get(name) as NormSheet[]).map((sheet) => sheet.name)];
    for (const sheet of wanted) {
      const byZlib = await readTable(file.bytes, { sheet, inflate: zlibInflate, crc32: zlibCrc32 });
      for (const { description, inflate } of READ_PATHS) {
        const table = await readTable(file.bytes, { sheet, inflate });
        expect({ path: description, sheet: table.sheetName, sheets: table.sheets, rows: table.rows }).toEqual(
          {
            path: description,
            sheet: byZlib.sheetName,
            sheets: byZlib.sheets,
            rows: byZlib.rows,
          },
        );
      }
    }
  });
});
