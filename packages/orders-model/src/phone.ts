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
const EXTENSION = /^(1[3-9]\d{9})(?:-|转|#|,|ext\.?)(\d{1,6})$/i;
const LANDLINE = /^(0\d{2,3})-?(\d{7,8})(?:(?:-|转)(\d{1,6}))?$/;
const COUNTRY_CODE = /^(?:\+86|0086|86)(?=1[3-9])/;

function compact(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s()]/g, "")
    .replace(/\uff0a/g, "*");
}

function maskMobile(mobile: string): string {
  return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
}

/** Separators inside the number (`138-1234-5678`) go; the one before an extension stays. */
function withoutInnerDashes(text: string): string {
  const ext = /^(.*?)((?:-|转|#|,|ext\.?)\d{1,6})$/i.exec(text);
  const head = ext?.[1] ?? text;
  const headDigits = head.replace(/-/g, "");
  if (ext && MOBILE.test(headDigits)) return headDigits + (ext[2] ?? "");
  return text.replace(/-/g, "");
}

function parseLandline(text: string): ParsedPhone | undefined {
  const match = LANDLINE.exec(text);
  if (!match) return undefined;
  const [, rawArea = "", rest = "", extension] = match;
  const all = rawArea + rest;
  // Beijing (010) and the 02x cities have 3-digit area codes, everywhere else 4.
  const areaLength = /^0[12]/.test(all) ? 3 : 4;
  const area = all.slice(0, areaLength);
  const local = all.slice(areaLength);
  if (local.length < 7 || local.length > 8) return undefined;
  const suffix = extension ? `-${extension}` : "";
  return {
    kind: "landline",
    normalized: `${area}-${local}${suffix}`,
    masked: `${area}-****${local.slice(-4)}${suffix}`,
    ...(extension ? { extension } : {}),
  };
}

function parseMobileLike(text: string): ParsedPhone | undefined {
  const local = withoutInnerDashes(text).replace(COUNTRY_CODE, "");
  if (MOBILE.test(local)) return { kind: "mobile", normalized: local, masked: maskMobile(local) };
  if (MASKED.test(local) || (LOOSE_MASKED.test(local) && local.includes("*"))) {
    return { kind: "masked", normalized: local, masked: local };
  }
  const ext = EXTENSION.exec(local);
  if (ext) {
    const [, mobile = "", extension = ""] = ext;
    return {
      kind: "extension",
      normalized: `${mobile}-${extension}`,
      masked: `${maskMobile(mobile)}-${extension}`,
      extension,
    };
  }
  return undefined;
}

/**
 * A phone cell: mainland mobile (spaces, `-`, `+86`/`0086`/`86` removed), a masked
 * mobile (`138****1234`), a privacy extension (`13812345678-1234`, `13812345678转1234`),
 * a landline, or invalid. Masked and extension forms are valid numbers, only flagged.
 */
export function parsePhone(input: unknown): ParsedPhone {
  const cleaned = cleanCell(input);
  const text = compact(cleaned);
  const parsed = parseMobileLike(text) ?? (text.startsWith("0") ? parseLandline(text) : undefined);
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

/** Every mainland mobile in a log line or message, masked as `138****1234`. */
export function maskPhonesInText(text: string): string {
  return text.replace(
    MOBILE_IN_TEXT,
    (_match, head: string, _middle: string, tail: string) => `${head}****${tail}`,
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
