import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { hasCdata } from "./tags";

/**
 * The little of XML that SpreadsheetML parts use: the five predefined entities, numeric
 * character references, attributes. Nothing else is ever expanded: a DOCTYPE is skipped as an
 * unknown tag and an entity it defines stays literal text, so no entity expansion can happen.
 */

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;

function reference(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 35) return NAMED[body] ?? whole;
  const code =
    body.charCodeAt(1) === 120 ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : whole;
}

/** Text content as an XML parser gives it: line ends normalised to LF (before references, so `&#13;` stays a CR), references resolved. */
export function xmlText(raw: string): string {
  let text = raw;
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  if (text.indexOf("&") >= 0) text = text.replace(REFERENCE, reference);
  return text;
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * OOXML's escapes for characters XML cannot hold (`_x000D_` a CR, `_x005F_` an underscore),
 * which Excel and exceljs write in string items. One pass, left to right: `_x005F_x0041_`
 * is the text `_x0041_`, as the standard says.
 */
export function unescapeOoxml(text: string): string {
  return text.indexOf("_x") >= 0
    ? text.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * The attributes of one start tag `text.slice(start, end)` (from after the name to before `>`),
 * calling `take(name, value)` for each, value unresolved. Quoting with `'` or `"` both work.
 */
export function eachAttribute(
  text: string,
  start: number,
  end: number,
  take: (name: string, value: string) => void,
): void {
  let at = start;
  while (at < end) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < end && text.charCodeAt(at) !== 61 && !isSpace(text.charCodeAt(at))) at++;
    const name = text.slice(nameStart, at);
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 61) return;
    at++;
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    const quote = text.charCodeAt(at);
    if (quote !== 34 && quote !== 39) return;
    const valueEnd = text.indexOf(quote === 34 ? '"' : "'", at + 1);
    if (valueEnd < 0 || valueEnd > end) return;
    if (name !== "") take(name, text.slice(at + 1, valueEnd));
    at = valueEnd + 1;
  }
}

/** Attributes of a start tag as a record, names without their prefix (`r:id` is `id`), values resolved. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const nameEnd = tag.search(/[\s/>]/);
  eachAttribute(tag, nameEnd < 0 ? tag.length : nameEnd, tag.length, (name, value) => {
    const local = name.slice(name.indexOf(":") + 1);
    if (!(local in out) || name.indexOf(":") < 0) out[local] = xmlText(value);
  });
  return out;
}

/**
 * A small part without its comments and processing instructions: markup inside a comment is
 * no markup (`<!-- <sheet …/> -->` names no sheet). The XML declaration goes too; nothing reads it.
 */
export const withoutComments = (xml: string): string =>
  xml.indexOf("<!--") < 0 && xml.indexOf("<?") < 0 ? xml : xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, "");

/**
 * Every start or empty tag of a small part with the given local name, as its raw text `<x ...>`.
 * Read by the quotes: a `>` inside a quoted value (`name="订单>11月"`, `formatCode="[>=100]0"`) is the value's.
 */
export function* tagsNamed(xml: string, local: string): Generator<string> {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, "g");
  for (const match of xml.matchAll(pattern)) yield match[0];
}

/**
 * The text of a string item (`<si>` of shared strings, `<is>` of an inline string): plain
 * `<t>`, or the `<t>` of every rich-text run `<r>` joined; phonetic runs `<rPh>` are left
 * out, as Excel shows them only above the text.
 */
export function stringItemText(xml: string, start: number, end: number): string {
  // No program writes CDATA in a string item; skipping it would lose the text.
  if (hasCdata(xml, start, end)) throw new DamagedWorkbookError("cdata");
  let text = "";
  let phonetic = 0;
  let at = start;
  while (at < end) {
    const open = xml.indexOf("<", at);
    if (open < 0 || open >= end) break;
    const close = xml.indexOf(">", open);
    if (close < 0 || close > end) break;
    const closing = xml.charCodeAt(open + 1) === 47;
    let nameStart = open + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < close && !isSpace(xml.charCodeAt(nameEnd)) && xml.charCodeAt(nameEnd) !== 47) {
      if (xml.charCodeAt(nameEnd) === 58) nameStart = nameEnd + 1;
      nameEnd++;
    }
    const name = xml.slice(nameStart, nameEnd);
    const empty = xml.charCodeAt(close - 1) === 47;
    at = close + 1;
    if (name === "rPh" && !empty) phonetic += closing ? -1 : 1;
    else if (name === "t" && !closing && !empty) {
      const textEnd = xml.indexOf("<", at);
      const stop = textEnd < 0 || textEnd > end ? end : textEnd;
      if (phonetic === 0) text += unescapeOoxml(xmlText(xml.slice(at, stop)));
      at = stop;
    }
  }
  return text;
}
