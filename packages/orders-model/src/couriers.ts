import { z } from "zod";
import { cleanCell, toHalfWidth } from "./cells";

export const Courier = z.enum(["zto", "sto", "yto", "yunda", "sf", "ems", "jd", "jt", "other"]);
export type Courier = z.infer<typeof Courier>;

export type CourierInfo = {
  readonly id: Courier;
  readonly name: string;
  /** Spellings seen in exports and typed by people, compared after normalisation. */
  readonly aliases: readonly string[];
};

export const COURIERS: { readonly [Id in Courier]: CourierInfo } = {
  zto: { id: "zto", name: "中通", aliases: ["中通", "中通快递", "中通速递", "zto", "ztoexpress"] },
  sto: { id: "sto", name: "申通", aliases: ["申通", "申通快递", "sto", "stoexpress"] },
  yto: { id: "yto", name: "圆通", aliases: ["圆通", "圆通快递", "圆通速递", "yto", "ytoexpress"] },
  yunda: { id: "yunda", name: "韵达", aliases: ["韵达", "韵达快递", "韵达速递", "yunda"] },
  sf: { id: "sf", name: "顺丰", aliases: ["顺丰", "顺丰速运", "顺丰快递", "sf", "sfexpress"] },
  ems: {
    id: "ems",
    name: "EMS",
    aliases: ["ems", "邮政", "中国邮政", "邮政ems", "邮政快递包裹", "邮政包裹"],
  },
  jd: { id: "jd", name: "京东", aliases: ["京东", "京东快递", "京东物流", "jd", "jdl"] },
  jt: {
    id: "jt",
    name: "极兔",
    aliases: ["极兔", "极兔速递", "极兔快递", "j&t", "jt", "jtexpress", "j&texpress"],
  },
  other: {
    id: "other",
    name: "其他",
    aliases: ["其他", "其它", "德邦", "百世", "百世快递", "天天快递", "宅急送", "优速"],
  },
};

function normalizeCourierText(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s()（）\-_·.]/g, "");
}

const CJK = /[\u4e00-\u9fff]/;

type Alias = { courier: Courier; text: string; inside: boolean };

/** Chinese names also match inside longer text (`中通快递(货到付款)`); Latin ones only whole. */
const ALIASES: readonly Alias[] = Courier.options.flatMap((courier) =>
  COURIERS[courier].aliases.map((alias) => {
    const text = normalizeCourierText(alias);
    return { courier, text, inside: CJK.test(text) };
  }),
);

function aliasFound(normalized: string, alias: Alias): boolean {
  return normalized === alias.text || (alias.inside && normalized.includes(alias.text));
}

/** The courier a cell names (`中通`, `中通快递`, `ZTO`, `zto express`), or undefined when unknown or ambiguous. */
export function courierFromText(text: unknown): Courier | undefined {
  const normalized = normalizeCourierText(cleanCell(text));
  if (normalized === "") return undefined;
  const found = new Set(
    ALIASES.filter((alias) => aliasFound(normalized, alias)).map((alias) => alias.courier),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

const WAYBILL_SEPARATORS = /<br\s*\/?>|[,，、;；\s]+/i;

/** The waybill numbers of one cell: ECShop joins them with `<br>`, people type `,` `，` `、` `;` or spaces. */
export function splitWaybills(cell: unknown): string[] {
  return toHalfWidth(cleanCell(cell))
    .split(WAYBILL_SEPARATORS)
    .map((part) => cleanCell(part).toUpperCase())
    .filter((part) => part !== "");
}

export const WaybillWarning = z.enum([
  "waybill-empty",
  "waybill-characters",
  "waybill-not-digits",
  "waybill-length",
  "waybill-courier-mismatch",
]);
export type WaybillWarning = z.infer<typeof WaybillWarning>;

export type WaybillCheck = { ok: boolean; normalized: string; warnings: WaybillWarning[] };

type CourierPatterns = { current: readonly RegExp[]; legacy: readonly RegExp[] };

/**
 * What each courier's numbers look like. No courier publishes a format; these are the
 * shapes seen in practice, so a mismatch is only ever a warning. `current` shapes are
 * distinctive enough to guess the courier from; `legacy` ones only confirm a stated courier.
 */
const WAYBILL_PATTERNS: { readonly [Id in Courier]?: CourierPatterns } = {
  zto: { current: [/^7\d{13}$/], legacy: [/^\d{12}$/] },
  sto: { current: [/^77\d{13}$/], legacy: [/^[2-9]68\d{9,10}$/] },
  yto: { current: [/^YT\d{13,16}$/], legacy: [/^\d{10,12}$/] },
  yunda: { current: [], legacy: [/^\d{13,15}$/] },
  sf: { current: [/^SF\d{12,13}$/], legacy: [/^\d{12}$/] },
  ems: { current: [/^[A-Z]{2}\d{9}[A-Z]{2}$/], legacy: [/^1\d{12}$/] },
  jd: { current: [/^JD[A-Z0-9]{11,14}$/], legacy: [] },
  jt: { current: [/^JT\d{13}$/], legacy: [] },
};

function matchesAny(patterns: readonly RegExp[], no: string): boolean {
  return patterns.some((pattern) => pattern.test(no));
}

function normalizeWaybill(no: unknown): string {
  return toHalfWidth(cleanCell(no)).replace(/[\s-]/g, "").toUpperCase();
}

/** The courier whose current number shape this waybill has, if exactly one fits. */
export function guessCourier(no: unknown): Courier | undefined {
  const waybill = normalizeWaybill(no);
  const found = Courier.options.filter((id) => matchesAny(WAYBILL_PATTERNS[id]?.current ?? [], waybill));
  return found.length === 1 ? found[0] : undefined;
}

function fitsCourier(waybill: string, courier: Courier): boolean {
  const patterns = WAYBILL_PATTERNS[courier];
  if (!patterns) return true;
  return matchesAny(patterns.current, waybill) || matchesAny(patterns.legacy, waybill);
}

/**
 * Lenient waybill check: only an empty cell (`waybill-empty`) or one with characters no
 * waybill has (`waybill-characters`) is not ok. Unusual length, letters no courier uses,
 * or a shape unlike the stated courier are warnings on an ok number.
 */
export function checkWaybill(no: unknown, courier?: Courier): WaybillCheck {
  const normalized = normalizeWaybill(no);
  if (normalized === "") return { ok: false, normalized, warnings: ["waybill-empty"] };
  if (!/^[0-9A-Z]+$/.test(normalized)) return { ok: false, normalized, warnings: ["waybill-characters"] };
  const warnings: WaybillWarning[] = [];
  const digitsOnly = /^\d+$/.test(normalized);
  if (!digitsOnly && !guessCourier(normalized)) warnings.push("waybill-not-digits");
  if (digitsOnly && (normalized.length < 12 || normalized.length > 15)) warnings.push("waybill-length");
  if (courier && !fitsCourier(normalized, courier)) warnings.push("waybill-courier-mismatch");
  return { ok: true, normalized, warnings };
}
