import { cleanCell, toHalfWidth } from "./cells";

/** 非处方药 and OTC contain or sit next to the words that mark a prescription drug. */
const NOT_PRESCRIPTION = /非处方|otc/i;
const PRESCRIPTION = /处方|\brx\b|℞/i;

/** True when a product name or category marks a prescription drug (处方药, Rx), not an OTC one. */
export function isPrescriptionText(value: unknown): boolean {
  const text = toHalfWidth(cleanCell(value));
  if (NOT_PRESCRIPTION.test(text)) return false;
  return PRESCRIPTION.test(text);
}

/** True when a product name or category marks traditional Chinese medicine (中药, 中药饮片). */
export function isTcmText(value: unknown): boolean {
  return /中药/.test(cleanCell(value));
}
