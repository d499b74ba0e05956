import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

/** An amount of money in fen (分), the only unit the model computes with. */
export const Fen = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
export type Fen = z.infer<typeof Fen>;

export const MoneyIssueCode = z.enum(["money-empty", "money-invalid", "money-out-of-range"]);
export type MoneyIssueCode = z.infer<typeof MoneyIssueCode>;

export type MoneyResult = { ok: true; fen: Fen } | { ok: false; code: MoneyIssueCode };

/** A decimal number as text, after currency marks and thousands separators are gone. */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** Beyond this an amount cannot be a safe integer of fen. */
const MAX_EXPONENT = 20;
const CURRENCY = /^(?:¥|￥|RMB|CNY)|(?:元|RMB|CNY)$/gi;

function stripCurrency(text: string): string {
  const compact = toHalfWidth(text)
    .replace(/[\s\u00a0]/g, "")
    .replace(/\u2212/g, "-");
  const signMoved = compact.replace(/^([+-])(¥|￥)/, "$2$1");
  return signMoved.replace(CURRENCY, "");
}

function removeThousands(text: string): string | undefined {
  if (!text.includes(",")) return text;
  return GROUPED.test(text) ? text.replace(/,/g, "") : undefined;
}

/** Moves the decimal point of `digits` (with `pointAt` integer digits) by `shift` places. */
function shiftPoint(digits: string, pointAt: number, shift: number): { int: string; frac: string } {
  const at = pointAt + shift;
  if (at <= 0) return { int: "0", frac: "0".repeat(-at) + digits };
  if (at >= digits.length) return { int: digits + "0".repeat(at - digits.length), frac: "" };
  return { int: digits.slice(0, at), frac: digits.slice(at) };
}

/** Up to 13 integer digits are under 2^53 as fen, so plain number arithmetic is exact. */
const MAX_PLAIN_DIGITS = 13;

/**
 * The usual amount (`12.5`, `-3`, `0.125`: sign, digits, point) read with a character loop and
 * rounded like `decimalToFen`; anything else (exponent, more digits) is left to it.
 */
function plainDecimalToFen(text: string): number | undefined {
  const length = text.length;
  let at = 0;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) at = 1;
  let yuan = 0;
  const intStart = at;
  for (; at < length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    yuan = yuan * 10 + digit;
  }
  const intDigits = at - intStart;
  if (intDigits > MAX_PLAIN_DIGITS) return undefined;
  let cents = 0;
  let fracDigits = 0;
  let roundUp = 0;
  if (at < length && text.charCodeAt(at) === 46) {
    for (at++; at < length; at++, fracDigits++) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) return undefined;
      if (fracDigits < 2) cents = cents * 10 + digit;
      else if (fracDigits === 2 && digit >= 5) roundUp = 1;
    }
  }
  if (at !== length || intDigits + fracDigits === 0) return undefined;
  if (fracDigits === 1) cents *= 10;
  const fen = yuan * 100 + cents + roundUp;
  return first === 45 && fen !== 0 ? -fen : fen;
}

/**
 * Rounds a decimal string to fen half away from zero, on the digits themselves: float
 * multiplication would turn `1.005` into 100.49999… fen.
 */
function decimalToFen(text: string): MoneyResult {
  const plain = plainDecimalToFen(text);
  if (plain !== undefined) return { ok: true, fen: plain };
  const match = DECIMAL.exec(text);
  const [, sign = "", intDigits = "", fracDigits = "", exponent = "0"] = match ?? [];
  if (!match || (intDigits === "" && fracDigits === "")) return { ok: false, code: "money-invalid" };
  const shift = Number(exponent);
  if (shift > MAX_EXPONENT) return { ok: false, code: "money-out-of-range" };
  const { int, frac } = shiftPoint(
    intDigits + fracDigits,
    intDigits.length,
    Math.max(shift, -intDigits.length - 3),
  );
  const padded = `${frac}000`;
  const roundUp = Number(padded[2]) >= 5 ? 1n : 0n;
  const fen = BigInt(int) * 100n + BigInt(padded.slice(0, 2)) + roundUp;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, code: "money-out-of-range" };
  const signed = sign === "-" ? -Number(fen) : Number(fen);
  return { ok: true, fen: signed === 0 ? 0 : signed };
}

function parseMoneyText(text: string): MoneyResult {
  const cleaned = cleanCell(text);
  if (cleaned === "") return { ok: false, code: "money-empty" };
  // Plain digits have no currency marks or separators to strip.
  const fen = plainDecimalToFen(cleaned);
  if (fen !== undefined) return { ok: true, fen };
  const plain = removeThousands(stripCurrency(cleaned));
  if (plain === undefined || plain === "") return { ok: false, code: "money-invalid" };
  return decimalToFen(plain);
}

/**
 * Money from a cell, in fen: `¥12.50`, `￥12.5`, `12.50元`, `1,234.50`, full-width digits,
 * numbers such as `12.499999` from Excel (rounded to the fen on their decimal digits),
 * negative refunds. Never throws: unusable input gives a code.
 */
export function parseMoney(input: unknown): MoneyResult {
  if (input === null || input === undefined) return { ok: false, code: "money-empty" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, code: "money-invalid" };
    return decimalToFen(String(input));
  }
  if (typeof input === "bigint") return decimalToFen(input.toString());
  if (typeof input !== "string") return { ok: false, code: "money-invalid" };
  return parseMoneyText(input);
}

/** `1250` -> `"12.50"`, `-5` -> `"-0.05"`. Non-integers are rounded to the nearest fen first. */
export function formatFen(fen: number): string {
  const whole = Math.round(fen);
  const abs = Math.abs(whole);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  return `${whole < 0 ? "-" : ""}${yuan}.${cents}`;
}

/** Money text <-> fen as a zod codec: decode parses a cell text, encode writes `12.50`. */
export const MoneyText = z.codec(z.string(), Fen, {
  decode: (text, ctx) => {
    const result = parseMoney(text);
    if (result.ok) return result.fen;
    ctx.issues.push({ code: "custom", message: result.code, input: text, params: { code: result.code } });
    return z.NEVER;
  },
  encode: (fen) => formatFen(fen),
});
