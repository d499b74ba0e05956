import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type CraftCell,
  type CraftWorkbook,
  craftXlsx,
  SharedStrings,
  sheetOfRows,
  worksheetXml,
} from "./craft";
import type { CorpusFile } from "./exceljs-files";
import { rewritten, WRONG_REASON_REWRITES } from "./variants";
import { XML_FORMS, xmlFormWorkbook } from "./xml-forms";
import type { CraftEntry } from "./zip";

/**
 * Issue 29's files for the differential corpus: the example export in each layout that was
 * refused for the wrong reason (and as Python's zipfile writes Zip64), and small workbooks of
 * the issue's other bullets that openpyxl reads as Excel shows them, and the unusual XML forms
 * of "XML as XML" (xml-forms.ts).
 */

const wall = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, mo - 1, d, h, mi));

const ORDERS: CraftCell[][] = [
  ["订单号", "下单时间", "收货人", "代收金额"],
  ["GW20261125001", wall(2026, 11, 25, 9, 30), "张三", 138.5],
  ["GW20261125002", wall(2026, 11, 25, 14, 5), "李四", 1839.2],
];

/** A workbook part changed after crafting: the workbook's `extLst`, a styles part of its own. */
const changed =
  (name: string, change: (xml: string) => string) =>
  (entries: CraftEntry[]): CraftEntry[] =>
    entries.map((entry) => (entry.name === name ? { ...entry, data: change(entry.data as string) } : entry));

const EXT_X15 =
  '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>';

const ELAPSED_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="[h]:mm"/><numFmt numFmtId="165" formatCode="[s]"/><numFmt numFmtId="166" formatCode="[mm]:ss"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';

const CHART_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>';

function ordersWorkbook(
  more: Omit<CraftWorkbook, "sheets" | "sharedStrings">,
  sheets?: CraftWorkbook["sheets"],
) {
  const strings = new SharedStrings();
  const orders = { name: "订单信息", xml: sheetOfRows(ORDERS, strings) };
  return craftXlsx({ sheets: sheets ?? [orders], sharedStrings: strings, styles: true, ...more });
}

function crafted(): { name: string; bytes: Uint8Array }[] {
  const strings = new SharedStrings();
  return [
    {
      name: "chart-sheet-first",
      bytes: craftXlsx({
        sheets: [
          { name: "图表1", xml: CHART_SHEET, part: "xl/chartsheets/sheet1.xml", type: "chartsheet" },
          { name: "订单信息", xml: sheetOfRows(ORDERS, strings) },
        ],
        sharedStrings: strings,
        styles: true,
        // Its drawing's relationships, empty here (openpyxl needs the part; the chart itself is beside the point).
        order: (entries) => [
          ...entries,
          {
            name: "xl/chartsheets/_rels/sheet1.xml.rels",
            data: '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
          },
        ],
      }),
    },
    {
      name: "1904-with-x15-extlst",
      bytes: ordersWorkbook({
        date1904: true,
        order: changed("xl/workbook.xml", (xml) => xml.replace("</workbook>", `${EXT_X15}</workbook>`)),
      }),
    },
    {
      name: "elapsed-formats",
      bytes: craftXlsx({
        sheets: [
          {
            name: "时长",
            xml: worksheetXml(
              '<row r="1"><c r="A1" t="inlineStr"><is><t>处理时长</t></is></c></row>' +
                '<row r="2"><c r="A2" s="1"><v>1.5</v></c><c r="B2" s="2"><v>0.0006944444444444445</v></c><c r="C2" s="3"><v>0.125</v></c><c r="D2" s="1"><v>30</v></c></row>',
            ),
          },
        ],
        styles: true,
        order: changed("xl/styles.xml", () => ELAPSED_STYLES),
      }),
    },
  ];
}

/** The example export rewritten by Python's zipfile with `force_zip64` (Zip64 extra fields in the local headers). */
function pythonZip64(bytes: Uint8Array, python: string): Uint8Array {
  const dir = mkdtempSync(path.join(os.tmpdir(), "python-zip64-"));
  try {
    const [from, to] = [path.join(dir, "in.xlsx"), path.join(dir, "out.xlsx")];
    writeFileSync(from, bytes);
    execFileSync(python, [
      "-c",
      `import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zout:
    for info in zin.infolist():
        target = zipfile.ZipInfo(info.filename, info.date_time)
        target.compress_type = zipfile.ZIP_DEFLATED
        with zout.open(target, "w", force_zip64=True) as out:
            out.write(zin.read(info))`,
      from,
      to,
    ]);
    return new Uint8Array(readFileSync(to));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function issue29Corpus(example: Uint8Array, python: string): CorpusFile[] {
  return [
    ...WRONG_REASON_REWRITES.map(({ name, rewrite }) => ({
      name: `example-${name}`,
      bytes: rewritten(example, rewrite),
    })),
    { name: "example-python-force-zip64", bytes: pythonZip64(example, python) },
    ...crafted(),
    // `$L$4` refs are left out: openpyxl raises KeyError on them (and LibreOffice drops the cells).
    ...XML_FORMS.filter((form) => form.name !== "xml-absolute-refs").map((form) => ({
      name: form.name,
      bytes: xmlFormWorkbook(form),
    })),
  ].map((file) => ({ ...file, exceljsFaithful: false }));
}
