import { AfterSaleState, OrderState, PayState, PlatformId, RxReview, ShippingState } from "@syt/orders-model";
import { type core, z } from "zod";
import { AfterSaleField } from "../adapters/after-sales";
import { OutOfStockField } from "../adapters/out-of-stock";
import { type OrderAdapter, OrderField } from "../adapters/types";
import { WMS_REQUIRED, WmsField } from "../adapters/wms";
import { InvalidProfileError } from "../errors/invalid-profile";

const Aliases = z.array(z.string().trim().min(1)).min(1);

const StatusParts = z.strictObject({
  order: OrderState.optional(),
  pay: PayState.optional(),
  shipping: ShippingState.optional(),
  /** The after-sale the word carries (申请退款: the merchant must answer a refund). */
  afterSale: AfterSaleState.optional(),
  /** The prescription review the word states (处方待审: pending). */
  rxReview: RxReview.optional(),
});

/**
 * A mapping profile: how an operator describes an export layout without code (JSON).
 * `fields` maps each order field to the header texts that name it; `signature` lists
 * headers that, all present in one row, identify the export (`otherSignatures`: more such
 * lists, any of which identifies it too, for an export whose columns change between versions).
 */
export const MappingProfile = z
  .strictObject({
    /** An order export's profile; the other kinds are `ListProfile`s. Optional: the profiles before kinds had none. */
    kind: z.literal("orders").optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    platform: PlatformId,
    name: z.string().trim().min(1),
    signature: Aliases,
    otherSignatures: z.array(Aliases).optional(),
    fields: z.partialRecord(OrderField, Aliases),
    required: z.array(OrderField).default(["orderNo"]),
    status: z.union([z.enum(["ecshop", "pdd"]), z.record(z.string().min(1), StatusParts)]).default("ecshop"),
    defaultPayment: z.string().optional(),
  })
  .superRefine((profile, ctx) => {
    if (!profile.fields.orderNo) {
      ctx.addIssue({
        code: "custom",
        path: ["fields", "orderNo"],
        params: { code: "missing-order-no", path: ["fields", "orderNo"] } satisfies ProfileProblem,
      });
    }
    for (const field of profile.required) {
      if (field !== "orderNo" && !profile.fields[field]) {
        ctx.addIssue({
          code: "custom",
          path: ["required"],
          params: { code: "required-without-header", path: ["required"], field } satisfies ProfileProblem,
        });
      }
    }
  });
export type MappingProfile = z.infer<typeof MappingProfile>;
export type MappingProfileInput = z.input<typeof MappingProfile>;

/**
 * The exports that are not orders, each with its reader's fields and what it cannot be read
 * without: an operator corrects their layout in the same format as an order export's
 * (`signature`, `fields` → header names), with `"kind"` saying which reader.
 */
const LIST_KINDS = {
  wms: { fields: WmsField, required: WMS_REQUIRED },
  "after-sales": { fields: AfterSaleField, required: ["orderNo"] },
  "out-of-stock": { fields: OutOfStockField, required: ["sku"] },
} as const;
export const ListKind = z.enum(["wms", "after-sales", "out-of-stock"]);
export type ListKind = z.infer<typeof ListKind>;

function listProfile<K extends ListKind>(kind: K) {
  const { fields, required } = LIST_KINDS[kind];
  return z
    .strictObject({
      kind: z.literal(kind),
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: z.string().trim().min(1),
      /** A 售后单 list's platform, when it has no shop column (拼多多's own). */
      platform: PlatformId.optional(),
      signature: Aliases,
      otherSignatures: z.array(Aliases).optional(),
      fields: z.partialRecord(fields, Aliases),
    })
    .superRefine((profile, ctx) => {
      const named = profile.fields as Partial<Record<string, string[]>>;
      for (const field of required as readonly string[]) {
        if (!named[field]) {
          // Unlike an order profile's fields, these keep the built-in names for fields left out;
          // the ones the reader needs must be named, so that the profile says the layout it means.
          ctx.addIssue({
            code: "custom",
            path: ["fields", field],
            params: { code: "missing-field", path: ["fields", field], field } satisfies ProfileProblem,
          });
        }
      }
    });
}

export const ListProfile = z.discriminatedUnion("kind", [
  listProfile("wms"),
  listProfile("after-sales"),
  listProfile("out-of-stock"),
]);
export type ListProfile = z.infer<typeof ListProfile>;

/** What an operator may give: an order export's profile, or a WMS / 售后单 / 缺货 list's. */
export type OperatorProfile = MappingProfile | ListProfile;

const PROFILE_KINDS = ["orders", ...ListKind.options] as const;

/**
 * What is wrong with a profile, as data: where (`path`) and which rule failed. Words for
 * people are made by `formatProfileProblemZh` in messages-zh.ts.
 */
export type ProfileProblem =
  | { code: "not-json" }
  /** The profile file or folder cannot be read (missing, no permission). */
  | { code: "unreadable" }
  /** The folder given holds no `*.json`. */
  | { code: "no-profiles" }
  | { code: "invalid_type"; path: string[]; expected: string }
  | { code: "empty"; path: string[] }
  | { code: "invalid-id"; path: string[] }
  | { code: "invalid_value"; path: string[]; values: string[] }
  | { code: "unknown-keys"; path: string[]; keys: string[] }
  | { code: "unknown-field"; path: string[]; fields: readonly string[] }
  | { code: "invalid-status"; path: string[] }
  | { code: "missing-order-no"; path: string[] }
  | { code: "required-without-header"; path: string[]; field: string }
  /** A WMS / 售后单 / 缺货 profile without a field its reader needs. */
  | { code: "missing-field"; path: string[]; field: string }
  | { code: "invalid"; path: string[] };

const pathOf = (issue: core.$ZodIssue) => issue.path.map(String);

function problemOf(issue: core.$ZodIssue): ProfileProblem {
  const path = pathOf(issue);
  switch (issue.code) {
    case "invalid_type":
      return { code: "invalid_type", path, expected: issue.expected };
    case "too_small":
      return { code: "empty", path };
    case "invalid_format":
      return { code: "invalid-id", path };
    case "invalid_value":
      return { code: "invalid_value", path, values: issue.values.map(String) };
    case "unrecognized_keys":
      return { code: "unknown-keys", path, keys: issue.keys };
    case "invalid_key":
      return { code: "unknown-field", path, fields: OrderField.options };
    case "invalid_union":
      return { code: "invalid-status", path };
    case "custom":
      return (issue.params as ProfileProblem | undefined) ?? { code: "invalid", path };
    default:
      return { code: "invalid", path };
  }
}

export type ProfileCheck = { ok: true; profile: OperatorProfile } | { ok: false; problems: ProfileProblem[] };

/** Validates a profile (an object or JSON text); problems come back as coded data. */
export function checkMappingProfile(input: unknown): ProfileCheck {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problems: [{ code: "not-json" }] };
    }
  }
  const kind = typeof value === "object" && value !== null ? (value as { kind?: unknown }).kind : undefined;
  if (kind !== undefined && !(PROFILE_KINDS as readonly unknown[]).includes(kind))
    return { ok: false, problems: [{ code: "invalid_value", path: ["kind"], values: [...PROFILE_KINDS] }] };
  if (kind === undefined || kind === "orders") {
    const parsed = MappingProfile.safeParse(value);
    return parsed.success
      ? { ok: true, profile: parsed.data }
      : { ok: false, problems: parsed.error.issues.map(problemOf) };
  }
  const listKind = kind as ListKind;
  const parsed = ListProfile.safeParse(value);
  return parsed.success
    ? { ok: true, profile: parsed.data }
    : {
        ok: false,
        problems: parsed.error.issues.map((issue) =>
          // An order field in a WMS profile: say which fields this kind has.
          issue.code === "invalid_key" || (issue.code === "unrecognized_keys" && issue.path[0] === "fields")
            ? { code: "unknown-field", path: pathOf(issue), fields: LIST_KINDS[listKind].fields.options }
            : problemOf(issue),
        ),
      };
}

/** A profile as an adapter; throws `InvalidProfileError` with the Chinese problems. */
export function adapterFromProfile(input: unknown): OrderAdapter {
  const check = checkMappingProfile(input);
  if (!check.ok) throw new InvalidProfileError(check.problems);
  const { profile } = check;
  if (profile.kind !== undefined && profile.kind !== "orders")
    throw new InvalidProfileError([{ code: "invalid_value", path: ["kind"], values: ["orders"] }]);
  const adapter: OrderAdapter = {
    id: `profile:${profile.id}`,
    platform: profile.platform,
    name: profile.name,
    fields: profile.fields,
    required: profile.required,
    status: profile.status,
  };
  if (profile.defaultPayment !== undefined) adapter.defaultPayment = profile.defaultPayment;
  return adapter;
}
