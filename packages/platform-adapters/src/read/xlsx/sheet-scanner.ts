import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { InputTooLargeError } from "../../errors/input-too-large";
import type { Cell, CellNote, TableRow } from "../../table";
import { cutCellText, EXCEL_CELL_MAX } from "../cell-text";
import { type CellRange, parseRange } from "../merged-cells";
import {
  ascii,
  ChunkJoiner,
  endOfTag,
  hasByte,
  indexOfByte,
  indexOfEndTag,
  isMarkup,
  nameIsBytes,
  restFrom,
  skipMarkup,
  startsWithBytes,
  tagNameOf,
  textOf,
} from "./bytes";
import type { DateStyle } from "./styles";
import {
  APOSTROPHE,
  DOT,
  EQUALS,
  GT,
  hasCdata,
  isSpace,
  LT,
  MINUS,
  nameIs,
  QUOTE,
  SLASH,
  SPACE,
  type TagName,
  tagName,
} from "./tags";
import { attributes, eachAttribute, stringItemText, tagsNamed, withoutComments, xmlText } from "./xml-text";

export interface SheetContext {
  /** Absent when the workbook has no shared strings part: a `t="s"` cell is then refused. */
  sharedStrings: readonly string[] | undefined;
  /** Per style index: whether its number format shows a date (true) or an elapsed time. */
  dateStyles: readonly DateStyle[];
  date1904: boolean;
  maxRows: number;
  maxColumns: number;
  /** Values the sheet may hold in all (see `maxValuesOf`). */
  maxCells: number;
  part: string;
  fileName: string | undefined;
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from Excel's day 0 (1899-12-30, counting its phantom 1900-02-29) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

/** Excel's serial of 1900-03-01, the first day after its phantom 1900-02-29. */
const FIRST_SERIAL_AFTER_LEAP_BUG = 61;

/**
 * A date serial as a Date whose UTC fields are the wall time the sheet shows (the adapters read
 * it with `dateCell: "utc-wall-clock"`), rounded to the millisecond. The 1900 system counts a
 * 1900-02-29 that never was (Lotus 1-2-3's leap-year bug, kept by Excel): serials 1-59 (January
 * and February 1900) are a day later than counting from 1899-12-30 gives, as Excel shows them
 * and openpyxl reads them; 60, Excel's 1900-02-29, is read as 1900-02-28, as by openpyxl. Below
 * 1 is a time of day on day zero (1899-12-30).
 */
export function serialToWallClockDate(serial: number, date1904: boolean): Date {
  const leapBug = !date1904 && serial >= 1 && serial < FIRST_SERIAL_AFTER_LEAP_BUG - 1 ? 1 : 0;
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : leapBug)) * MS_PER_DAY));
}

/**
 * An elapsed time (`[h]:mm` and the like) as a Date on Excel's day zero, 1899-12-30, plus the
 * duration, in either date system: the way a time of day is read, so 1.5 in `[h]:mm` (36:00) is
 * 1899-12-31 12:00, as openpyxl's timedelta is read on the same day zero. A duration is no date:
 * no adapter takes an order time from it, and whoever wants hours reads them off day zero.
 */
export function serialToElapsed(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A `t="d"` cell (ISO 8601 text) as the same wall-clock Date. Text that is no real date (no
 * month 13, no 45th day, no 25th hour) stays text: `Date.UTC` would roll it into another date.
 */
function isoCell(text: string): Cell {
  const match = ISO_DATE.exec(text);
  if (!match) return text;
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const ms = match[7] === undefined ? 0 : Math.round(Number(match[7]) * 1000);
  const date = new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s, ms));
  const real =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === (mo as number) - 1 &&
    date.getUTCDate() === d &&
    (h as number) < 24 &&
    (mi as number) < 60 &&
    (s as number) < 60;
  return real ? date : text;
}

/**
 * A decimal number as XML Schema's `xsd:double` writes one (what `<v>` holds): no hex (`0x1A`),
 * binary (`0b101`), blank or `Infinity`, all of which `Number` would take.
 */
const DECIMAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

/** The bytes of the names the scanner compares against (sheet XML's structure is ASCII). */
const C = 99;
const V = 118;
const N = 110;
const R = 114;
const S = 115;
const T = 116;
const ROW = ascii("row");
const SHEET_DATA = ascii("sheetData");
const AMPERSAND = 38;
const utf8 = new TextEncoder();
const DOLLAR = 36;
const VALUE_CELL_END = [LT, SLASH, V, GT, LT, SLASH, C, GT] as const;

/** The cell types (`t`), as numbers. A type no program writes reads as `n`, the type of a cell without `t`. */
enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

/** Blank cells before a value past which the row is kept sparse: wider than any export's empty columns. */
const SPARSE_GAP = 256;

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);

/**
 * A worksheet part read as it streams, as bytes: nearly every cell is `<c r t s><v>digits</v></c>`,
 * ASCII from end to end, so no text is decoded for it; a cell holding anything else (a formula,
 * an inline string, unusual spacing) is decoded alone and read as text. A UTF-8 character split
 * across chunks is harmless: only whole elements are decoded. Rows keep only the cells up to
 * their last value; rows without values are left for `sheetRows` to fill with one shared empty
 * array, so gaps and sparse far-away cells cost nothing.
 */
export class SheetScanner {
  /** The start of an element the last chunk ended inside, read again with the next chunk. */
  private rest: Uint8Array | undefined;
  private readonly joiner = new ChunkJoiner();
  private done = false;
  private readonly rows: TableRow[] = [];
  private inOrder = true;
  /** Whether a `<row>` is open: its cells are collected in `scratch`. */
  private inRow = false;
  /**
   * One buffer reused for the cells of every row, copied out at the row's end at exactly its
   * length: one allocation per row, instead of an array grown cell by cell and then copied.
   */
  private readonly scratch: Cell[] = [];
  private rowLength = 0;
  /** Values put so far, checked against `maxCells` at each row's end. */
  private cellCount = 0;
  /**
   * The row's cells when a value lies far right of the cells before it (a value at column 2,048
   * in each of 400,000 rows): only the values are set, the gap stays holes (read as blank), so a
   * row costs its values, not its width.
   */
  private sparse: Cell[] | undefined;
  /** What the reader had to say about the row's cells (see `CellNote`); almost always none. */
  private notes: CellNote[] | undefined;
  /** Set by `typed` when a value is not what its type says and is kept as its raw text. */
  private keptAs: "number" | "date" | "boolean" | undefined;
  private rowNumber = 0;
  private lastRowNumber = 0;
  private column = 0;
  private readonly name: TagName = { localStart: 0, end: 0 };
  // The attributes of the cell (or row) being read, set by `attributes`.
  private refStart = -1;
  private refEnd = -1;
  /** The bytes `refStart..refEnd` index: the chunk's, or the resolved value of an `r` with references. */
  private refBytes: Uint8Array = new Uint8Array(0);
  private type = CellType.Number;
  private style = -1;

  constructor(private readonly context: SheetContext) {}

  /** Whether `</sheetData>` was read: the rest of the part holds no cells, so reading may stop. */
  get finished(): boolean {
    return this.done;
  }

  push(chunk: Uint8Array): void {
    if (this.done) {
      this.afterData(chunk, 0, chunk.length);
      return;
    }
    const bytes = this.joiner.join(this.rest, chunk);
    this.rest = undefined;
    const length = this.joiner.length;
    const name = this.name;
    let at = 0;
    for (;;) {
      const open = indexOfByte(bytes, LT, at);
      if (open < 0 || open + 1 >= length) {
        at = open < 0 ? length : open;
        break;
      }
      const next = bytes[open + 1];
      if (isMarkup(next)) {
        const after = skipMarkup(bytes, open, length, this.context);
        if (after < 0) {
          at = open;
          break;
        }
        at = after;
        continue;
      }
      // The unprefixed cell, the tag nearly every chunk is made of, skips the name scan.
      if (next === C) {
        const second = bytes[open + 2];
        if (second === SPACE || second === GT || second === SLASH) {
          const after = this.unprefixedCell(bytes, open + 2);
          if (after < 0) {
            at = open;
            break;
          }
          at = after;
          continue;
        }
      }
      const close = endOfTag(bytes, open + 1);
      if (close < 0) {
        at = open;
        break;
      }
      tagNameOf(bytes, open, close, name);
      const { localStart, end } = name;
      const closing = next === SLASH;
      const empty = bytes[close - 1] === SLASH;
      const nameLength = end - localStart;
      if (nameLength === 1 && !closing && bytes[localStart] === C) {
        if (empty) {
          this.cell(bytes, end, close - 1, -1, -1);
          at = close + 1;
          continue;
        }
        const cellEnd = indexOfEndTag(bytes, open + 1, end, close + 1);
        if (cellEnd < 0) {
          at = open;
          break;
        }
        const after = indexOfByte(bytes, GT, cellEnd) + 1;
        this.cell(bytes, end, close, close + 1, cellEnd);
        at = after;
        continue;
      }
      if (nameIsBytes(bytes, localStart, end, ROW)) {
        if (closing) this.endRow();
        else {
          this.startRow(bytes, end, empty ? close - 1 : close);
          if (empty) this.endRow();
        }
      } else if ((closing || empty) && nameIsBytes(bytes, localStart, end, SHEET_DATA)) {
        this.endRow();
        this.done = true;
        this.afterData(bytes, close + 1, length);
        return;
      }
      at = close + 1;
    }
    this.rest = restFrom(bytes, at, length, this.context);
  }

  /**
   * What follows `</sheetData>` (page setup, merged ranges, a few hundred bytes in most files),
   * kept as text for `mergedRanges`. Decoded by one streaming decoder: a chunk may end inside a
   * character.
   */
  private tail = "";
  private readonly tailDecoder = new TextDecoder("utf-8");

  private afterData(bytes: Uint8Array, start: number, end: number): void {
    if (end > start) this.tail += this.tailDecoder.decode(bytes.subarray(start, end), { stream: true });
  }

  /** The sheet's merged ranges (`<mergeCells>`), once the part has been read to its end. */
  mergedRanges(): CellRange[] {
    const tail = this.tail + this.tailDecoder.decode();
    this.tail = tail;
    if (tail.indexOf("mergeCell") < 0) return [];
    const ranges: CellRange[] = [];
    for (const tag of tagsNamed(withoutComments(tail), "mergeCell")) {
      const range = parseRange(attributes(tag).ref ?? "");
      if (range) ranges.push(range);
    }
    return ranges;
  }

  /** Whether every row so far came after the one before (as every producer we know writes them). */
  get ordered(): boolean {
    return this.inOrder;
  }

  /**
   * The rows read since the last call, for a reader that passes rows on as they come; only while
   * they are in order (rows out of order are sorted and merged by `end`, which needs them all).
   */
  drain(): TableRow[] {
    if (!this.inOrder || this.rows.length === 0) return [];
    return this.rows.splice(0, this.rows.length);
  }

  /** The rows read, in row order; a part cut short before `</sheetData>` is refused. */
  end(): TableRow[] {
    if (!this.done) throw new DamagedWorkbookError("truncated_xml", this.context.part, this.context.fileName);
    return this.inOrder ? this.rows : mergeRows(this.rows);
  }

  /**
   * `<c ...>` without a prefix, attributes from `attrStart`: the index after the cell, or -1
   * while the cell is not complete. The usual cell is read in one pass (`plainCell`); other
   * cells of `<v>n</v></c>` are read in place; anything else inside goes through `cell`.
   */
  private unprefixedCell(bytes: Uint8Array, attrStart: number): number {
    const plain = this.plainCell(bytes, attrStart);
    if (plain >= 0) return plain;
    const close = endOfTag(bytes, attrStart);
    if (close < 0) return -1;
    if (bytes[close - 1] === SLASH) {
      this.cell(bytes, attrStart, close - 1, -1, -1);
      return close + 1;
    }
    if (bytes[close + 1] === LT && bytes[close + 2] === V && bytes[close + 3] === GT) {
      const valueEnd = indexOfByte(bytes, LT, close + 4);
      if (valueEnd < 0) return -1;
      if (startsWithBytes(bytes, valueEnd, VALUE_CELL_END)) {
        this.rawCell(bytes, attrStart, close, close + 4, valueEnd);
        return valueEnd + VALUE_CELL_END.length;
      }
    }
    const cellEnd = indexOfEndTag(bytes, attrStart - 1, attrStart, close + 1);
    if (cellEnd < 0) return -1;
    const after = indexOfByte(bytes, GT, cellEnd) + 1;
    this.cell(bytes, attrStart, close, close + 1, cellEnd);
    return after;
  }

  /**
   * The cell nearly every sheet is made of, read in one pass: ` r="AB12"`, ` t="s"` or ` t="n"`,
   * ` s="3"`, each once at most, then `><v>digits</v></c>`. The index after the cell, or -1 with
   * nothing read for anything else (other attributes, spacing or quotes, a value that is not plain
   * digits, a cell the chunk cuts short), which `unprefixedCell` then reads the long way.
   */
  private plainCell(bytes: Uint8Array, start: number): number {
    let at = start;
    let column = -1;
    let type = CellType.Number;
    let style = -1;
    while (bytes[at] === SPACE) {
      const key = bytes[at + 1];
      if (bytes[at + 2] !== EQUALS || bytes[at + 3] !== QUOTE) return -1;
      at += 4;
      if (key === R && column < 0) {
        column = 0;
        for (let code = bytes[at] as number; code >= 65 && code <= 90; code = bytes[at] as number) {
          // XFD, the last column, has three letters: longer references go the long way (and are refused there).
          if (column > 26 * 26 + 26) return -1;
          column = column * 26 + code - 64;
          at++;
        }
        if (column === 0) return -1;
        at = skipDigits(bytes, at);
      } else if (key === T && type === CellType.Number && bytes[at + 1] === QUOTE) {
        const code = bytes[at];
        if (code === S) type = CellType.Shared;
        else if (code !== N) return -1;
        at++;
      } else if (key === S && style < 0) {
        const digitsEnd = skipDigits(bytes, at);
        style = digitsValue(bytes, at, digitsEnd);
        if (style < 0) return -1;
        at = digitsEnd;
      } else return -1;
      if (bytes[at] !== QUOTE) return -1;
      at++;
    }
    if (bytes[at] !== GT || bytes[at + 1] !== LT || bytes[at + 2] !== V || bytes[at + 3] !== GT) return -1;
    const valueStart = at + 4;
    const valueEnd = indexOfByte(bytes, LT, valueStart);
    if (valueEnd < 0 || !startsWithBytes(bytes, valueEnd, VALUE_CELL_END)) return -1;
    const after = valueEnd + VALUE_CELL_END.length;
    if (!this.inRow) return after;
    const next = column > 0 ? column : this.column + 1;
    this.style = style;
    if (!this.putPlainValue(next, type, bytes, valueStart, valueEnd)) return -1;
    this.column = next;
    return after;
  }

  private startRow(bytes: Uint8Array, start: number, end: number): void {
    this.endRow();
    this.attributes(bytes, start, end);
    const given = this.refStart < 0 ? -1 : rowNumberOf(this.refBytes, this.refStart, this.refEnd);
    const number = given > 0 ? given : this.rowNumber + 1;
    if (number > this.context.maxRows) throw new InputTooLargeError("rows", number, this.context.maxRows);
    this.rowNumber = number;
    this.inRow = true;
    this.rowLength = 0;
    this.sparse = undefined;
    this.notes = undefined;
    this.column = 0;
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.rowLength === 0) return;
    if (this.cellCount > this.context.maxCells)
      throw new InputTooLargeError("cells", this.cellCount, this.context.maxCells);
    if (this.rowNumber <= this.lastRowNumber) this.inOrder = false;
    this.lastRowNumber = this.rowNumber;
    const cells = this.sparse ?? this.scratch.slice(0, this.rowLength);
    this.rows.push(
      this.notes
        ? { rowNumber: this.rowNumber, cells, notes: this.notes }
        : { rowNumber: this.rowNumber, cells },
    );
  }

  /**
   * Reads `r`, `t` and `s` (of a cell; `r` of a row) by byte: the one-letter types and plain
   * numbers, which nearly every tag has, are read without making a string.
   */
  private attributes(bytes: Uint8Array, start: number, end: number): void {
    this.refStart = -1;
    this.type = CellType.Number;
    this.style = -1;
    // A character reference in a value (`r="&#65;1"`) is read as what it stands for.
    if (hasByte(bytes, AMPERSAND, start, end)) {
      this.resolvedAttributes(textOf(bytes, start, end));
      return;
    }
    let at = start;
    // Nearly every producer writes ` r="A2" t="s"`: one space, a one-letter name, `="`. Those
    // pairs are read here; anything else (other spacing, quotes, longer names) by the loop below.
    while (at < end && bytes[at] === SPACE && bytes[at + 2] === EQUALS && bytes[at + 3] === QUOTE) {
      const valueStart = at + 4;
      const valueEnd = indexOfByte(bytes, QUOTE, valueStart);
      if (valueEnd < 0 || valueEnd >= end) break;
      this.attribute(bytes[at + 1] as number, bytes, valueStart, valueEnd);
      at = valueEnd + 1;
    }
    while (at < end) {
      let equals = at;
      while (equals < end && bytes[equals] !== EQUALS) equals++;
      if (equals >= end) return;
      let nameStart = at;
      while (isSpace(bytes[nameStart] as number)) nameStart++;
      let nameEnd = equals;
      while (nameEnd > nameStart && isSpace(bytes[nameEnd - 1] as number)) nameEnd--;
      let quoteAt = equals + 1;
      while (isSpace(bytes[quoteAt] as number)) quoteAt++;
      const quote = bytes[quoteAt];
      if (quote !== QUOTE && quote !== APOSTROPHE) return;
      const valueStart = quoteAt + 1;
      const valueEnd = indexOfByte(bytes, quote, valueStart);
      if (valueEnd < 0) return;
      if (nameEnd - nameStart === 1) this.attribute(bytes[nameStart] as number, bytes, valueStart, valueEnd);
      at = valueEnd + 1;
    }
  }

  /** The attributes of a tag whose values hold character references, from its text: rare, so read the long way. */
  private resolvedAttributes(text: string): void {
    eachAttribute(text, 0, text.length, (name, value) => {
      if (name.length !== 1) return;
      const resolved = utf8.encode(xmlText(value));
      this.attribute(name.charCodeAt(0), resolved, 0, resolved.length);
    });
  }

  private attribute(key: number, bytes: Uint8Array, valueStart: number, valueEnd: number): void {
    if (key === R) {
      this.refBytes = bytes;
      this.refStart = valueStart;
      this.refEnd = valueEnd;
    } else if (key === T) this.type = cellType(bytes, valueStart, valueEnd);
    else if (key === S) {
      const index = digitsValue(bytes, valueStart, valueEnd);
      this.style = index >= 0 ? index : Number(textOf(bytes, valueStart, valueEnd));
    }
  }

  /** The cell's column: its `r`, or the one after the cell before. */
  private cellColumn(): number {
    const column = this.refStart < 0 ? -1 : columnOf(this.refBytes, this.refStart, this.refEnd);
    this.column = column > 0 ? column : this.column + 1;
    return this.column;
  }

  private cell(
    bytes: Uint8Array,
    attrStart: number,
    attrEnd: number,
    contentStart: number,
    contentEnd: number,
  ): void {
    if (!this.inRow) return;
    this.attributes(bytes, attrStart, attrEnd);
    const column = this.cellColumn();
    if (contentStart < 0) return;
    let text = textOf(bytes, contentStart, contentEnd);
    if (hasCdata(text, 0, text.length)) this.refuseCdata();
    // A comment or processing instruction is no content, wherever it stands (`<v>1<!-- -->2</v>` is 12).
    text = withoutComments(text);
    this.putTyped(column, this.value(text, 0, text.length));
  }

  private refuseCdata(): never {
    throw new DamagedWorkbookError("cdata", this.context.part, this.context.fileName);
  }

  /**
   * A cell of `<v>` only, its value at `start..end`. Shared-string indexes and plain decimals,
   * most of a sheet, are read from the bytes; the rest is decoded and goes through `typed`.
   */
  private rawCell(bytes: Uint8Array, attrStart: number, attrEnd: number, start: number, end: number): void {
    if (!this.inRow) return;
    this.attributes(bytes, attrStart, attrEnd);
    const column = this.cellColumn();
    if (this.putPlainValue(column, this.type, bytes, start, end)) return;
    this.putTyped(column, this.typed(textOf(bytes, start, end), undefined));
  }

  /** A value `typed` read, with the note of a value kept as its raw text. */
  private putTyped(column: number, value: Cell): void {
    this.put(column, value);
    if (this.keptAs === undefined) return;
    if (value !== null && this.inRow)
      this.note({ code: "not-its-type", column: column - 1, type: this.keptAs });
    this.keptAs = undefined;
  }

  private note(note: CellNote): void {
    if (this.notes === undefined) this.notes = [note];
    else this.notes.push(note);
  }

  /**
   * A `<v>` at `start..end` read from its bytes where it can be: a shared-string index or a plain
   * decimal, most of a sheet. False, with nothing put, for anything else (decoded by the caller).
   */
  private putPlainValue(
    column: number,
    type: CellType,
    bytes: Uint8Array,
    start: number,
    end: number,
  ): boolean {
    if (type === CellType.Shared) {
      const index = digitsValue(bytes, start, end);
      if (index < 0) return false;
      this.put(column, this.sharedStringAt(index, bytes, start, end));
      return true;
    }
    if (type !== CellType.Number) return false;
    const number = decimalValue(bytes, start, end);
    if (Number.isNaN(number)) return false;
    this.put(column, this.numberValue(number));
    return true;
  }

  private put(column: number, value: Cell): void {
    if (value === null || !this.inRow) return;
    if (typeof value === "string" && value.length > EXCEL_CELL_MAX) {
      this.note({ code: "cell-cut", column: column - 1, length: value.length });
      value = cutCellText(value);
    }
    if (column > this.context.maxColumns) {
      throw new InputTooLargeError("columns", column, this.context.maxColumns);
    }
    const index = column - 1;
    this.cellCount++;
    if (this.sparse === undefined && index - this.rowLength > SPARSE_GAP) this.sparse = this.sparseCopy();
    if (this.sparse !== undefined) {
      this.sparse[index] = value;
      if (index >= this.rowLength) this.rowLength = index + 1;
      return;
    }
    const cells = this.scratch;
    if (index >= this.rowLength) {
      // The buffer keeps the last row's cells: those skipped over are blanked.
      for (let gap = this.rowLength; gap < index; gap++) cells[gap] = null;
      this.rowLength = index + 1;
    }
    cells[index] = value;
  }

  /** The row's values so far, as holes and values: the row's cells from here on (see `sparse`). */
  private sparseCopy(): Cell[] {
    const cells: Cell[] = [];
    for (let i = 0; i < this.rowLength; i++) {
      const cell = this.scratch[i] as Cell;
      if (cell !== null) cells[i] = cell;
    }
    return cells;
  }

  /** The cell's value from its `<v>` (formulas `<f>` are stepped over: the cached result is kept) or `<is>`. */
  private value(text: string, start: number, end: number): Cell {
    let raw: string | undefined;
    let inline: string | undefined;
    const name = this.name;
    let at = start;
    while (at < end) {
      const open = text.indexOf("<", at);
      if (open < 0 || open >= end) break;
      const close = text.indexOf(">", open + 1);
      if (close < 0 || close > end) break;
      at = close + 1;
      if (text.charCodeAt(open + 1) === SLASH) continue;
      tagName(text, open, close, name);
      const empty = text.charCodeAt(close - 1) === SLASH;
      if (name.end - name.localStart === 1 && text.charCodeAt(name.localStart) === 118) {
        if (empty) raw = "";
        else {
          const valueEnd = text.indexOf("<", at);
          raw = text.slice(at, valueEnd < 0 || valueEnd > end ? end : valueEnd);
          at = valueEnd < 0 ? end : valueEnd;
        }
      } else if (nameIs(text, name.localStart, name.end, "is")) {
        if (empty) inline = "";
        else {
          const endTag = `</${text.slice(open + 1, name.end)}>`;
          const itemEnd = text.indexOf(endTag, at);
          const stop = itemEnd < 0 || itemEnd > end ? end : itemEnd;
          inline = stringItemText(text, at, stop);
          at = stop;
        }
      }
    }
    return this.typed(raw, inline);
  }

  private typed(raw: string | undefined, inline: string | undefined): Cell {
    switch (this.type) {
      case CellType.Shared:
        return raw === undefined || raw === "" ? null : this.sharedString(raw);
      case CellType.Str:
        return raw === undefined ? null : xmlText(raw);
      case CellType.Inline:
        return inline ?? (raw === undefined ? null : xmlText(raw));
      case CellType.Bool:
        return raw === undefined || raw === "" ? null : this.kept(booleanCell(xmlText(raw)), "boolean");
      case CellType.Error:
        return raw === undefined || raw === "" ? null : xmlText(raw);
      case CellType.Date:
        return raw === undefined || raw === "" ? null : this.kept(isoCell(xmlText(raw).trim()), "date");
      default:
        return raw === undefined || raw === "" ? (inline ?? null) : this.kept(this.number(raw), "number");
    }
  }

  /** A value of a typed cell: text here means the raw text was kept, which `putTyped` notes. */
  private kept(cell: Cell, type: "number" | "date" | "boolean"): Cell {
    if (typeof cell === "string") this.keptAs = type;
    return cell;
  }

  /** A `t="s"` value as text (` 5`, `5.0`): the index `Number` reads from it. */
  private sharedString(raw: string): string {
    const index = Number(xmlText(raw));
    const text = Number.isInteger(index) && index >= 0 ? this.sharedStrings()[index] : undefined;
    return text ?? this.refuseIndex(raw);
  }

  /** The shared string `index`, the value at `start..end`; refused when missing. */
  private sharedStringAt(index: number, bytes: Uint8Array, start: number, end: number): string {
    return this.sharedStrings()[index] ?? this.refuseIndex(textOf(bytes, start, end));
  }

  private sharedStrings(): readonly string[] {
    const strings = this.context.sharedStrings;
    if (strings === undefined) {
      throw new DamagedWorkbookError("missing_shared_strings", this.context.part, this.context.fileName);
    }
    return strings;
  }

  private refuseIndex(raw: string): never {
    throw new DamagedWorkbookError(
      "shared_string_index",
      this.context.part,
      this.context.fileName,
      `${raw.slice(0, 20)} of ${this.sharedStrings().length}`,
    );
  }

  /**
   * A number cell's `<v>` that is not a plain decimal (the byte path reads those): with character
   * references resolved, as an XML parser gives it. Anything that is no finite decimal number is
   * kept as its text, never coerced: the adapters then report the cell as no amount or no date.
   */
  private number(raw: string): Cell {
    const text = xmlText(raw);
    const number = DECIMAL.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(number)) return text;
    return this.numberValue(number);
  }

  /** A number, or the date it stands for when the cell's style shows a date. */
  private numberValue(number: number): Cell {
    const kind = this.style >= 0 ? this.context.dateStyles[this.style] : false;
    if (kind === true || kind === "elapsed") {
      const date =
        kind === true ? serialToWallClockDate(number, this.context.date1904) : serialToElapsed(number);
      if (!Number.isNaN(date.getTime())) return date;
    }
    return number;
  }
}

/** A `t="b"` value: `1`/`0` (and `true`/`false`, which some writers use); anything else stays text. */
function booleanCell(text: string): Cell {
  const trimmed = text.trim();
  if (trimmed === "1" || trimmed === "true") return true;
  if (trimmed === "0" || trimmed === "false") return false;
  return text;
}

/** The index after the ASCII digits from `at`. */
function skipDigits(bytes: Uint8Array, at: number): number {
  let end = at;
  for (let code = bytes[end] as number; code >= 48 && code <= 57; code = bytes[end] as number) end++;
  return end;
}

/** Digits only, at most 15 (exact as a double): their value; otherwise -1. */
function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  if (end === start || end - start > 15) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = (bytes[at] as number) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `-?digits(.digits)?` with at most 15 digits, as `Number` reads it; NaN for anything else
 * (exponents, spaces), which is decoded and read by `Number`. Exact: the digits as a whole
 * number and the power of ten are both exact doubles, so their quotient is the correctly
 * rounded value of the decimal, as `Number` gives it.
 */
function decimalValue(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  const negative = bytes[at] === MINUS;
  if (negative) at++;
  const first = at;
  let mantissa = 0;
  let point = -1;
  for (; at < end; at++) {
    const code = bytes[at] as number;
    if (code >= 48 && code <= 57) mantissa = mantissa * 10 + (code - 48);
    else if (code === DOT && point < 0) point = at;
    else return Number.NaN;
  }
  const digits = end - first - (point < 0 ? 0 : 1);
  if (digits === 0 || digits > 15 || point === first || point === end - 1) return Number.NaN;
  const value = point < 0 ? mantissa : mantissa / (POWERS_OF_TEN[end - point - 1] as number);
  return negative ? -value : value;
}

/** The `t` attribute's value as a type; one no program writes reads as a number, like a cell without `t`. */
function cellType(bytes: Uint8Array, start: number, end: number): CellType {
  const length = end - start;
  if (length === 1) {
    switch (bytes[start]) {
      case 115:
        return CellType.Shared;
      case 98:
        return CellType.Bool;
      case 101:
        return CellType.Error;
      case 100:
        return CellType.Date;
    }
    return CellType.Number;
  }
  if (length === 3 && startsWithBytes(bytes, start, STR)) return CellType.Str;
  if (length === 9 && startsWithBytes(bytes, start, INLINE_STR)) return CellType.Inline;
  return CellType.Number;
}

const STR = ascii("str");
const INLINE_STR = ascii("inlineStr");

/** A row's `r`, as `Number` reads it; -1 unless a whole number above 0. */
function rowNumberOf(bytes: Uint8Array, start: number, end: number): number {
  const digits = digitsValue(bytes, start, end);
  if (digits >= 0) return digits;
  const parsed = Number(textOf(bytes, start, end));
  return Number.isInteger(parsed) && parsed > 0 ? parsed : -1;
}

/** The column number of a cell reference (`AB12` -> 28); -1 when it has no letters. */
function columnOf(bytes: Uint8Array, start: number, end: number): number {
  let column = 0;
  // An absolute reference (`$L$4`) names the same column.
  for (let at = bytes[start] === DOLLAR ? start + 1 : start; at < end; at++) {
    const code = bytes[at] as number;
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
    // Past any real column: the limit refuses it without the number growing further.
    if (column > 0x7fffffff / 26) return column;
  }
  return column > 0 ? column : -1;
}

/** Rows a producer wrote out of order or twice: sorted by number, cells of one number merged (later wins). */
function mergeRows(rows: TableRow[]): TableRow[] {
  const byNumber = new Map<number, Cell[]>();
  const notesOf = new Map<number, CellNote[]>();
  for (const row of rows) {
    if (row.notes) notesOf.set(row.rowNumber, [...(notesOf.get(row.rowNumber) ?? []), ...row.notes]);
    const cells = byNumber.get(row.rowNumber);
    if (!cells) {
      byNumber.set(row.rowNumber, row.cells);
      continue;
    }
    row.cells.forEach((cell, index) => {
      if (cell === null) return;
      while (cells.length < index) cells.push(null);
      cells[index] = cell;
    });
  }
  return [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([rowNumber, cells]) => {
      const notes = notesOf.get(rowNumber);
      return notes ? { rowNumber, cells, notes } : { rowNumber, cells };
    });
}
