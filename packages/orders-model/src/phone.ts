import { z } from "zod";
import { asciiDigits, cleanCell, toHalfWidth } from "./cells";

export const PhoneKind = z.enum(["mobile", "masked", "extension", "landline", "invalid"]);
export type PhoneKind = z.infer<typeof PhoneKind>;

export type ParsedPhone = {
  kind: PhoneKind;
  /** Digits as they can be compared (`13812345678`, `13812345678-1234`, `025-83001234`); the cleaned text when invalid. */
  normalized: string;
  /** Safe to show in logs and messages. */
  masked: string;
  /** The privacy extension (`转1234`, `-1234`) platforms add to a virtual number. */
  extension?: string;
};

const MOBILE = /^1[3-9]\d{9}$/;
const MASKED = /^1[3-9]\d\*{4}\d{4}$/;
const LOOSE_MASKED = /^1[\d*]{10}$/;
const EXTENSION_SUFFIX = /^(.*?)(?:-|转|#|,|ext\.?)(\d{1,6})$/i;
const COUNTRY_CODE = /^(?:\+86|0086|86)-?(?=1[3-9])/;

function compact(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s()]/g, "")
    .replace(/\uff0a/g, "*");
}

/** `1[3-9]` and nine more digits, exactly what `MOBILE` matches. */
function isPlainMobile(text: string): boolean {
  if (text.length !== 11 || text.charCodeAt(0) !== 49) return false;
  const second = text.charCodeAt(1);
  return second >= 51 && second <= 57 && asciiDigits(text, 2) >= 0;
}

function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

type NumberAndExtension = { number: string; extension?: string };

/**
 * Dashes inside a number (`138-1234-5678`, `025-8300-1234`) only group digits; a last
 * group after `-`, `转`, `#` or `ext` is an extension when the rest is a whole number.
 */
function splitExtension(text: string, isNumber: (digits: string) => boolean): NumberAndExtension | undefined {
  const whole = text.replace(/-/g, "");
  if (isNumber(whole)) return { number: whole };
  const [, head, extension] = EXTENSION_SUFFIX.exec(text) ?? [];
  const number = head?.replace(/-/g, "");
  return number !== undefined && isNumber(number) ? { number, extension } : undefined;
}

/** Beijing (010) and the 02x cities have 3-digit area codes, everywhere else 4. */
function areaCodeLength(digits: string): number {
  return /^0[12]/.test(digits) ? 3 : 4;
}

function isLandline(digits: string): boolean {
  if (!/^0\d{9,11}$/.test(digits)) return false;
  const localLength = digits.length - areaCodeLength(digits);
  return localLength >= 7 && localLength <= 8;
}

function withExtension(phone: ParsedPhone, extension: string | undefined): ParsedPhone {
  if (extension === undefined) return phone;
  return {
    kind: phone.kind === "mobile" ? "extension" : phone.kind,
    normalized: `${phone.normalized}-${extension}`,
    masked: `${phone.masked}-${extension}`,
    extension,
  };
}

function parseLandline(text: string): ParsedPhone | undefined {
  const split = splitExtension(text, isLandline);
  if (!split) return undefined;
  const area = split.number.slice(0, areaCodeLength(split.number));
  const local = split.number.slice(area.length);
  const phone: ParsedPhone = {
    kind: "landline",
    normalized: `${area}-${local}`,
    masked: `${area}-****${local.slice(-4)}`,
  };
  return withExtension(phone, split.extension);
}

function parseMobileLike(text: string): ParsedPhone | undefined {
  const local = text.replace(COUNTRY_CODE, "");
  const undashed = local.replace(/-/g, "");
  if (MASKED.test(undashed) || (LOOSE_MASKED.test(undashed) && undashed.includes("*"))) {
    return { kind: "masked", normalized: undashed, masked: undashed };
  }
  const split = splitExtension(local, (digits) => MOBILE.test(digits));
  if (!split) return undefined;
  const phone: ParsedPhone = { kind: "mobile", normalized: split.number, masked: maskMobile(split.number) };
  return withExtension(phone, split.extension);
}

/**
 * A phone cell: mainland mobile (spaces, `-`, `+86`/`0086`/`86` removed), a masked
 * mobile (`138****1234`), a privacy extension (`13812345678-1234`, `13812345678转1234`),
 * a landline, or invalid. Masked and extension forms are valid numbers, only flagged.
 */
export function parsePhone(input: unknown): ParsedPhone {
  // The usual cell, a mobile's 11 digits and nothing else, without cleaning and regexes:
  // this runs for every order of a 100k-row export.
  if (typeof input === "string" && isPlainMobile(input)) {
    return { kind: "mobile", normalized: input, masked: maskMobile(input) };
  }
  const cleaned = cleanCell(input);
  const text = compact(cleaned);
  const parsed = parseMobileLike(text) ?? parseLandline(text);
  return parsed ?? { kind: "invalid", normalized: cleaned, masked: maskDigitRuns(maskPhonesInText(cleaned)) };
}

/** A mistyped number (one digit short or long) is still someone's phone: hide its middle too. */
function maskDigitRuns(text: string): string {
  return text.replace(/\d{7,}/g, (run) => `${run.slice(0, 3)}${"*".repeat(run.length - 7)}${run.slice(-4)}`);
}

/** `13812345678` -> `138****1234`; text that is no phone comes back with any mobile in it masked. */
export function maskPhone(text: unknown): string {
  return parsePhone(text).masked;
}

/**
 * What may stand between the digits of one number (text already half-width): up to three
 * characters of spacing or punctuation people group digits with: spaces of any kind (a tab, a
 * no-break, a zero-width space), dashes, dots, commas (a status cell `138/1234/5678` is echoed as
 * its words joined: `138,1234,5678`), `/ \ _ ~ | ·`. Not `:` (times: `13:30:00`), not `、` (lists
 * of row numbers: `第 13、14、15 行`), not letters or Chinese (dates: `… 至 2026`).
 * A JSON escape (`\t`, `\n`) is one such character as `--json` writes it.
 */
const GROUPING = String.raw`(?:(?:[\s\u200b-\u200d\u2060\ufeff.,\-\u2010-\u2015\u2212/\\_~|\u00b7\u30fb]|\\[nrt]){1,3})`;

/**
 * Order numbers a letter prefix marks as such (官网 `GW…`, 万里牛 `XD…`): eleven digits after them
 * that look like a mobile are the order's, and must stay findable in a message.
 */
const ID_PREFIX = "(?<!GW|XD)";

/**
 * Where a number in a text may start. Digits right before it make it part of another number;
 * letters glued on are a label (`TEL`, `QQ`, `VX`, `wx`, `Ph`, …), except an order number's own
 * prefix; digits right after a mask (`138****1234`) belong to that number. A JSON escape
 * (`\u0001`) ends in digits that are not the number's.
 */
const NUMBER_START = String.raw`(?:(?<!\d)|(?<=\\u[0-9A-Fa-f]{4}))${ID_PREFIX}(?<!\d\*+)`;

/** Where a number ends: no digit follows, and it does not run into a masked number. */
const NUMBER_END = String.raw`(?!\d|\*+\d)`;

/**
 * A mainland mobile: `1[3-9]` and nine digits, grouped any way (`138 1234 5678`, `138.1234.5678`,
 * `138-1234-5678`), after an optional country code (`+86`, `0086`, `86`, `(+86)`). The first
 * lookahead only spares the engine the lookbehinds at positions where no number can start.
 */
const MOBILE_IN_TEXT = new RegExp(
  String.raw`(?=[+(018])${NUMBER_START}(?:(?:\((?:\+|00)?86\)|(?:\+|00)?86)${GROUPING}?)?(1${GROUPING}?[3-9](?:${GROUPING}?\d){9})${NUMBER_END}`,
  "g",
);

/**
 * A landline written with its area code set apart (`025-83001234`, `(025) 83001234`); run
 * together it cannot be told from other long numbers in a log line.
 */
const LANDLINE_IN_TEXT = new RegExp(
  String.raw`(?=[(0])${NUMBER_START}\(?(0\d{2,3})\)?[\s-]?\d{3,4}[\s-]?(\d{4})${NUMBER_END}`,
  "g",
);

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/**
 * `replace` that finds on the half-width reading of the text, so full-width digits, spaces and
 * letters count as theirs; the text between matches stays as written. `toHalfWidth` maps each
 * character to exactly one, so positions in both readings are the same.
 */
function replaceInHalfWidth(
  text: string,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): string {
  const halfWidth = FULL_WIDTH.test(text) ? toHalfWidth(text) : text;
  let result = "";
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(halfWidth); match; match = pattern.exec(halfWidth)) {
    result += text.slice(last, match.index) + replacer(match);
    last = match.index + match[0].length;
  }
  return result + text.slice(last);
}

function maskMobileMatch([, grouped = ""]: RegExpExecArray): string {
  return maskMobile(grouped.replace(/\D/g, ""));
}

function maskLandlineMatch([match, area = "", tail = ""]: RegExpExecArray): string {
  return /^0\d{2,3}\d{7,8}$/.test(match) ? match : `${area}-****${tail}`;
}

/**
 * The one masking of phone numbers in free text (log lines, messages, errors, JSON): every
 * mainland mobile, in any grouping, full- or half-width, with a country code or a label glued
 * on, becomes `138****1234`; every landline written with its area code set apart `025-****1234`.
 * Order numbers, waybills and other long digit runs stay as they are.
 */
export function maskPhonesInText(text: string): string {
  const mobilesMasked = replaceInHalfWidth(text, MOBILE_IN_TEXT, maskMobileMatch);
  return replaceInHalfWidth(mobilesMasked, LANDLINE_IN_TEXT, maskLandlineMatch);
}

/**
 * Phone cell text <-> its normalised form as a zod codec. Masked and extension forms
 * decode to themselves; text that is no phone number is an issue (shown masked).
 */
export const PhoneText = z.codec(z.string(), z.string(), {
  decode: (text, ctx) => {
    const parsed = parsePhone(text);
    if (parsed.kind !== "invalid") return parsed.normalized;
    ctx.issues.push({ code: "custom", message: "phone_invalid", input: parsed.masked });
    return z.NEVER;
  },
  encode: (normalized) => normalized,
});
