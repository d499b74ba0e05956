import { type CraftEntry, craftZip } from "./zip";

/** What a crafted cell holds; a Date is the wall clock the sheet shows. */
export type CraftCell = string | number | boolean | Date | null;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = `${REL}/worksheet`;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const escapeXml = (text: string): string =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("\r", "&#13;");

/** Column letters of a 1-based column number (1 -> A, 16384 -> XFD). */
export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The shared-strings table a sheet's `t="s"` cells point into. */
export class SharedStrings {
  readonly texts: string[] = [];
  private readonly seen = new Map<string, number>();

  index(text: string): number {
    let at = this.seen.get(text);
    if (at === undefined) {
      at = this.texts.length;
      this.texts.push(text);
      this.seen.set(text, at);
    }
    return at;
  }

  xml(): string {
    const items = this.texts
      .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
      .join("");
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.texts.length}" uniqueCount="${this.texts.length}">${items}</sst>`;
  }
}

/** Style ids of `STYLES_XML`'s cellXfs. */
export const STYLE = { general: 0, dateTime: 1, dateCustom: 2, dateShort: 3 } as const;

/** General, built-in 22 (m/d/yy h:mm), a custom 年月日 format, built-in 14: the date styles exports use. */
export const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm:ss"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** Excel's serial of a wall-clock Date (its UTC fields), in the 1900 or 1904 system. */
export function serialOf(date: Date, date1904 = false): number {
  return date.getTime() / 86_400_000 + (date1904 ? 24107 : 25569);
}

export function cellXml(ref: string, cell: CraftCell, strings: SharedStrings | "inline"): string {
  if (cell === null) return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell instanceof Date) return `<c r="${ref}" s="${STYLE.dateTime}"><v>${serialOf(cell)}</v></c>`;
  if (strings === "inline")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  return `<c r="${ref}" t="s"><v>${strings.index(cell)}</v></c>`;
}

export function rowXml(rowNumber: number, cells: CraftCell[], strings: SharedStrings | "inline"): string {
  const body = cells.map((cell, i) => cellXml(`${columnName(i + 1)}${rowNumber}`, cell, strings)).join("");
  return `<row r="${rowNumber}">${body}</row>`;
}

export const worksheetXml = (sheetData: string): string =>
  `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData></worksheet>`;

/** A worksheet part of rows from row 1, cells from column A. */
export function sheetOfRows(rows: CraftCell[][], strings: SharedStrings | "inline"): string {
  return worksheetXml(rows.map((cells, i) => rowXml(i + 1, cells, strings)).join(""));
}

export interface CraftSheet {
  name: string;
  /** The worksheet part's XML. */
  xml: string;
  /** The part's path in the zip; by default `xl/worksheets/sheetN.xml` by tab position. */
  part?: string;
  /** The relationship target as written in the workbook's rels; by default relative to the workbook. */
  target?: string;
  state?: "hidden" | "veryHidden";
  sheetId?: number;
  /** A chart sheet ("Move Chart → New sheet") holds no cells; `xml` is then its chartsheet part. */
  type?: "worksheet" | "chartsheet";
}

export interface CraftWorkbook {
  sheets: CraftSheet[];
  /** By default `xl/workbook.xml`, found through `_rels/.rels` either way. */
  workbookPath?: string;
  /** A table, raw XML, or none (no part, no relationship). */
  sharedStrings?: SharedStrings | string;
  styles?: boolean;
  date1904?: boolean;
  /** Reorders (or repeats) the zip entries; the default is the order Excel writes. */
  order?: (entries: CraftEntry[]) => CraftEntry[];
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);
const relsOf = (part: string): string => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
const relative = (from: string, to: string): string =>
  to.startsWith(dirOf(from)) ? to.slice(dirOf(from).length) : `/${to}`;

/** A workbook built part by part, to hold exactly what a regression needs (tab order, paths, states). */
export function craftXlsx(spec: CraftWorkbook): Uint8Array {
  const workbookPath = spec.workbookPath ?? "xl/workbook.xml";
  const base = dirOf(workbookPath);
  const sheets = spec.sheets.map((sheet, i) => {
    const part = sheet.part ?? `${base}worksheets/sheet${i + 1}.xml`;
    return { ...sheet, part, target: sheet.target ?? relative(workbookPath, part), rid: `rId${i + 1}` };
  });
  const sheetList = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${sheet.sheetId ?? i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="${sheet.rid}"/>`,
    )
    .join("");
  const workbookXml = `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets>${sheetList}</sheets></workbook>`;
  const rels = sheets.map(
    (sheet) =>
      `<Relationship Id="${sheet.rid}" Type="${sheet.type === "chartsheet" ? `${REL}/chartsheet` : SHEET_TYPE}" Target="${sheet.target}"/>`,
  );
  const parts: CraftEntry[] = sheets.map((sheet) => ({ name: sheet.part, data: sheet.xml }));
  const overrides = sheets.map(
    (sheet) =>
      `<Override PartName="/${sheet.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${sheet.type ?? "worksheet"}+xml"/>`,
  );
  if (spec.sharedStrings !== undefined) {
    const xml = typeof spec.sharedStrings === "string" ? spec.sharedStrings : spec.sharedStrings.xml();
    parts.push({ name: `${base}sharedStrings.xml`, data: xml });
    rels.push(`<Relationship Id="rIdSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(
      `<Override PartName="/${base}sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
  }
  if (spec.styles) {
    parts.push({ name: `${base}styles.xml`, data: STYLES_XML });
    rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
    overrides.push(
      `<Override PartName="/${base}styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
  }
  const contentTypes = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${workbookPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`;
  const entries: CraftEntry[] = [
    { name: "[Content_Types].xml", data: contentTypes },
    {
      name: "_rels/.rels",
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${workbookPath}"/></Relationships>`,
    },
    { name: workbookPath, data: workbookXml },
    {
      name: relsOf(workbookPath),
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`,
    },
    ...parts,
  ];
  return craftZip(spec.order ? spec.order(entries) : entries);
}
