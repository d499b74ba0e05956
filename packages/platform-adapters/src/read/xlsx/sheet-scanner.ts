import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { InputTooLargeError } from "../../errors/input-too-large";
import type { Cell, TableRow } from "../../table";
import {
  BANG,
  GT,
  hasCdata,
  isSpace,
  MAX_PENDING,
  nameIs,
  QUESTION,
  SLASH,
  skipMarkup,
  type TagName,
  tagName,
} from "./tags";
import { eachAttribute, stringItemText, xmlText } from "./xml-text";

export interface SheetContext {
  /** Absent when the workbook has no shared strings part: a `t="s"` cell is then refused. */
  sharedStrings: readonly string[] | undefined;
  /** Per style index: whether its number format shows a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
  maxRows: number;
  maxColumns: number;
  part: string;
  fileName: string | undefined;
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from Excel's day 0 (1899-12-30, counting its phantom 1900-02-29) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

/**
 * A date serial as the Date exceljs gives for it: its UTC fields are the wall time the sheet
 * shows (the adapters read it with `dateCell: "utc-wall-clock"`), rounded to the millisecond
 * the same way.
 */
export function serialToWallClockDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/;

/** A `t="d"` cell (ISO 8601 text) as the same wall-clock Date; text that is no date stays text. */
function isoCell(text: string): Cell {
  const match = ISO_DATE.exec(text);
  if (!match) return text;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = ""] = match;
  const ms = fraction === "" ? 0 : Math.round(Number(fraction) * 1000);
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms));
}

/**
 * A worksheet part read as it streams, for exactly what SpreadsheetML puts there: `<row r>`,
 * `<c r t s>` with `<v>` or `<is>`; every other element is stepped over. Rows keep only the
 * cells up to their last value; rows without values are left for `sheetRows` to fill with one
 * shared empty array, so gaps and sparse far-away cells cost nothing.
 */
export class SheetScanner {
  private rest = "";
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
  private rowNumber = 0;
  private lastRowNumber = 0;
  private column = 0;
  private readonly name: TagName = { localStart: 0, end: 0 };
  // The attributes of the cell being read, set by `cellAttributes`.
  private ref = -1;
  private type = "";
  private style = -1;

  constructor(private readonly context: SheetContext) {}

  /** Whether `</sheetData>` was read: the rest of the part holds no cells, so reading may stop. */
  get finished(): boolean {
    return this.done;
  }

  push(chunk: string): void {
    if (this.done) return;
    const text = this.rest === "" ? chunk : this.rest + chunk;
    const name = this.name;
    let at = 0;
    for (;;) {
      const open = text.indexOf("<", at);
      if (open < 0) {
        at = text.length;
        break;
      }
      const next = text.charCodeAt(open + 1);
      if (next === BANG || next === QUESTION) {
        const after = skipMarkup(text, open, this.context);
        if (after < 0) {
          at = open;
          break;
        }
        at = after;
        continue;
      }
      const close = text.indexOf(">", open + 1);
      if (close < 0) {
        at = open;
        break;
      }
      // The unprefixed cell, the tag nearly every chunk is made of, skips the name scan.
      const second = text.charCodeAt(open + 2);
      if (next === 99 && (second === 32 || second === GT || second === SLASH)) {
        const after = this.unprefixedCell(text, open + 2, close);
        if (after < 0) {
          at = open;
          break;
        }
        at = after;
        continue;
      }
      tagName(text, open, close, name);
      const { localStart, end } = name;
      const closing = next === SLASH;
      const empty = text.charCodeAt(close - 1) === SLASH;
      const length = end - localStart;
      if (length === 1 && !closing && text.charCodeAt(localStart) === 99) {
        if (empty) {
          this.cell(text, end, close - 1, -1, -1);
          at = close + 1;
          continue;
        }
        const endTag = `</${text.slice(open + 1, end)}>`;
        const cellEnd = text.indexOf(endTag, close + 1);
        if (cellEnd < 0) {
          at = open;
          break;
        }
        this.cell(text, end, close, close + 1, cellEnd);
        at = cellEnd + endTag.length;
        continue;
      }
      if (length === 3 && nameIs(text, localStart, end, "row")) {
        if (closing) this.endRow();
        else {
          this.startRow(text, end, empty ? close - 1 : close);
          if (empty) this.endRow();
        }
      } else if ((closing || empty) && nameIs(text, localStart, end, "sheetData")) {
        this.endRow();
        this.done = true;
        at = text.length;
        break;
      }
      at = close + 1;
    }
    this.rest = at >= text.length ? "" : text.slice(at);
    if (this.rest.length > MAX_PENDING) {
      throw new DamagedWorkbookError("oversized_cell", this.context.part, this.context.fileName);
    }
  }

  /** The rows read, in row order; a part cut short before `</sheetData>` is refused. */
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

  end(): TableRow[] {
    if (!this.done) throw new DamagedWorkbookError("truncated_xml", this.context.part, this.context.fileName);
    return this.inOrder ? this.rows : mergeRows(this.rows);
  }

  /**
   * `<c ...>` without a prefix, attributes from `attrStart`, start tag ending at `close`: the
   * index after the cell, or -1 while the cell is not complete. `<v>n</v></c>` is read in
   * place; anything else inside goes through `value`.
   */
  private unprefixedCell(text: string, attrStart: number, close: number): number {
    if (text.charCodeAt(close - 1) === SLASH) {
      this.cell(text, attrStart, close - 1, -1, -1);
      return close + 1;
    }
    if (text.startsWith("<v>", close + 1)) {
      const valueEnd = text.indexOf("<", close + 4);
      if (valueEnd < 0) return -1;
      if (text.startsWith("</v></c>", valueEnd)) {
        this.rawCell(text, attrStart, close, close + 4, valueEnd);
        return valueEnd + 8;
      }
    }
    const cellEnd = text.indexOf("</c>", close + 1);
    if (cellEnd < 0) return -1;
    this.cell(text, attrStart, close, close + 1, cellEnd);
    return cellEnd + 4;
  }

  private startRow(text: string, start: number, end: number): void {
    this.endRow();
    let number = this.rowNumber + 1;
    eachAttribute(text, start, end, (key, value) => {
      const parsed = Number(value);
      if (key === "r" && Number.isInteger(parsed) && parsed > 0) number = parsed;
    });
    if (number > this.context.maxRows) throw new InputTooLargeError("rows", number, this.context.maxRows);
    this.rowNumber = number;
    this.inRow = true;
    this.rowLength = 0;
    this.column = 0;
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    if (this.rowLength === 0) return;
    if (this.rowNumber <= this.lastRowNumber) this.inOrder = false;
    this.lastRowNumber = this.rowNumber;
    this.rows.push({ rowNumber: this.rowNumber, cells: this.scratch.slice(0, this.rowLength) });
  }

  /**
   * Reads `r`, `t` and `s` by character: the one-letter types and plain style numbers, which
   * nearly every cell has, are decoded without cutting strings.
   */
  private cellAttributes(text: string, start: number, end: number): void {
    this.ref = -1;
    this.type = "";
    this.style = -1;
    let at = start;
    // Nearly every producer writes ` r="A2" t="s"`: one space, a one-letter name, `="`. Those
    // pairs are read here; anything else (other spacing, quotes, longer names) by the loop below.
    while (
      at < end &&
      text.charCodeAt(at) === 32 &&
      text.charCodeAt(at + 2) === 61 &&
      text.charCodeAt(at + 3) === 34
    ) {
      const valueStart = at + 4;
      const valueEnd = text.indexOf('"', valueStart);
      if (valueEnd < 0 || valueEnd >= end) break;
      this.attribute(text.charCodeAt(at + 1), text, valueStart, valueEnd);
      at = valueEnd + 1;
    }
    this.otherAttributes(text, at, end);
  }

  private attribute(key: number, text: string, valueStart: number, valueEnd: number): void {
    if (key === 114) this.ref = columnOf(text, valueStart, valueEnd);
    else if (key === 116) this.type = cellType(text, valueStart, valueEnd);
    else if (key === 115) this.style = styleIndex(text, valueStart, valueEnd);
  }

  private otherAttributes(text: string, start: number, end: number): void {
    let at = start;
    while (at < end) {
      let eq = at;
      while (eq < end && text.charCodeAt(eq) !== 61) eq++;
      if (eq >= end) return;
      let nameStart = at;
      while (isSpace(text.charCodeAt(nameStart))) nameStart++;
      let nameEnd = eq;
      while (nameEnd > nameStart && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      let quoteAt = eq + 1;
      while (isSpace(text.charCodeAt(quoteAt))) quoteAt++;
      const quote = text.charCodeAt(quoteAt);
      if (quote !== 34 && quote !== 39) return;
      const valueStart = quoteAt + 1;
      let valueEnd = valueStart;
      const length = text.length;
      while (valueEnd < length && text.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd >= length) return;
      if (nameEnd - nameStart === 1) this.attribute(text.charCodeAt(nameStart), text, valueStart, valueEnd);
      at = valueEnd + 1;
    }
  }

  private cell(
    text: string,
    attrStart: number,
    attrEnd: number,
    contentStart: number,
    contentEnd: number,
  ): void {
    if (!this.inRow) return;
    this.cellAttributes(text, attrStart, attrEnd);
    const column = this.ref > 0 ? this.ref : this.column + 1;
    this.column = column;
    if (contentStart >= 0) {
      if (hasCdata(text, contentStart, contentEnd)) this.refuseCdata();
      this.put(column, this.value(text, contentStart, contentEnd));
    }
  }

  private refuseCdata(): never {
    throw new DamagedWorkbookError("cdata", this.context.part, this.context.fileName);
  }

  /**
   * A cell of `<v>` only, its value at `start..end`. Shared-string indexes and whole numbers,
   * most of a sheet, are read from the characters; the rest goes through `typed`.
   */
  private rawCell(text: string, attrStart: number, attrEnd: number, start: number, end: number): void {
    if (!this.inRow) return;
    this.cellAttributes(text, attrStart, attrEnd);
    const column = this.ref > 0 ? this.ref : this.column + 1;
    this.column = column;
    const type = this.type;
    const digits = type === "s" || type === "" || type === "n" ? plainInteger(text, start, end) : -1;
    if (digits < 0) this.put(column, this.typed(text.slice(start, end), undefined));
    else if (type === "s") this.put(column, this.sharedStringAt(digits, text, start, end));
    else this.put(column, this.numberValue(digits));
  }

  private put(column: number, value: Cell): void {
    if (value === null || !this.inRow) return;
    if (column > this.context.maxColumns) {
      throw new InputTooLargeError("columns", column, this.context.maxColumns);
    }
    const cells = this.scratch;
    const index = column - 1;
    if (index >= this.rowLength) {
      // The buffer keeps the last row's cells: those skipped over are blanked.
      for (let gap = this.rowLength; gap < index; gap++) cells[gap] = null;
      this.rowLength = index + 1;
    }
    cells[index] = value;
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
      case "s":
        return raw === undefined || raw === "" ? null : this.sharedString(raw);
      case "str":
        return raw === undefined ? null : xmlText(raw);
      case "inlineStr":
        return inline ?? (raw === undefined ? null : xmlText(raw));
      case "b":
        return raw === undefined || raw === "" ? null : raw.trim() === "1" || raw.trim() === "true";
      case "e":
        return raw === undefined || raw === "" ? null : xmlText(raw);
      case "d":
        return raw === undefined || raw === "" ? null : isoCell(xmlText(raw).trim());
      default:
        return raw === undefined || raw === "" ? (inline ?? null) : this.number(raw);
    }
  }

  private sharedString(raw: string): string {
    const index = Number(raw);
    return this.sharedStringAt(Number.isInteger(index) && index >= 0 ? index : -1, raw, 0, raw.length);
  }

  /** The shared string `index` (-1: none), refused when missing; `raw` at `start..end` names it in the message. */
  private sharedStringAt(index: number, raw: string, start: number, end: number): string {
    const strings = this.context.sharedStrings;
    if (strings === undefined) {
      throw new DamagedWorkbookError("missing_shared_strings", this.context.part, this.context.fileName);
    }
    const text = index >= 0 ? strings[index] : undefined;
    if (text === undefined) {
      throw new DamagedWorkbookError(
        "shared_string_index",
        this.context.part,
        this.context.fileName,
        `${raw.slice(start, Math.min(end, start + 20))} of ${strings.length}`,
      );
    }
    return text;
  }

  private number(raw: string): Cell {
    const number = Number(raw);
    if (Number.isNaN(number)) return xmlText(raw);
    return this.numberValue(number);
  }

  /** A number, or the date it stands for when the cell's style shows a date. */
  private numberValue(number: number): Cell {
    if (this.style >= 0 && this.context.dateStyles[this.style] === true) {
      const date = serialToWallClockDate(number, this.context.date1904);
      if (!Number.isNaN(date.getTime())) return date;
    }
    return number;
  }
}

/** Digits only, at most 15 (exact as a double): their value; otherwise -1. */

function plainInteger(text: string, start: number, end: number): number {
  if (end === start || end - start > 15) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The `t` attribute's value; the one-letter types as constants, so no string is cut per cell. */
function cellType(text: string, start: number, end: number): string {
  if (end - start === 1) {
    switch (text.charCodeAt(start)) {
      case 115:
        return "s";
      case 110:
        return "n";
      case 98:
        return "b";
      case 101:
        return "e";
      case 100:
        return "d";
    }
  }
  return text.slice(start, end);
}

/** The `s` attribute as a number, as `Number()` reads it; plain digits without a cut. */
function styleIndex(text: string, start: number, end: number): number {
  if (end === start || end - start > 9) return Number(text.slice(start, end));
  let index = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return Number(text.slice(start, end));
    index = index * 10 + digit;
  }
  return index;
}

/** The column number of a cell reference (`AB12` -> 28); -1 when it has no letters. */
function columnOf(text: string, start: number, end: number): number {
  let column = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
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
  for (const row of rows) {
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
    .map(([rowNumber, cells]) => ({ rowNumber, cells }));
}
