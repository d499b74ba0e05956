import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { InputTooLargeError } from "../../errors/input-too-large";
import { NotSpreadsheetError } from "../../errors/not-spreadsheet";
import { SheetNotFoundError } from "../../errors/sheet-not-found";
import { UnsupportedFormatError } from "../../errors/unsupported-format";
import { type Limits, maxValuesOf } from "../../limits";
import { isBlankRow, sheetRows, type Table, type TableRow } from "../../table";
import { fillMergedRanges } from "../merged-cells";
import { type Crc32, jsCrc32 } from "./crc32";
import { type EntryReader, partBytes, wholeText } from "./entries";
import type { Inflate } from "./inflate";
import { SharedStringsScanner } from "./shared-strings";
import { type SheetContext, SheetScanner } from "./sheet-scanner";
import { type DateStyle, dateStyles } from "./styles";
import {
  hasType,
  parseRelationships,
  parseWorkbook,
  type Relationship,
  relsPartOf,
  resolveTarget,
  type SheetEntry,
} from "./workbook";
import { readZipDirectory, type ZipEntry, type ZipSource } from "./zip-directory";

export { type Crc32, jsCrc32 } from "./crc32";
export type { Inflate } from "./inflate";
export { defaultInflate, fflateInflate, webInflate } from "./inflate";
export {
  bytesSource,
  endsAsZip,
  readZipDirectory,
  type ZipEntry,
  type ZipSource,
  zipDirectoryOf,
} from "./zip-directory";

export interface XlsxReadOptions {
  /** Sheet name; by default the first visible sheet with data. */
  sheet?: string;
  fileName?: string;
  limits: Limits;
  inflate: Inflate;
  /** How entries' checksums are taken; by default in JavaScript (Node's entry passes zlib's). */
  crc32?: Crc32;
}

const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * What a zip is, from its directory (and the text of an OpenDocument `mimetype` entry, once
 * read): another spreadsheet format, named so the operator knows to save it as .xlsx; no
 * workbook at all; or a workbook whose declared sizes are already past the limit (a zip
 * bomb, refused before anything is inflated).
 */
export function checkWorkbookZip(
  entries: readonly ZipEntry[],
  maxUncompressedBytes: number,
  fileName?: string,
  mimetype?: string,
): void {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has("xl/workbook.bin")) throw new UnsupportedFormatError("xlsb", fileName);
  if (mimetype?.trim() === ODS_MIME) throw new UnsupportedFormatError("ods", fileName);
  if ([...names].some((name) => name.startsWith("Index/") && name.endsWith(".iwa"))) {
    throw new UnsupportedFormatError("numbers", fileName);
  }
  const undecided = names.has("mimetype") && mimetype === undefined;
  if (!undecided && !names.has("xl/workbook.xml") && !names.has("_rels/.rels")) {
    throw new NotSpreadsheetError("zip_without_workbook", fileName);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxUncompressedBytes) throw new InputTooLargeError("uncompressed", total, maxUncompressedBytes);
}

/** An OpenDocument file names its kind in a small first entry. */
const MAX_MIMETYPE = 256;

interface SheetPart extends SheetEntry {
  part: string;
  /**
   * Whether the tab is a worksheet. A chart sheet (Excel's "Move Chart → New sheet" puts one
   * before the active sheet), a dialog sheet or an Excel 4 macro sheet holds no data to read:
   * it is listed among the tabs and passed over, and read as empty when named.
   */
  worksheet: boolean;
}

interface Parts {
  entry(name: string): ZipEntry | undefined;
}

function partsOf(entries: readonly ZipEntry[]): Parts {
  const exact = new Map(entries.map((entry) => [entry.name, entry]));
  // OPC part names are case-insensitive; zip names are not.
  const folded = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  return { entry: (name) => exact.get(name) ?? folded.get(name.toLowerCase()) };
}

const firstOfType = (rels: Map<string, Relationship>, type: Parameters<typeof hasType>[1]) =>
  [...rels.values()].find((relationship) => hasType(relationship, type))?.target;

/** Everything a sheet needs before its cells can be read: sheet parts, shared strings, date styles. */
class Workbook {
  private context: Promise<Omit<SheetContext, "part">> | undefined;

  constructor(
    private readonly reader: EntryReader,
    private readonly parts: Parts,
    private readonly limits: Limits,
    readonly sheets: SheetPart[],
    private readonly date1904: boolean,
    private readonly sharedStringsPart: string | undefined,
    private readonly stylesPart: string | undefined,
  ) {}

  private async sharedStrings(): Promise<string[] | undefined> {
    const entry = this.sharedStringsPart === undefined ? undefined : this.parts.entry(this.sharedStringsPart);
    if (!entry) return undefined;
    const scanner = new SharedStringsScanner(entry.name, this.reader.fileName, maxValuesOf(this.limits));
    for await (const chunk of partBytes(this.reader, entry)) scanner.push(chunk);
    return scanner.end();
  }

  private async dateStyles(): Promise<DateStyle[]> {
    const entry = this.stylesPart === undefined ? undefined : this.parts.entry(this.stylesPart);
    return entry ? dateStyles(await wholeText(this.reader, entry)) : [];
  }

  private async load(): Promise<Omit<SheetContext, "part">> {
    return {
      sharedStrings: await this.sharedStrings(),
      dateStyles: await this.dateStyles(),
      date1904: this.date1904,
      maxRows: this.limits.maxRows,
      maxColumns: this.limits.maxColumns,
      maxCells: maxValuesOf(this.limits),
      fileName: this.reader.fileName,
    };
  }

  private async scanner(sheet: SheetPart): Promise<{ scanner: SheetScanner; entry: ZipEntry }> {
    this.context ??= this.load();
    const context = await this.context;
    const entry = this.parts.entry(sheet.part);
    if (!entry)
      throw new DamagedWorkbookError("bad_zip", sheet.part, this.reader.fileName, "sheet part missing");
    return { scanner: new SheetScanner({ ...context, part: entry.name }), entry };
  }

  async rows(sheet: SheetPart): Promise<TableRow[]> {
    if (!sheet.worksheet) return [];
    const { scanner, entry } = await this.scanner(sheet);
    // Read to the end even past `</sheetData>`: the checksum covers the whole entry, and the
    // merged ranges come after the cells.
    for await (const chunk of partBytes(this.reader, entry)) scanner.push(chunk);
    return sheetRows(fillMergedRanges(scanner.end(), scanner.mergedRanges()));
  }

  /**
   * The sheet's rows as they are read, in batches, as the scanner gives them (gaps not yet
   * filled). False when a row came out of order or the sheet merges cells: the caller drops what it
   * was sent and reads the whole sheet instead.
   */
  async streamRows(sheet: SheetPart, onRows: (rows: TableRow[]) => void): Promise<boolean> {
    if (!sheet.worksheet) return true;
    const { scanner, entry } = await this.scanner(sheet);
    for await (const chunk of partBytes(this.reader, entry)) {
      scanner.push(chunk);
      const rows = scanner.drain();
      if (!scanner.ordered) return false;
      if (rows.length > 0) onRows(rows);
    }
    const rest = scanner.end();
    // Merged ranges are known only after the cells, when most rows are gone: the whole read fills them.
    if (!scanner.ordered || scanner.mergedRanges().length > 0) return false;
    if (rest.length > 0) onRows(rest);
    return true;
  }
}

async function openWorkbook(
  reader: EntryReader,
  entries: readonly ZipEntry[],
  limits: Limits,
): Promise<Workbook> {
  const parts = partsOf(entries);
  const { fileName } = reader;
  const packageRels = parts.entry("_rels/.rels");
  const workbookPart =
    (packageRels &&
      firstOfType(parseRelationships(await wholeText(reader, packageRels), ""), "officeDocument")) ??
    "xl/workbook.xml";
  if (workbookPart.endsWith(".bin")) throw new UnsupportedFormatError("xlsb", fileName);
  const workbookEntry = parts.entry(workbookPart);
  if (!workbookEntry) throw new NotSpreadsheetError("zip_without_workbook", fileName);
  const info = parseWorkbook(await wholeText(reader, workbookEntry));
  if (!info.isWorkbook) throw new NotSpreadsheetError("zip_without_workbook", fileName);
  const relsEntry = parts.entry(relsPartOf(workbookEntry.name));
  const rels = relsEntry
    ? parseRelationships(await wholeText(reader, relsEntry), workbookEntry.name)
    : new Map<string, Relationship>();
  // Without the workbook's rels (no producer omits them, but a hand-made zip might) the usual names are tried.
  const fallback = (target: string) => (relsEntry ? undefined : resolveTarget(workbookEntry.name, target));
  const sheets = info.sheets.map((sheet, index) => {
    const relationship = sheet.relationshipId === undefined ? undefined : rels.get(sheet.relationshipId);
    return {
      ...sheet,
      part: relationship?.target ?? fallback(`worksheets/sheet${index + 1}.xml`) ?? "",
      // A relationship of another type than worksheet: a chart, dialog or macro sheet.
      worksheet: relationship === undefined || hasType(relationship, "worksheet"),
    };
  });
  return new Workbook(
    reader,
    parts,
    limits,
    sheets,
    info.date1904,
    firstOfType(rels, "sharedStrings") ?? fallback("sharedStrings.xml"),
    firstOfType(rels, "styles") ?? fallback("styles.xml"),
  );
}

/**
 * An xlsx workbook as one Table: every sheet listed in tab order; the named sheet read (hidden
 * or not), or else the first visible sheet with data. Only the parts needed are inflated.
 */
async function openForReading(source: ZipSource, options: XlsxReadOptions): Promise<Workbook> {
  const { fileName, limits } = options;
  const entries = await readZipDirectory(source, fileName);
  checkWorkbookZip(entries, limits.maxUncompressedBytes, fileName);
  const reader: EntryReader = {
    source,
    inflate: options.inflate,
    crc32: options.crc32 ?? jsCrc32,
    budget: { used: 0, max: limits.maxUncompressedBytes },
    fileName,
  };
  const mimetype = entries.find(
    (entry) => entry.name === "mimetype" && entry.uncompressedSize <= MAX_MIMETYPE,
  );
  if (mimetype)
    checkWorkbookZip(entries, limits.maxUncompressedBytes, fileName, await wholeText(reader, mimetype));
  return openWorkbook(reader, entries, limits);
}

function namedSheet(workbook: Workbook, name: string): SheetPart {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet)
    throw new SheetNotFoundError(
      name,
      workbook.sheets.map((s) => s.name),
    );
  return sheet;
}

export async function readXlsx(source: ZipSource, options: XlsxReadOptions): Promise<Table> {
  const workbook = await openForReading(source, options);
  const sheets = workbook.sheets.map((sheet) => sheet.name);
  if (options.sheet !== undefined) {
    const sheet = namedSheet(workbook, options.sheet);
    return { sheetName: sheet.name, sheets, rows: await workbook.rows(sheet), source: "xlsx" };
  }
  const visible = workbook.sheets.filter((sheet) => !sheet.hidden && sheet.worksheet);
  for (const sheet of visible) {
    const rows = await workbook.rows(sheet);
    if (rows.some((row) => !isBlankRow(row.cells)))
      return { sheetName: sheet.name, sheets, rows, source: "xlsx" };
  }
  return { sheetName: visible[0]?.name ?? sheets[0], sheets, rows: [], source: "xlsx" };
}

/** Where `streamXlsx` sends what it reads. */
export interface XlsxRowSink {
  /** The sheet being read, once, before its first rows. */
  sheet(sheetName: string | undefined, sheets: string[]): void;
  /** Rows in ascending row number, as the file has them (gaps not filled, trailing blanks kept). */
  rows(rows: TableRow[]): void;
}

/**
 * The same sheet `readXlsx` reads, its rows passed on in batches as they are read instead of
 * collected. False, with nothing more sent, when the sheet's rows are out of order (a producer
 * that writes rows unsorted) or it has merged ranges (known only after its cells): the rows sent
 * are then to be dropped and `readXlsx` reads it. A damaged part throws after rows were sent:
 * they are to be dropped as well.
 */
export async function streamXlsx(
  source: ZipSource,
  options: XlsxReadOptions,
  sink: XlsxRowSink,
): Promise<boolean> {
  const workbook = await openForReading(source, options);
  const sheets = workbook.sheets.map((sheet) => sheet.name);
  if (options.sheet !== undefined) {
    const sheet = namedSheet(workbook, options.sheet);
    sink.sheet(sheet.name, sheets);
    return workbook.streamRows(sheet, (rows) => sink.rows(rows));
  }
  const visible = workbook.sheets.filter((sheet) => !sheet.hidden && sheet.worksheet);
  for (const sheet of visible) {
    // Rows are held until the sheet shows data: a sheet of blanks only is passed over, as by `readXlsx`.
    let held: TableRow[] | undefined = [];
    const ordered = await workbook.streamRows(sheet, (rows) => {
      if (held !== undefined) {
        for (const row of rows) held.push(row);
        if (!rows.some((row) => !isBlankRow(row.cells))) return;
        sink.sheet(sheet.name, sheets);
        rows = held;
        held = undefined;
      }
      sink.rows(rows);
    });
    if (!ordered) return false;
    if (held === undefined) return true;
  }
  sink.sheet(visible[0]?.name ?? sheets[0], sheets);
  return true;
}
