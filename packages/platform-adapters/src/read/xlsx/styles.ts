import { attributes, tagsNamed, withoutComments } from "./xml-text";

/**
 * What a number format makes of a number: a date (or time of day), an elapsed time (`[h]:mm`,
 * `[mm]:ss`, `[s]`: a duration, which can pass 24 hours), or a plain number (false).
 */
export type DateStyle = boolean | "elapsed";

/**
 * Built-in number formats that show a date or time: 14-22 and 45-47 in every locale, and
 * 27-36 and 50-58, which are date formats in the Chinese, Japanese and Korean builds of
 * Excel (ECMA-376 Part 1, 18.8.30) and are written by id alone. 46 is `[h]:mm:ss`, elapsed.
 */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55,
  56, 57, 58,
]);
const BUILTIN_ELAPSED_ID = 46;

/** `[h]`, `[mm]`, `[ss]`: an elapsed-time token, as openpyxl recognises one (its `TIMEDELTA_RE`). */
const ELAPSED = /\[(?:h+|m+|s+)]/i;

/**
 * Whether a custom format code shows a date or time: a y, m, d, h, s (or b, the Buddhist
 * year) outside quoted text, `[...]` sections (colours, locales, `[h]` elapsed hours),
 * backslash escapes and the `_x` / `*x` padding; "elapsed" when it counts hours, minutes or
 * seconds past their day (`[h]:mm`, `[s]`), in any section outside quoted text.
 */
export function formatKind(code: string): DateStyle {
  const unquoted = code.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (ELAPSED.test(unquoted)) return "elapsed";
  const bare = unquoted.replace(/\[[^\]]*]/g, "").replace(/[_*]./g, "");
  return /[ymdhsb]/i.test(bare);
}

/** Whether a custom format code shows a date, a time or an elapsed time. */
export const isDateFormat = (code: string): boolean => formatKind(code) !== false;

/** The text of the first `<name>…</name>` section of a small part, or "" when it has none. */
function section(xml: string, name: string): string {
  const start = xml.search(new RegExp(`<(?:\\w+:)?${name}[\\s>]`));
  if (start < 0) return "";
  const end = xml.slice(start).search(new RegExp(`</(?:\\w+:)?${name}>`));
  return xml.slice(start, end < 0 ? xml.length : start + end);
}

/**
 * Per cell style index (`<c s>`): what its number format makes of a number. Custom formats are
 * taken from `<numFmts>` only: a `<numFmt>` of a differential format (`<dxfs>`, conditional
 * formatting) may reuse a cell format's id for another code. Comments are no part of the styles.
 */
export function dateStyles(stylesXml: string): DateStyle[] {
  const xml = withoutComments(stylesXml);
  const custom = new Map<number, DateStyle>();
  for (const tag of tagsNamed(section(xml, "numFmts"), "numFmt")) {
    const { numFmtId, formatCode } = attributes(tag);
    if (numFmtId !== undefined) custom.set(Number(numFmtId), formatKind(formatCode ?? ""));
  }
  const cellXfs = section(xml, "cellXfs");
  const out: DateStyle[] = [];
  for (const tag of tagsNamed(cellXfs, "xf")) {
    const id = Number(attributes(tag).numFmtId ?? 0);
    out.push(custom.get(id) ?? (id === BUILTIN_ELAPSED_ID ? "elapsed" : BUILTIN_DATE_IDS.has(id)));
  }
  return out;
}
