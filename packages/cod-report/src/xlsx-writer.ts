import type { Cell } from "@syt/platform-adapters";

/**
 * A SpreadsheetML writer for exactly the report's two plain sheets: shared strings, number
 * formats, bold, column widths and styles, a frozen header and an autofilter. It offers the
 * part of exceljs's streaming API that `writeReportSheets` uses, so both write the same cells;
 * exceljs's writer costs about a second at 100k rows and a quarter second just to load.
 * Deflate is injected: the library stays host-free (Node passes zlib's asynchronous `deflateRaw`).
 */
export type Deflate = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
/** The CRC-32 of an entry's bytes; by default computed here, Node passes zlib's (ten times faster). */
export type Checksum = (bytes: Uint8Array) => number;

interface Column {
  width?: number;
  style?: { numFmt?: string };
}

interface SheetOptions {
  views?: { state: "frozen"; ySplit: number }[];
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0.00": 2, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;
/** Excel's day 0 is 1899-12-30: 25,569 days before 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 24 * 3600 * 1000;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot carry these (exceljs drops them too)
const XML_SPECIAL = /[<>&"\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const XML_ENTITIES: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" };

function xmlEscape(text: string): string {
  return text.replace(XML_SPECIAL, (char) => XML_ENTITIES[char] ?? "");
}

/** `1` -> `A`, `28` -> `AB`. */
function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Cell formats (number format, bold) numbered as `cellXfs` lists them; 0 is the default. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([["0|0", 0]]);

  id(numFmt: string | undefined, bold: boolean): number {
    const format = numFmt === undefined ? 0 : this.formatId(numFmt);
    const key = `${format}|${bold ? 1 : 0}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfs.size;
      this.xfs.set(key, id);
    }
    return id;
  }

  private formatId(numFmt: string): number {
    const builtin = BUILTIN_FORMATS[numFmt];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(numFmt);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(numFmt, id);
    }
    return id;
  }

  xml(): string {
    const formats = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`,
    );
    const font = (bold: boolean) =>
      `<font>${bold ? "<b/>" : ""}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    const xfs = [...this.xfs.keys()].map((key) => {
      const [format = "0", bold = "0"] = key.split("|");
      const applied = `${format !== "0" ? ' applyNumberFormat="1"' : ""}${bold === "1" ? ' applyFont="1"' : ""}`;
      return `<xf numFmtId="${format}" fontId="${bold}" fillId="0" borderId="0" xfId="0"${applied}/>`;
    });
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` : "") +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

class SharedStrings {
  private readonly index = new Map<string, number>();

  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  xml(): string {
    const items: string[] = [];
    for (const text of this.index.keys())
      items.push(`<si><t xml:space="preserve">${xmlEscape(text)}</t></si>`);
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
}

/** One row: its values, the formats set on single cells, and bold for the whole row. */
export class ReportRow {
  font: { bold?: boolean } | undefined;
  private readonly formats = new Map<number, string>();

  constructor(
    private readonly sheet: ReportWorksheet,
    readonly number: number,
    readonly values: readonly Cell[],
  ) {}

  getCell(column: number): { numFmt: string | undefined } {
    const formats = this.formats;
    return {
      get numFmt() {
        return formats.get(column);
      },
      set numFmt(format: string | undefined) {
        if (format === undefined) formats.delete(column);
        else formats.set(column, format);
      },
    };
  }

  /** The format a cell has: its own, or its column's (exceljs gives a new cell the column's style). */
  formatOf(column: number): string | undefined {
    return this.formats.get(column) ?? this.sheet.columnFormat(column);
  }

  commit(): void {
    this.sheet.writeRow(this);
  }
}

export class ReportWorksheet {
  autoFilter: { from: { row: number; column: number }; to: { row: number; column: number } } | undefined;
  private columnList: Column[] = [];
  private readonly parts: string[] = [];
  private rowCount = 0;

  constructor(
    readonly name: string,
    private readonly options: SheetOptions,
    private readonly styles: Styles,
    private readonly strings: SharedStrings,
  ) {}

  set columns(columns: Column[]) {
    this.columnList = columns;
  }

  columnFormat(column: number): string | undefined {
    return this.columnList[column - 1]?.style?.numFmt;
  }

  addRow(values: readonly Cell[]): ReportRow {
    this.rowCount++;
    return new ReportRow(this, this.rowCount, values);
  }

  writeRow(row: ReportRow): void {
    const bold = row.font?.bold === true;
    // A bold row is bold as a row too, as exceljs writes it: cells typed into it later are bold.
    const rowStyle = bold ? ` s="${this.styles.id(undefined, true)}" customFormat="1"` : "";
    const cells: string[] = [`<row r="${row.number}"${rowStyle}>`];
    // Empty cells of formatted columns are written too, with their style, as exceljs does.
    for (let i = 0; i < row.values.length; i++) {
      const column = i + 1;
      const value = row.values[i] ?? null;
      const format = row.formatOf(column);
      const style = format === undefined && !bold ? 0 : this.styles.id(format, bold);
      const ref = `${columnName(column)}${row.number}`;
      const s = style === 0 ? "" : ` s="${style}"`;
      if (value === null) {
        if (style !== 0) cells.push(`<c r="${ref}"${s}/>`);
      } else if (typeof value === "string") {
        cells.push(`<c r="${ref}"${s} t="s"><v>${this.strings.id(value)}</v></c>`);
      } else if (typeof value === "number") {
        cells.push(`<c r="${ref}"${s}><v>${value}</v></c>`);
      } else if (typeof value === "boolean") {
        cells.push(`<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`);
      } else {
        cells.push(`<c r="${ref}"${s}><v>${UNIX_EPOCH_SERIAL + value.getTime() / MS_PER_DAY}</v></c>`);
      }
    }
    cells.push("</row>");
    this.parts.push(cells.join(""));
  }

  xml(): string {
    const frozen = this.options.views?.find((view) => view.state === "frozen");
    const views = frozen
      ? `<sheetView workbookViewId="0"><pane ySplit="${frozen.ySplit}" topLeftCell="A${frozen.ySplit + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>`
      : "";
    // Neighbours alike share one `<col>` range, as exceljs and Excel write them.
    const cols: string[] = [];
    let rangeStart = 1;
    this.columnList.forEach((column, i) => {
      const format = column.style?.numFmt;
      const previous = this.columnList[i - 1];
      if (previous === undefined || previous.width !== column.width || previous.style?.numFmt !== format) {
        rangeStart = i + 1;
        cols.push("");
      }
      const style = format === undefined ? "" : ` style="${this.styles.id(format, false)}"`;
      const width = column.width === undefined ? "" : ` width="${column.width}" customWidth="1"`;
      cols[cols.length - 1] = `<col min="${rangeStart}" max="${i + 1}"${width}${style}/>`;
    });
    const filter = this.autoFilter
      ? `<autoFilter ref="${columnName(this.autoFilter.from.column)}${this.autoFilter.from.row}:${columnName(this.autoFilter.to.column)}${this.autoFilter.to.row}"/>`
      : "";
    return (
      `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      (views === "" ? "" : `<sheetViews>${views}</sheetViews>`) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "") +
      `<sheetData>${this.parts.join("")}</sheetData>${filter}` +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      "</worksheet>"
    );
  }
}

/** The workbook: sheets in order, then `bytes()` gives the zipped .xlsx. */
export class ReportWorkbook {
  private readonly styles = new Styles();
  private readonly strings = new SharedStrings();
  private readonly sheets: ReportWorksheet[] = [];

  addWorksheet(name: string, options: SheetOptions = {}): ReportWorksheet {
    const sheet = new ReportWorksheet(name, options, this.styles, this.strings);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The whole .xlsx in memory. */
  async bytes(deflate: Deflate, checksum: Checksum = crc32): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    await this.write(
      async (chunk) => {
        chunks.push(chunk);
      },
      deflate,
      checksum,
    );
    return concat(chunks);
  }

  /** The .xlsx in pieces, part after part, each handed to `sink` (a file) and awaited. */
  async write(
    sink: (chunk: Uint8Array) => Promise<void>,
    deflate: Deflate,
    checksum: Checksum = crc32,
  ): Promise<void> {
    const sheetParts = this.sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      text: sheet.xml(),
    }));
    const sheetList = this.sheets
      .map((sheet, i) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("");
    const n = this.sheets.length;
    const rels = this.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("");
    const parts = [
      {
        name: "[Content_Types].xml",
        text:
          `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          sheetParts
            .map(
              (part) =>
                `<Override PartName="/${part.name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join("") +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
          "</Types>",
      },
      {
        name: "_rels/.rels",
        text: `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      },
      {
        name: "xl/workbook.xml",
        text: `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets></workbook>`,
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        text:
          `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}` +
          `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      },
      ...sheetParts,
      // After the sheets: writing their rows is what fills the strings and styles.
      { name: "xl/sharedStrings.xml", text: this.strings.xml() },
      { name: "xl/styles.xml", text: this.styles.xml() },
    ];
    await zip(parts, deflate, checksum, sink);
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries (no zip64: the report stays far below 4 GB), entry by entry into `sink`. */
async function zip(
  entries: { name: string; text: string }[],
  deflate: Deflate,
  checksum: Checksum,
  sink: (chunk: Uint8Array) => Promise<void>,
): Promise<void> {
  const encoder = new TextEncoder();
  const central: Uint8Array[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the zip epoch: the report's bytes do not depend on the clock.
  const dosTime = 0;
  const dosDate = (1 << 5) | 1;
  // Every entry is handed to deflate before the first is awaited: an asynchronous deflate
  // (Node's zlib on its thread pool) then packs the sheets side by side on both cores.
  const pending = entries.map((entry) => {
    const data = encoder.encode(entry.text);
    const compressed = Promise.resolve(deflate(data));
    // Awaited below; a write that fails first must not leave the later ones' failures unhandled.
    compressed.catch(() => undefined);
    return { name: encoder.encode(entry.name), data, compressed };
  });
  for (const { name, data, compressed: deflating } of pending) {
    const compressed = await deflating;
    const crc = checksum(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true);
    local.setUint16(8, 8, true);
    local.setUint16(10, dosTime, true);
    local.setUint16(12, dosDate, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, compressed.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(8, 0x0800, true);
    header.setUint16(10, 8, true);
    header.setUint16(12, dosTime, true);
    header.setUint16(14, dosDate, true);
    header.setUint32(16, crc, true);
    header.setUint32(20, compressed.length, true);
    header.setUint32(24, data.length, true);
    header.setUint16(28, name.length, true);
    header.setUint32(42, offset, true);
    await sink(concat([new Uint8Array(local.buffer), name, compressed]));
    central.push(new Uint8Array(header.buffer), name);
    offset += 30 + name.length + compressed.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  await sink(concat([...central, new Uint8Array(end.buffer)]));
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
