import {
  Courier,
  type Courier as CourierId,
  checkCreditCode,
  courierFromText,
  PLATFORMS,
  PlatformId,
  parseMoney,
  parsePhone,
} from "@syt/orders-model";
import { z } from "zod";
import { customIssue } from "./issues";

/** A required piece of text; surrounding spaces from copy and paste are dropped. */
export const text = () => z.string().trim().min(1);

type PhoneKind = ReturnType<typeof parsePhone>["kind"];

/**
 * A phone number as people type it (spaces, dashes, +86), kept in its normalised form.
 * Receivers' numbers may be masked or privacy extensions (platform exports give no
 * more), which a courier can still use; staff numbers must be dialable.
 */
export const phone = (accepted: readonly PhoneKind[]) =>
  z.union([z.string(), z.number()]).transform((input, ctx) => {
    const parsed = parsePhone(String(input));
    if (accepted.includes(parsed.kind)) return parsed.normalized;
    ctx.issues.push(customIssue("bad-phone", input, { accepted }));
    return z.NEVER;
  });

export const receiverPhone = () => phone(["mobile", "masked", "extension", "landline"]);
export const staffPhone = () => phone(["mobile", "landline"]);

/** A courier by code (`sto`) or as the operators write it (申通, 申通快递). */
export const courier = () =>
  z.string().transform((input, ctx): CourierId => {
    const known = Courier.safeParse(input.trim());
    if (known.success) return known.data;
    const fromText = courierFromText(input);
    if (fromText) return fromText;
    ctx.issues.push(customIssue("bad-courier", input));
    return z.NEVER;
  });

const platformByName = new Map<string, PlatformId>(
  Object.values(PLATFORMS).map((platform) => [platform.name, platform.id]),
);

/** A shop's platform by id (`suning`) or by its display name (苏宁). */
export const platform = () =>
  z.string().transform((input, ctx): PlatformId => {
    const trimmed = input.trim();
    const known = PlatformId.safeParse(trimmed);
    if (known.success) return known.data;
    const byName = platformByName.get(trimmed);
    if (byName) return byName;
    ctx.issues.push(customIssue("bad-platform", input));
    return z.NEVER;
  });

/** An amount in yuan as typed (`12.5`, `¥12.50`, `12.50元`), held as integer fen. */
export const money = () =>
  z.union([z.string(), z.number()]).transform((input, ctx) => {
    const parsed = parseMoney(input);
    if (parsed.ok && parsed.fen >= 0) return parsed.fen;
    ctx.issues.push(customIssue("bad-money", input));
    return z.NEVER;
  });

/** A waybill number; couriers' formats change, so only the shape of digits and letters is checked. */
export const waybill = () =>
  z
    .union([z.string(), z.number()])
    .transform((input) => String(input).replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, { abort: true })
        .regex(/^[0-9A-Za-z-]{6,30}$/),
    );

/** An order number; Excel may hand it over as a number, which is fine while it is exact. */
export const orderNo = () =>
  z
    .union([z.string(), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)])
    .transform((input) => String(input).trim())
    .pipe(z.string().min(1));

/** An order number that must start with a system's prefix (官网 `GW`, 万里牛 `XD`). */
export const prefixedOrderNo = (prefix: string) =>
  orderNo().transform((input, ctx) => {
    const normalized = input.toUpperCase();
    if (normalized.startsWith(prefix) && normalized.length > prefix.length) return normalized;
    ctx.issues.push(customIssue("bad-order-prefix", input, { prefix }));
    return z.NEVER;
  });

/**
 * 税号: an 18-character unified social credit code must pass its checksum; older
 * 15/17/20-character numbers are still accepted (the invoice office decides).
 */
export const taxId = () =>
  text().transform((input, ctx) => {
    const checked = checkCreditCode(input);
    if (checked.ok) return checked.normalized;
    ctx.issues.push(customIssue("bad-credit-code", input, { reason: checked.warning }));
    return z.NEVER;
  });
