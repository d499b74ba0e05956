import { PLATFORMS } from "@syt/orders-model";
import {
  type FieldIssue,
  fieldLabelZh,
  formatErrorZh,
  formatIssueZh,
  isConfigMissingError,
  isInvalidInputError,
  type RenderedMessage,
  renderTemplate,
  TEMPLATES,
  type Template,
  type TemplateId,
  type TemplatesConfig,
} from "@syt/templates";
import { fullAddress, type OrderFacts } from "./order-facts";

/**
 * How each field is entered: free text, a number, one platform, several platforms, the
 * listing action, a handler (offered from the configuration when there is one).
 */
export type FieldKind = "text" | "number" | "platform" | "platforms" | "action" | "handler";

export interface FieldSpec {
  /** The schema's path, dotted (`receiver.phone`): the library's issues point here. */
  key: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  /** Optional in the schema (a default or `.optional()`): left empty, the library decides. */
  optional?: boolean;
  prefill?: (facts: OrderFacts) => string | undefined;
}

export interface FormSpec {
  fields: readonly FieldSpec[];
  /** The product lines of 不放清单 (product, quantity, SKU), edited as rows. */
  lines?: boolean;
}

const firstLine = (facts: OrderFacts) => facts.lines[0];

/** 区 + street, for the messages that name 省 and 市 on their own. */
function streetAddress(facts: OrderFacts): string | undefined {
  const { district, address } = facts;
  if (!address) return district;
  return district && !address.includes(district) ? `${district}${address}` : address;
}
const receiverFields = (withParts: boolean): FieldSpec[] => [
  { key: "receiver.name", label: "收货人姓名", kind: "text", prefill: (f) => f.receiverName },
  { key: "receiver.phone", label: "收货人手机号", kind: "text", prefill: (f) => f.phone },
  ...(withParts
    ? ([
        { key: "receiver.province", label: "省份", kind: "text", prefill: (f) => f.province },
        { key: "receiver.city", label: "城市", kind: "text", prefill: (f) => f.city },
        {
          key: "receiver.address",
          label: "详细地址",
          kind: "text",
          prefill: streetAddress,
        },
      ] satisfies FieldSpec[])
    : ([
        { key: "receiver.address", label: "收货地址", kind: "text", prefill: fullAddress },
      ] satisfies FieldSpec[])),
];

const COURIER: FieldSpec = {
  key: "courier",
  label: "快递公司",
  kind: "text",
  hint: "如 申通、中通",
  prefill: (f) => f.courier,
};
const WAYBILL: FieldSpec = { key: "waybill", label: "运单号", kind: "text", prefill: (f) => f.waybill };

const DAMAGE_CLAIM: FormSpec = {
  fields: [
    COURIER,
    WAYBILL,
    { key: "orderNo", label: "订单编号", kind: "text", prefill: (f) => f.orderNo },
    { key: "damaged.count", label: "破损数量", kind: "number" },
    { key: "damaged.unit", label: "单位", kind: "text", optional: true, hint: "留空则为“盒”" },
    { key: "liability", label: "记责金额（元）", kind: "text", hint: "如 36.8" },
    ...receiverFields(false),
    { key: "reason", label: "破损原因（可选）", kind: "text", optional: true, hint: "如 外箱压坏" },
    { key: "screenshot", label: "交易截图文件名（可选）", kind: "text", optional: true },
  ],
};

/** One form per template, fields in the order the operator reads the message. */
export const FORMS: { readonly [Id in TemplateId]: FormSpec } = {
  "return-notice": {
    fields: [
      { key: "platform", label: "平台", kind: "platform", prefill: (f) => f.platform },
      { key: "handler", label: "处理人", kind: "handler", hint: "买家的快递会打这位处理人的电话" },
    ],
  },
  "shipped-return-reply": { fields: [] },
  "courier-intercept": {
    fields: [
      COURIER,
      WAYBILL,
      ...receiverFields(true),
      { key: "reason", label: "原因", kind: "text", optional: true, hint: "留空则为“麻烦拦截退回 谢谢”" },
    ],
  },
  "damage-report": DAMAGE_CLAIM,
  "damage-email": DAMAGE_CLAIM,
  "out-of-stock": {
    fields: [
      { key: "action", label: "上架/下架", kind: "action" },
      { key: "product", label: "商品名称", kind: "text", prefill: (f) => firstLine(f)?.product },
      { key: "sku", label: "商品SKU", kind: "text", prefill: (f) => firstLine(f)?.sku },
      { key: "platforms", label: "平台", kind: "platforms" },
    ],
  },
  "reissue-remark": {
    fields: [
      { key: "platform", label: "平台", kind: "platform", prefill: (f) => f.platform },
      { key: "originalOrderNo", label: "原平台订单号", kind: "text", prefill: (f) => f.orderNo },
      { key: "product", label: "商品名称", kind: "text", prefill: (f) => firstLine(f)?.product },
      { key: "originalSku", label: "原平台商品SKU", kind: "text", prefill: (f) => firstLine(f)?.sku },
      { key: "reissueSku", label: "补发商品SKU", kind: "text" },
    ],
  },
  "not-put-list": {
    fields: [{ key: "orderNo", label: "官网订单号（GW 开头）", kind: "text", prefill: (f) => f.orderNo }],
    lines: true,
  },
  "invoice-request": {
    fields: [
      {
        key: "orderNo",
        label: "万里牛订单编号（XD 开头）",
        kind: "text",
        prefill: (f) => f.erpNo ?? (f.orderNo?.toUpperCase().startsWith("XD") ? f.orderNo : undefined),
      },
      { key: "title", label: "抬头", kind: "text", hint: "公司名称，或 个人" },
      { key: "taxId", label: "税号（个人可不填）", kind: "text", optional: true },
      { key: "email", label: "邮箱地址", kind: "text" },
    ],
  },
  "cod-guide": { fields: [] },
};

export const PLATFORM_NAMES: readonly string[] = Object.values(PLATFORMS).map((platform) => platform.name);
export const ACTIONS = [
  { value: "down", label: "缺货下架" },
  { value: "up", label: "到货上架" },
] as const;

export interface LineValue {
  product: string;
  quantity: string;
  sku: string;
}

/** What the operator typed, as typed: every value a string, so nothing is lost before the library checks it. */
export interface FormValues {
  text: Readonly<Record<string, string>>;
  lists: Readonly<Record<string, readonly string[]>>;
  lines: readonly LineValue[];
}

export const EMPTY_LINE: LineValue = { product: "", quantity: "", sku: "" };

export function emptyValues(id: TemplateId): FormValues {
  return { text: {}, lists: {}, lines: FORMS[id].lines ? [EMPTY_LINE] : [] };
}

/** The form of `id` filled from an order: only the fields the order has a value for. */
export function prefillValues(id: TemplateId, facts: OrderFacts): { values: FormValues; filled: string[] } {
  const spec = FORMS[id];
  const text: Record<string, string> = {};
  const filled: string[] = [];
  for (const field of spec.fields) {
    const value = field.prefill?.(facts);
    if (value !== undefined && value !== "") {
      text[field.key] = value;
      filled.push(field.key);
    }
  }
  const lines = spec.lines
    ? facts.lines.map((line) => ({
        product: line.product,
        quantity: line.quantity === undefined ? "" : String(line.quantity),
        sku: line.sku ?? "",
      }))
    : [];
  if (spec.lines && lines.length > 0) filled.push("lines");
  return {
    values: { text, lists: {}, lines: spec.lines && lines.length === 0 ? [EMPTY_LINE] : lines },
    filled,
  };
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Whole numbers as numbers; anything else goes to the library as typed, which says what is wrong with it. */
function numberOrText(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * The form as the template's input. Empty fields are left out, so the library reports them as
 * missing (or applies its default).
 */
export function formData(id: TemplateId, values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  // Parents always exist (receiver: {}), so an empty group is reported field by field, on the form's fields.
  for (const field of FORMS[id].fields) {
    const parts = field.key.split(".");
    let node = data;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
  }
  for (const field of FORMS[id].fields) {
    if (field.kind === "platforms") {
      setPath(data, field.key, [...(values.lists[field.key] ?? [])]);
      continue;
    }
    const value = (values.text[field.key] ?? "").trim();
    if (value === "") continue;
    setPath(data, field.key, field.kind === "number" ? numberOrText(value) : value);
  }
  if (FORMS[id].lines) {
    // Blank rows stay: the library's issues point at rows by index, as the form shows them.
    data.lines = values.lines.map((line) => {
      const row: Record<string, unknown> = {};
      if (line.product.trim() !== "") row.product = line.product;
      if (line.quantity.trim() !== "") row.quantity = numberOrText(line.quantity.trim());
      if (line.sku.trim() !== "") row.sku = line.sku;
      return row;
    });
  }
  return data;
}

export type RenderResult =
  | { kind: "ok"; message: RenderedMessage }
  | { kind: "invalid"; issues: readonly FieldIssue[] }
  | { kind: "config-missing"; text: string };

export function templateById(id: TemplateId): Template {
  return TEMPLATES.find((template) => template.id === id) as Template;
}

/** The library renders or says, per field, what is wrong. */
export function renderForm(
  id: TemplateId,
  values: FormValues,
  config: TemplatesConfig | undefined,
): RenderResult {
  try {
    const template = templateById(id) as Parameters<typeof renderTemplate>[0];
    return { kind: "ok", message: renderTemplate(template, formData(id, values), { config }) };
  } catch (error) {
    if (isInvalidInputError(error)) return { kind: "invalid", issues: error.issues };
    if (isConfigMissingError(error)) return { kind: "config-missing", text: formatErrorZh(error) ?? "" };
    throw error;
  }
}

/** The key of the field an issue points at: `lines.0.sku` for a product row's cell, `receiver.phone`, … */
export function issueKey(issue: FieldIssue): string {
  return issue.path.join(".");
}

/** The library's sentence for an issue, without the field name the form already shows beside it. */
export function issueTextForField(issue: FieldIssue): string {
  const sentence = formatIssueZh(issue);
  const label = `${fieldLabelZh(issue.path)} `;
  return sentence.startsWith(label) ? sentence.slice(label.length) : sentence;
}

/** Whether the form asks for the 处理人 (remembered per machine once chosen). */
export function hasHandlerField(id: TemplateId): boolean {
  return FORMS[id].fields.some((field) => field.kind === "handler");
}

/** Whether a template cannot render without the configuration: asked of the library with its own example. */
export function needsConfig(template: Template): boolean {
  try {
    renderTemplate(template as Parameters<typeof renderTemplate>[0], template.example, {});
    return false;
  } catch (error) {
    return isConfigMissingError(error);
  }
}

/** Every key a form shows a message on: its fields, and each product row's three cells. */
export function fieldKeys(id: TemplateId, values: FormValues): string[] {
  return [
    ...FORMS[id].fields.map((field) => field.key),
    ...(FORMS[id].lines
      ? [
          "lines",
          ...values.lines.flatMap((_, i) => [`lines.${i}.product`, `lines.${i}.quantity`, `lines.${i}.sku`]),
        ]
      : []),
  ];
}
