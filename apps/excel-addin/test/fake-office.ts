import { readFileSync } from "node:fs";
import path from "node:path";

export interface FakeOfficeOptions {
  host: "Excel" | null;
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Highest version of each requirement set, e.g. { ExcelApi: "1.8" }. */
  sets?: Record<string, string>;
  /** A sync that loads more cells than this fails with ResponsePayloadSizeLimitExceeded. */
  maxCellsPerSync?: number;
  /** A values load of more cells than this comes back `null` without an error. */
  nullValuesAboveCells?: number;
  /** The workbook's add-in settings as last saved with it (a workbook opened again). */
  settings?: Record<string, unknown>;
}

export interface FakeExcelState {
  syncs: number;
  reads: { sheet: string; rowIndex: number; rowCount: number; columnCount: number }[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  createdWorkbooks: string[];
  screenUpdatingSuspensions: number;
  openedWindows: string[];
  settings: Record<string, unknown>;
  savedSettings: Record<string, unknown>;
}

export interface FakeExcel {
  state: FakeExcelState;
  paste: (sheetName: string, rows: unknown[][]) => void;
  sheetValues: (sheetName: string) => unknown[][] | null;
  formatAt: (sheetName: string, row: number, col: number) => string | null;
  sheetNames: () => string[];
  select: (sheetName: string, address: string) => void;
  layoutOf: (
    sheetName: string,
  ) => { boldRows: number[]; columnWidths: (number | null)[]; frozenRows: number } | null;
}

export interface FakeOfficeGlobals {
  Office: typeof Office;
  Excel: typeof Excel;
  __fakeExcel: FakeExcel;
}

const source = readFileSync(path.join(import.meta.dirname, "fake-office-script.js"), "utf8");

/** The fake installed on a fresh object, for unit tests in Node. */
export function loadFakeOffice(options: FakeOfficeOptions): FakeOfficeGlobals {
  const install = new Function(`${source}\nreturn installFakeOffice;`)() as (
    t: object,
    o: FakeOfficeOptions,
  ) => void;
  const target = {} as FakeOfficeGlobals;
  install(target, options);
  return target;
}

/** The script served to Chromium in place of office.js. */
export function fakeOfficeScript(options: FakeOfficeOptions): string {
  return `window.__fakeOfficeOptions = ${JSON.stringify(options)};\n${source}`;
}
