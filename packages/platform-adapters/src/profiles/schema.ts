import { AfterSaleState, OrderState, PayState, PlatformId, RxReview, ShippingState } from "@syt/orders-model";
import { type core, z } from "zod";
import { type OrderAdapter, OrderField } from "../adapters/types";
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
        params: { code: "missing_order_no", path: ["fields", "orderNo"] } satisfies ProfileProblem,
      });
    }
    for (const field of profile.required) {
      if (field !== "orderNo" && !profile.fields[field]) {
        ctx.addIssue({
          code: "custom",
          path: ["required"],
          params: { code: "required_without_header", path: ["required"], field } satisfies ProfileProblem,
        });
      }
    }
  });
export type MappingProfile = z.infer<typeof MappingProfile>;
export type MappingProfileInput = z.input<typeof MappingProfile>;

/**
 * What is wrong with a profile, as data: where (`path`) and which rule failed. Words for
 * people are made by `formatProfileProblemZh` in messages-zh.ts.
 */
export type ProfileProblem =
  | { code: "not_json" }
  /** The profile file or folder cannot be read (missing, no permission). */
  | { code: "unreadable" }
  /** The folder given holds no `*.json`. */
  | { code: "no_profiles" }
  | { code: "invalid_type"; path: string[]; expected: string }
  | { code: "empty"; path: string[] }
  | { code: "invalid_id"; path: string[] }
  | { code: "invalid_value"; path: string[]; values: string[] }
  | { code: "unknown_keys"; path: string[]; keys: string[] }
  | { code: "unknown_field"; path: string[]; fields: readonly string[] }
  | { code: "invalid_status"; path: string[] }
  | { code: "missing_order_no"; path: string[] }
  | { code: "required_without_header"; path: string[]; field: string }
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
      return { code: "invalid_id", path };
    case "invalid_value":
      return { code: "invalid_value", path, values: issue.values.map(String) };
    case "unrecognized_keys":
      return { code: "unknown_keys", path, keys: issue.keys };
    case "invalid_key":
      return { code: "unknown_field", path, fields: OrderField.options };
    case "invalid_union":
      return { code: "invalid_status", path };
    case "custom":
      return (issue.params as ProfileProblem | undefined) ?? { code: "invalid", path };
    default:
      return { code: "invalid", path };
  }
}

export type ProfileCheck = { ok: true; profile: MappingProfile } | { ok: false; problems: ProfileProblem[] };

/** Validates a profile (an object or JSON text); problems come back as coded data. */
export function checkMappingProfile(input: unknown): ProfileCheck {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problems: [{ code: "not_json" }] };
    }
  }
  const parsed = MappingProfile.safeParse(value);
  return parsed.success
    ? { ok: true, profile: parsed.data }
    : { ok: false, problems: parsed.error.issues.map(problemOf) };
}

/** A profile as an adapter; throws `InvalidProfileError` with the Chinese problems. */
export function adapterFromProfile(input: unknown): OrderAdapter {
  const check = checkMappingProfile(input);
  if (!check.ok) throw new InvalidProfileError(check.problems);
  const { profile } = check;
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
