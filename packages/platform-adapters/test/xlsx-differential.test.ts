import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../src/index";
import { readTableFromFile } from "../src/node";
import { type CorpusFile, exceljsCorpus, mergedOrderExport } from "./xlsx-corpus/exceljs-files";
import { exampleCorpus, fakeExportCorpus, libreOfficeSources } from "./xlsx-corpus/fake-files";
import { convertWithLibreOffice } from "./xlsx-corpus/libreoffice";
import {
  exceljsSheets,
  expectedDefaultSheet,
  type NormSheet,
  normTable,
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
  corpus = [...fakeFiles, ...examples, ...exceljsFiles, ...issue29Files, ...libreOfficeFiles];
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
const ALL = [...FAKE, ...EXAMPLES, ...EXCELJS, ...ISSUE29, ...LIBREOFFICE];
/** Where exceljs drops a formula result of 0. */
const EXCELJS_DIFFERS = ["exceljs-formulas"];

it("finds every file of the corpus", () => {
  expect(FAKE).toHaveLength(16);
  expect(EXAMPLES).toHaveLength(2);
  expect(EXCELJS).toHaveLength(8);
  expect(libreOfficeFiles.map((file) => file.name)).toEqual(LIBREOFFICE);
  expect(corpus.map((file) => file.name)).toEqual(ALL);
  expect(ISSUE29).toHaveLength(1);
  expect(ALL).toHaveLength(33);
  expect(byOpenpyxl.size).toBe(33);
  expect(corpus.filter((file) => !file.exceljsFaithful).map((file) => file.name)).toEqual(EXCELJS_DIFFERS);
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
  it.each(ALL.filter((name) => !EXCELJS_DIFFERS.includes(name)))("%s", async (name) => {
    await expectSheetsRead(fileOf(name), byExceljs.get(name));
  });
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
