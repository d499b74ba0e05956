import { OrderState, PayState, PlatformId, ShippingState } from "@syt/orders-model";
import { type core, z } from "zod";
import { type OrderAdapter, OrderField } from "../adapters/types";
import { InvalidProfileError } from "../errors/invalid-profile";

const Aliases = z.array(z.string().trim().min(1)).min(1);

const StatusParts = z.strictObject({
  order: OrderState.optional(),
  pay: PayState.optional(),
  shipping: ShippingState.optional(),
});

/**
 * A mapping profile: how an operator describes an export layout without code (JSON).
 * `fields` maps each order field to the header texts that name it; `signature` lists
 * headers that, all present in one row, identify the export.
 */
export const MappingProfile = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    platform: PlatformId,
    name: z.string().trim().min(1),
    signature: Aliases,
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
        message: "必须给出订单号列的表头(fields.orderNo)",
      });
    }
    for (const field of profile.required) {
      if (field !== "orderNo" && !profile.fields[field]) {
        ctx.addIssue({
          code: "custom",
          path: ["required"],
          message: `必填字段「${field}」在 fields 中没有对应的表头`,
        });
      }
    }
  });
export type MappingProfile = z.infer<typeof MappingProfile>;
export type MappingProfileInput = z.input<typeof MappingProfile>;

const TYPE_NAMES: Record<string, string> = {
  string: "文本",
  number: "数字",
  array: "列表",
  object: "对象",
  boolean: "是/否",
};

function pathText(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "配置" : `「${path.map(String).join(".")}」`;
}

/** zod's findings in Chinese, one sentence each: where, what was expected. */
function problemZh(issue: core.$ZodIssue): string {
  const at = pathText(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `${at}应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      return `${at}不能为空`;
    case "invalid_format":
      return `${at}格式不对: 只能用小写字母、数字和 -, 例如 "pingan"`;
    case "invalid_value":
      return `${at}应为以下之一: ${issue.values.map(String).join("、")}`;
    case "unrecognized_keys":
      return `${at}中有不认识的键: ${issue.keys.join("、")}`;
    case "invalid_key":
      return `${at}中有不认识的字段名; 可用的字段: ${OrderField.options.join("、")}`;
    case "invalid_union":
      return `${at}应为 "ecshop"、"pdd" 或「状态文字 → 状态」的对照表`;
    case "custom":
      return `${at}: ${issue.message}`;
    default:
      return `${at}不正确`;
  }
}

export type ProfileCheck = { ok: true; profile: MappingProfile } | { ok: false; problems: string[] };

/** Validates a profile (an object or JSON text); problems come back in Chinese. */
export function checkMappingProfile(input: unknown): ProfileCheck {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, problems: ["配置不是有效的 JSON: 请检查引号、逗号和括号是否成对"] };
    }
  }
  const parsed = MappingProfile.safeParse(value);
  return parsed.success
    ? { ok: true, profile: parsed.data }
    : { ok: false, problems: parsed.error.issues.map(problemZh) };
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
