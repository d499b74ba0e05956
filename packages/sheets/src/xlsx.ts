import { hostDeflate } from "./deflate";
import type { Sheet, SheetColumn } from "./sheet";
import { cellFormat, excelSerial } from "./text-cells";

/**
 * A SpreadsheetML writer for plain sheets (`Sheet`): shared strings, number formats, bold, column
 * widths, a frozen header and an autofilter, nothing else. exceljs's writer cost about a second at
 * 100k rows and a quarter second just to load; this one writes the COD report's 100k rows in a
 * fraction of that. Deflate is injected: the library stays host-free (Node passes zlib's
 * asynchronous `deflateRaw`, a browser gets `CompressionStream`).
 */
export type Deflate = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;
/** The CRC-32 of an entry's bytes; by default computed here, Node passes zlib's (ten times faster). */
export type Checksum = (bytes: Uint8Array) => number;

export interface XlsxOptions {
  /** Raw deflate; by default the host's `CompressionStream`, else fflate. */
  deflate?: Deflate;
  checksum?: Checksum;
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0.00": 2, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;

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

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot carry as they are
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const ESCAPE_LIKE = /_(?=x[0-9a-f]{4}_)/gi;
/** What either replacement looks for; most cells have neither, and skip both. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters CONTROL escapes
const MAY_NEED_ESCAPES = /[_\u0000-\u0008\u000b-\u001f\u007f]/;

/**
 * Text exactly as written: XML turns a CR into LF on reading and readers drop other control
 * characters, so they go in as OOXML `_xHHHH_` escapes (what Excel itself writes), and text that
 * already looks like an escape has its `_` escaped.
 */
function keepText(value: string): string {
  if (!MAY_NEED_ESCAPES.test(value)) return value;
  return value
    .replace(ESCAPE_LIKE, "_x005F_")
    .replace(CONTROL, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/**
 * Rows between two yields to the event loop while a sheet is turned into XML: a page stays
 * responsive and a CLI's signals are heard during a 100k-row report.
 */
const ROWS_BETWEEN_PAUSES = 2000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const NO_COLUMN: SheetColumn = {};

/** One sheet's XML; writing its rows fills the workbook's shared strings and styles. */
async function sheetXml(sheet: Sheet, styles: Styles, strings: SharedStrings): Promise<string> {
  const columns = sheet.columns;
  const parts: string[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    if (r > 0 && r % ROWS_BETWEEN_PAUSES === 0) await pause();
    const row = sheet.rows[r] as Sheet["rows"][number];
    const number = r + 1;
    const bold = row.bold === true;
    // A bold row is bold as a row too, as Excel writes it: cells typed into it later are bold.
    const rowStyle = bold ? ` s="${styles.id(undefined, true)}" customFormat="1"` : "";
    const cells: string[] = [`<row r="${number}"${rowStyle}>`];
    const values = row.cells;
    // Empty cells of Text columns are written too, with their style: what is typed there stays text.
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? null;
      const format = cellFormat(value, columns[i] ?? NO_COLUMN, row.formats?.[i]);
      const style = format === undefined && !bold ? 0 : styles.id(format, bold);
      const ref = `${columnName(i + 1)}${number}`;
      const s = style === 0 ? "" : ` s="${style}"`;
      if (value === null) {
        if (style !== 0) cells.push(`<c r="${ref}"${s}/>`);
      } else if (typeof value === "string") {
        cells.push(`<c r="${ref}"${s} t="s"><v>${strings.id(keepText(value))}</v></c>`);
      } else if (typeof value === "number") {
        cells.push(`<c r="${ref}"${s}><v>${value}</v></c>`);
      } else if (typeof value === "boolean") {
        cells.push(`<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`);
      } else {
        cells.push(`<c r="${ref}"${s}><v>${excelSerial(value)}</v></c>`);
      }
    }
    cells.push("</row>");
    parts.push(cells.join(""));
  }

  const frozen = sheet.frozenRows ?? 0;
  const views =
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : "";
  // Neighbours alike share one `<col>` range, as Excel writes them.
  const cols: string[] = [];
  let rangeStart = 1;
  columns.forEach((column, i) => {
    const format = column.text ? TEXT_COLUMN_FORMAT : undefined;
    const previous = columns[i - 1];
    if (
      previous === undefined ||
      previous.width !== column.width ||
      Boolean(previous.text) !== Boolean(column.text)
    ) {
      rangeStart = i + 1;
      cols.push("");
    }
    const style = format === undefined ? "" : ` style="${styles.id(format, false)}"`;
    const width = column.width === undefined ? "" : ` width="${column.width}" customWidth="1"`;
    cols[cols.length - 1] = `<col min="${rangeStart}" max="${i + 1}"${width}${style}/>`;
  });
  const filter = sheet.autoFilter
    ? `<autoFilter ref="A${sheet.autoFilter.row}:${columnName(sheet.autoFilter.columns)}${sheet.autoFilter.row}"/>`
    : "";
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${views}` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "") +
    `<sheetData>${parts.join("")}</sheetData>${filter}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}

const TEXT_COLUMN_FORMAT = "@";

/** The whole .xlsx in memory (the taskpane's file, the daily workbook). */
export async function writeXlsx(sheets: readonly Sheet[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeXlsxTo(
    async (chunk) => {
      chunks.push(chunk);
    },
    sheets,
    options,
  );
  return concat(chunks);
}

/** The .xlsx in pieces, part after part, each handed to `sink` (a file) and awaited: the CLI's 100k-row report. */
export async function writeXlsxTo(
  sink: (chunk: Uint8Array) => Promise<void>,
  sheets: readonly Sheet[],
  { deflate, checksum = crc32 }: XlsxOptions = {},
): Promise<void> {
  const deflating = deflate ?? (await hostDeflate());
  const styles = new Styles();
  const strings = new SharedStrings();
  const sheetParts: { name: string; text: string }[] = [];
  for (const [i, sheet] of sheets.entries())
    sheetParts.push({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      text: await sheetXml(sheet, styles, strings),
    });
  const sheetList = sheets
    .map((sheet, i) => `<sheet name="${xmlEscape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const n = sheets.length;
  const rels = sheets
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
    { name: "xl/sharedStrings.xml", text: strings.xml() },
    { name: "xl/styles.xml", text: styles.xml() },
  ];
  await zip(parts, deflating, checksum, sink);
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
