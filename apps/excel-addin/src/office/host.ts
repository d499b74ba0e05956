import { EXPORT_SHEET_NAMES_ZH } from "@syt/orders-model";
import type { Sheet } from "@syt/sheets";
import { bytesToBase64 } from "./base64";
import {
  clearPasteSheets,
  type ExcelRunner,
  listSheets,
  preparePasteSheets,
  readSheetValues,
  selectRow,
  writeNewSheet,
} from "./excel";
import { readSelection, type SelectedRows } from "./selection";

// The same names the report uses for the two inputs, so its findings and the tabs read alike.
/** The paste sheets carry the names the report's findings use for the two exports. */
export const PASTE_SHEETS = EXPORT_SHEET_NAMES_ZH;
export type PasteSheet = keyof typeof PASTE_SHEETS;

/** What the taskpane can do in the workbook; the UI receives this and never touches `Excel`. */
export interface WorkbookAccess {
  prepare: () => ReturnType<typeof preparePasteSheets>;
  /** Empties the two paste sheets (after the operator confirmed how many rows go). */
  clearPaste: () => ReturnType<typeof clearPasteSheets>;
  read: (sheet: PasteSheet, options: Parameters<typeof readSheetValues>[2]) => Promise<unknown[][]>;
  selectRow: (sheet: PasteSheet, row: number) => Promise<void>;
  writeSheet: (sheet: Sheet, options?: { activate?: boolean }) => Promise<string>;
  /** Excel on Mac cannot download: the report opens as a new (unnamed) workbook instead. */
  canDownload: boolean;
  openAsWorkbook?: (bytes: Uint8Array) => Promise<void>;
  /** The selected rows and the top of their sheet (消息: 从选中行填入). */
  readSelection: () => Promise<SelectedRows | null>;
  /** 今日待办: every sheet by name, each pasted export read wherever the operator put it. */
  sheetNames: () => Promise<string[]>;
  readSheet: (sheetName: string, options: Parameters<typeof readSheetValues>[2]) => Promise<unknown[][]>;
  selectSheetRow: (sheetName: string, row: number) => Promise<void>;
  preparePaste: (sheetNames: string[]) => ReturnType<typeof preparePasteSheets>;
  /** `Office.context.ui.openBrowserWindow` where OpenBrowserWindowApi 1.1 is supported, else undefined (a normal link). */
  openBrowserWindow?: (url: string) => void;
}

export type HostInfo =
  | { kind: "excel"; workbook: WorkbookAccess }
  | { kind: "browser"; reason: "no-office-js" | "not-excel" };

export interface ExcelCapabilities {
  run: ExcelRunner;
  platform: string | undefined;
  isSetSupported: (name: string, version: string) => boolean;
  createWorkbook: (base64: string) => Promise<void>;
  openBrowserWindow?: (url: string) => void;
}

export function createWorkbookAccess(excel: ExcelCapabilities): WorkbookAccess {
  const canCreateWorkbook = excel.isSetSupported("ExcelApi", "1.8");
  return {
    prepare: () => preparePasteSheets(excel.run, [PASTE_SHEETS.orders, PASTE_SHEETS.wms]),
    clearPaste: () => clearPasteSheets(excel.run, [PASTE_SHEETS.orders, PASTE_SHEETS.wms]),
    read: (sheet, options) => readSheetValues(excel.run, PASTE_SHEETS[sheet], options),
    selectRow: (sheet, row) => selectRow(excel.run, PASTE_SHEETS[sheet], row),
    writeSheet: (sheet, options) =>
      writeNewSheet(excel.run, sheet, {
        suspendScreenUpdating: excel.isSetSupported("ExcelApi", "1.9"),
        freezePanes: excel.isSetSupported("ExcelApi", "1.7"),
        ...options,
      }),
    canDownload: excel.platform !== "Mac",
    openAsWorkbook: canCreateWorkbook ? (bytes) => excel.createWorkbook(bytesToBase64(bytes)) : undefined,
    readSelection: () => readSelection(excel.run),
    sheetNames: () => listSheets(excel.run),
    readSheet: (sheetName, options) => readSheetValues(excel.run, sheetName, options),
    selectSheetRow: (sheetName, row) => selectRow(excel.run, sheetName, row),
    preparePaste: (sheetNames) => preparePasteSheets(excel.run, sheetNames),
    openBrowserWindow: excel.openBrowserWindow,
  };
}

const OFFICE_READY_TIMEOUT_MS = 10_000;

/** Office.js comes from a script tag; when it failed to load (offline, WPS, plain browser) `Office` is missing. */
export async function detectHost(win: Window & typeof globalThis): Promise<HostInfo> {
  if (typeof win.Office === "undefined") return { kind: "browser", reason: "no-office-js" };
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const info = await Promise.race([win.Office.onReady(), timeout]);
  if (info?.host !== win.Office.HostType.Excel) return { kind: "browser", reason: "not-excel" };
  return {
    kind: "excel",
    workbook: createWorkbookAccess({
      run: (batch) => win.Excel.run(batch),
      platform: info.platform ? String(info.platform) : undefined,
      isSetSupported: (name, version) => win.Office.context.requirements.isSetSupported(name, version),
      createWorkbook: (base64) => win.Excel.createWorkbook(base64),
      openBrowserWindow: win.Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")
        ? (url) => win.Office.context.ui.openBrowserWindow(url)
        : undefined,
    }),
  };
}
