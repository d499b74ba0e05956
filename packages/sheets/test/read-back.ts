import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";

const TYPES: Record<number, string> = {
  [ExcelJS.ValueType.Null]: "Null",
  [ExcelJS.ValueType.Number]: "Number",
  [ExcelJS.ValueType.String]: "String",
  [ExcelJS.ValueType.Date]: "Date",
  [ExcelJS.ValueType.Formula]: "Formula",
  [ExcelJS.ValueType.SharedString]: "SharedString",
  [ExcelJS.ValueType.RichText]: "RichText",
  [ExcelJS.ValueType.Boolean]: "Boolean",
  [ExcelJS.ValueType.Error]: "Error",
};

/** Every cell as exceljs reads it: type, value, number format, bold; with the sheet's layout. */
export async function exceljsView(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: { value: unknown; type: string; numFmt: string | null; bold: boolean }[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: (typeof rows)[number] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = row.getCell(c);
        cells.push({
          value: cell.value,
          type: TYPES[cell.type] ?? String(cell.type),
          numFmt: cell.numFmt ?? null,
          bold: cell.font?.bold === true,
        });
      }
      rows.push(cells);
    }
    return {
      name: sheet.name,
      rows,
      widths: (sheet.columns ?? []).map((column) => column.width ?? null),
      views: sheet.views,
      autoFilter: sheet.autoFilter ?? null,
    };
  });
}

const OPENPYXL_DUMP = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def value(v):
    if isinstance(v, datetime.datetime): return ["date", v.isoformat()]
    return [type(v).__name__, v]
out = []
for ws in wb.worksheets:
    rows = [[value(c.value) + [c.number_format, bool(c.font.b)] for c in row] for row in ws.iter_rows()]
    widths = {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth}
    out.append({"name": ws.title, "rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "widths": widths})
print(json.dumps(out, ensure_ascii=False))
`;

export interface OpenpyxlSheet {
  name: string;
  /** Per cell: [python type, value, number format, bold]. */
  rows: [string, unknown, string, boolean][][];
  freeze: string | null;
  filter: string | null;
  widths: Record<string, number>;
}

/** Every cell as openpyxl (Debian's python3-openpyxl) reads the file. */
export function openpyxlView(file: string): OpenpyxlSheet[] {
  const result = spawnSync("/usr/bin/python3", ["-c", OPENPYXL_DUMP, file], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`openpyxl could not read ${file}: ${result.stderr}${result.error ?? ""}`);
  return JSON.parse(result.stdout);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the writer escapes
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * The text as openpyxl shows it: it leaves OOXML's `_xHHHH_` escapes of control characters as they
 * are (Excel and exceljs decode them), and decodes only `_x005F_`.
 */
export const asOpenpyxlShows = (text: string): string =>
  text.replace(CONTROL, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
