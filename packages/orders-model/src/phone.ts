import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

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
 * A mainland mobile anywhere in a text, written plainly, spaced or dashed, with or without
 * a country code. Letters or digits right before it mean it is part of another ID.
 */
const MOBILE_IN_TEXT = /(?<![0-9A-Za-z])(?:(?:\+|00)?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;

/**
 * A landline written with its area code set apart (`025-83001234`, `(025) 83001234`); run
 * together it cannot be told from other long numbers in a log line.
 */
const LANDLINE_IN_TEXT = /(?<![0-9A-Za-z])\(?(0\d{2,3})\)?[\s-]?\d{3,4}[\s-]?(\d{4})(?!\d)/g;

/**
 * Every mainland mobile in a log line or message masked as `138****1234`, and every landline
 * written with its area code set apart as `025-****1234`.
 */
export function maskPhonesInText(text: string): string {
  return text
    .replace(MOBILE_IN_TEXT, (_match, head: string, _middle: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE_IN_TEXT, (match, area: string, tail: string) =>
      /^0\d{2,3}\d{7,8}$/.test(match) ? match : `${area}-****${tail}`,
    );
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
