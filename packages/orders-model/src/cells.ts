/** `="..."` is how exports stop Excel from turning an ID into a number. */
const FORMULA_GUARD = /^="(.*)"$/s;

/** Whitespace an export may leave around a value: JavaScript's `\s` (ASCII, NBSP, U+3000, BOM, the U+2000 spaces) and zero-width U+200B. */
function isEdgeSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether text is nothing but the whitespace `cleanCell` trims (checked per cell: no copy is made). */
export function isBlankText(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (!isEdgeSpace(text.charCodeAt(at))) return false;
  return true;
}

/** Edge whitespace removed with a character loop: this runs on every cell of every export. */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function stripGuardsOnce(text: string): string {
  const trimmed = trimEdges(text);
  const first = trimmed.charCodeAt(0);
  // Neither `=` nor `'` first: no guard, the common case, without the regex.
  if (first !== 61 && first !== 39) return trimmed;
  const formula = FORMULA_GUARD.exec(trimmed);
  if (formula) return formula[1] ?? "";
  if (trimmed.startsWith("'")) return trimmed.slice(1);
  return trimmed;
}

function stripGuards(text: string): string {
  let current = text;
  for (;;) {
    const next = stripGuardsOnce(current);
    if (next === current) return current;
    current = next;
  }
}

/**
 * A Date also when it comes from another realm (the Excel taskpane runs in an iframe with
 * its own `Date`), where `instanceof Date` is false.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** Integers are rendered as plain digits, never `1.2e+21`, so IDs stay readable. */
function numberToText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Below 2^53 `String` writes plain digits too, without a BigInt per cell.
  if (Number.isSafeInteger(value)) return String(value);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

/**
 * Text of a spreadsheet cell with the guards exports put around IDs removed:
 * surrounding whitespace (tab, NBSP, U+3000), `="…"`, a leading apostrophe.
 * Numbers become plain digits; `null`/`undefined` become `""`.
 */
export function cleanCell(value: unknown): string {
  if (typeof value === "string") return stripGuards(value);
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return numberToText(value);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  return stripGuards(String(value));
}

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

function hasFullWidth(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x3000 || (code >= 0xff01 && code <= 0xff5e)) return true;
  }
  return false;
}

/**
 * Full-width ASCII (`１２３`, `ＧＷ`, `（）`, `，`) and the ideographic space to their
 * half-width forms. Chinese punctuation outside that block (`、。【】“”`) is kept, since
 * it carries meaning the half-width set has no equivalent for.
 */
export function toHalfWidth(text: string): string {
  if (!hasFullWidth(text)) return text;
  return text
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/\u3000/g, " ");
}

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;
/** Excel keeps 15 significant digits; more digits than that were never stored. */
const EXCEL_DIGITS = 15;

function looksTruncatedByExcel(digits: string): boolean {
  const significant = digits.replace(/^0+/, "");
  if (significant.length <= EXCEL_DIGITS) return false;
  return /^0+$/.test(significant.slice(EXCEL_DIGITS));
}

/**
 * A number as Excel's General format shows it: 12 or more integer digits in scientific
 * notation (`2.02511E+19`). What the operator sees, so a destroyed ID is named that way.
 */
export function excelGeneralText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e11) {
    const [mantissa = "", exponent = ""] = value.toExponential(5).split("e");
    return `${mantissa.replace(/\.?0+$/, "")}E+${exponent.replace("+", "").padStart(2, "0")}`;
  }
  return String(value);
}

/**
 * Where a table's cells come from, which decides what a long digit ID can have suffered:
 * `typed` sources (xlsx, the taskpane's range values) tell a text cell from a number cell, and a text cell
 * keeps every digit it was given; `untyped` ones (CSV, HTML tables) hold text only, so digit text
 * may be what Excel wrote back after it had already rounded a number.
 */
export type CellTyping = "typed" | "untyped";

/**
 * What a cell meant to hold a long ID tells about it: `destroyed` when Excel certainly lost
 * digits (a number of 16+ digits, or text in scientific notation such as `2.02511E+19`);
 * `suspect` when it may have (digit text of 16+ digits whose digits after the 15th are all
 * zeros, from an `untyped` source only: one real ID in ten ends in 0, so it is a warning);
 * undefined when the ID is whole. A text cell of a typed source is never destroyed.
 */
export function idDamage(value: unknown, typing: CellTyping = "typed"): "destroyed" | "suspect" | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    return Math.abs(value) >= 1e15 ? "destroyed" : undefined;
  }
  if (typeof value !== "string") return undefined;
  // An ID that starts with a letter (`GW2026…`, `XD…`) is neither digits nor scientific, and
  // cleaning keeps that letter first: most IDs are settled here, before any copy is made.
  const first = value.charCodeAt(0) | 0x20;
  if (first >= 97 && first <= 122 && first !== 101) return undefined;
  const text = toHalfWidth(cleanCell(value));
  // Checked on every order and WMS row: digits alone are suspect only past 15 of them, and
  // only text with an `e` can be scientific; the regexes run for those few.
  if (text !== "" && asciiDigits(text) >= 0) {
    if (typing === "typed" || text.length <= EXCEL_DIGITS) return undefined;
    return looksTruncatedByExcel(text) ? "suspect" : undefined;
  }
  return (text.includes("e") || text.includes("E")) && SCIENTIFIC.test(text) ? "destroyed" : undefined;
}

/**
 * True when a cell meant to hold a long ID was already destroyed by Excel and cannot be
 * recovered: scientific notation (`2.02511E+19`) or a number of 16+ digits. Digit text is never
 * destroyed by this test: whether text padded with zeros is suspect depends on the source
 * (`idDamage` with `untyped`).
 */
export function isDestroyedId(value: unknown): boolean {
  return idDamage(value) === "destroyed";
}

/**
 * The number the ASCII digits at `start..end` write, or -1 if any is no digit: the character-code
 * reading the fast paths of IDs, phones and times share (exact up to 15 digits; past that only
 * "all digits or not" holds).
 */
export function asciiDigits(text: string, start = 0, end = text.length): number {
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;

/** Digits, upper-case letters, `-` and `_` only: already what `normalizeOrderNumber` makes, as most order numbers are. */
function isNormalOrderNumber(text: string): boolean {
  if (text === "") return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 45 || code === 95))
      return false;
  }
  return true;
}

/**
 * Order number as it can be compared across exports: guards stripped, half-width,
 * no inner whitespace, upper case, every dash variant as `-`.
 */
export function normalizeOrderNumber(value: unknown): string {
  if (typeof value === "string" && isNormalOrderNumber(value)) return value;
  return toHalfWidth(cleanCell(value)).replace(/\s+/g, "").replace(DASHES, "-").toUpperCase();
}

/** What joins the numbers of a merged order: `|` (万里牛, its WMS), `,` where an export uses it (full-width forms are made half-width first). */
const MERGE_SEPARATORS = /[|,]+/;

/**
 * The order numbers one cell stands for, each normalised like `normalizeOrderNumber`: 万里牛
 * merges several platform orders into one shipment and writes their numbers joined (`A|B`),
 * and every part must join the platform's own order. Blank parts and repeats are dropped; a
 * cell without a separator gives its one number (none for a blank cell).
 */
export function splitOrderNumbers(value: unknown): string[] {
  const whole = normalizeOrderNumber(value);
  if (!whole.includes("|") && !whole.includes(",")) return whole === "" ? [] : [whole];
  return [...new Set(whole.split(MERGE_SEPARATORS).filter((part) => part !== ""))];
}
