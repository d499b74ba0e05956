import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

/** GB 32100-2015: the 31 characters a 统一社会信用代码 may use (no I, O, S, V, Z). */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Tax numbers from before the unified code: 15-digit 税务登记号, 17/20-character variants. */
const LEGACY_LENGTHS = new Set([15, 17, 20]);

export const CreditCodeKind = z.enum(["uscc", "legacy", "invalid"]);
export type CreditCodeKind = z.infer<typeof CreditCodeKind>;

export const CreditCodeWarning = z.enum([
  "credit-code-legacy",
  "credit-code-checksum",
  "credit-code-characters",
  "credit-code-length",
]);
export type CreditCodeWarning = z.infer<typeof CreditCodeWarning>;

export type CreditCodeCheck = {
  ok: boolean;
  kind: CreditCodeKind;
  /** Upper case, half-width, no spaces: the form to print on an invoice request. */
  normalized: string;
  warning?: CreditCodeWarning;
};

function expectedCheckChar(body: string): string | undefined {
  let sum = 0;
  for (const [index, weight] of WEIGHTS.entries()) {
    const value = ALPHABET.indexOf(body[index] ?? "");
    if (value < 0) return undefined;
    sum += value * weight;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * A 税号: an 18-character 统一社会信用代码 with a correct check character is `uscc`;
 * a legacy 15/17/20-character number is `legacy` with a warning, still ok.
 */
export function checkCreditCode(input: unknown): CreditCodeCheck {
  const normalized = toHalfWidth(cleanCell(input)).replace(/[\s-]/g, "").toUpperCase();
  if (normalized.length === 18) {
    if (![...normalized].every((ch) => ALPHABET.includes(ch))) {
      return { ok: false, kind: "invalid", normalized, warning: "credit-code-characters" };
    }
    const valid = expectedCheckChar(normalized.slice(0, 17)) === normalized[17];
    return valid
      ? { ok: true, kind: "uscc", normalized }
      : { ok: false, kind: "invalid", normalized, warning: "credit-code-checksum" };
  }
  if (LEGACY_LENGTHS.has(normalized.length) && /^[0-9A-Z]+$/.test(normalized)) {
    return { ok: true, kind: "legacy", normalized, warning: "credit-code-legacy" };
  }
  return { ok: false, kind: "invalid", normalized, warning: "credit-code-length" };
}
