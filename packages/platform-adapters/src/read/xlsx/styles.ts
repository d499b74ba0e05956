import { attributes, tagsNamed } from "./xml-text";

/**
 * Built-in number formats that show a date or time: 14-22 and 45-47 in every locale, and
 * 27-36 and 50-58, which are date formats in the Chinese, Japanese and Korean builds of
 * Excel (ECMA-376 Part 1, 18.8.30) and are written by id alone.
 */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * Whether a custom format code shows a date or time: a y, m, d, h, s (or b, the Buddhist
 * year) outside quoted text, `[...]` sections (colours, locales, `[h]` elapsed hours),
 * backslash escapes and the `_x` / `*x` padding. Like exceljs, `[h]:mm` counts as a time,
 * because its `mm` is outside the brackets; a duration then reads as a Date, as it did.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
  return /[ymdhsb]/i.test(bare);
}

/** Per cell style index (`<c s>`): whether its number format makes the number a date. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, boolean>();
  for (const tag of tagsNamed(stylesXml, "numFmt")) {
    const { numFmtId, formatCode } = attributes(tag);
    if (numFmtId !== undefined) custom.set(Number(numFmtId), isDateFormat(formatCode ?? ""));
  }
  const start = stylesXml.search(/<(?:\w+:)?cellXfs[\s>]/);
  if (start < 0) return [];
  const end = stylesXml.search(/<\/(?:\w+:)?cellXfs>/);
  const section = stylesXml.slice(start, end < 0 ? stylesXml.length : end);
  const out: boolean[] = [];
  for (const tag of tagsNamed(section, "xf")) {
    const id = Number(attributes(tag).numFmtId ?? 0);
    out.push(custom.get(id) ?? BUILTIN_DATE_IDS.has(id));
  }
  return out;
}
