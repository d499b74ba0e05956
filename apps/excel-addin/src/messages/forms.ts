import { PLATFORMS } from "@syt/orders-model";
import {
  type FieldIssue,
  fieldLabelZh,
  fieldMetaAt,
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
  templateFields,
} from "@syt/templates";
import { fullAddress, type OrderFacts } from "./order-facts";

/**
 * How each field is entered: free text, a number, one platform, several platforms, the
 * listing action, a handler (offered from the configuration when there is one).
 */
export type FieldKind = "text" | "number" | "platform" | "platforms" | "action" | "handler";

/** How the taskpane enters a field: its kind and where an order fills it from. Its words are the schema's. */
interface FieldInput {
  /** The schema's path, dotted (`receiver.phone`): the library's issues point here. */
  key: string;
  kind: FieldKind;
  prefill?: (facts: OrderFacts) => string | undefined;
}

export interface FieldSpec extends FieldInput {
  /** Label, hint and optional flag as registered on the template's schema (the CLI names the field alike). */
  label: string;
  hint?: string;
  /** Optional in the schema (a default or `.optional()`): left empty, the library decides. */
  optional?: boolean;
}

interface FormInput {
  fields: readonly FieldInput[];
  lines?: boolean;
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
const receiverFields = (withParts: boolean): FieldInput[] => [
  { key: "receiver.name", kind: "text", prefill: (f) => f.receiverName },
  { key: "receiver.phone", kind: "text", prefill: (f) => f.phone },
  ...(withParts
    ? ([
        { key: "receiver.province", kind: "text", prefill: (f) => f.province },
        { key: "receiver.city", kind: "text", prefill: (f) => f.city },
        {
          key: "receiver.address",
          kind: "text",
          prefill: streetAddress,
        },
      ] satisfies FieldInput[])
    : ([{ key: "receiver.address", kind: "text", prefill: fullAddress }] satisfies FieldInput[])),
];

const COURIER: FieldInput = {
  key: "courier",
  kind: "text",
  prefill: (f) => f.courier,
};
const WAYBILL: FieldInput = { key: "waybill", kind: "text", prefill: (f) => f.waybill };

const DAMAGE_CLAIM: FormInput = {
  fields: [
    COURIER,
    WAYBILL,
    { key: "orderNo", kind: "text", prefill: (f) => f.orderNo },
    { key: "damaged.count", kind: "number" },
    { key: "damaged.unit", kind: "text" },
    { key: "liability", kind: "text" },
    ...receiverFields(false),
    { key: "reason", kind: "text" },
    { key: "screenshot", kind: "text" },
  ],
};

/** One form per template, fields in the order the operator reads the message. */
const FORM_INPUTS: { readonly [Id in TemplateId]: FormInput } = {
  "return-notice": {
    fields: [
      { key: "platform", kind: "platform", prefill: (f) => f.platform },
      { key: "handler", kind: "handler" },
    ],
  },
  "shipped-return-reply": { fields: [] },
  "courier-intercept": {
    fields: [COURIER, WAYBILL, ...receiverFields(true), { key: "reason", kind: "text" }],
  },
  "damage-report": DAMAGE_CLAIM,
  "damage-email": DAMAGE_CLAIM,
  "out-of-stock": {
    fields: [
      { key: "action", kind: "action" },
      { key: "product", kind: "text", prefill: (f) => firstLine(f)?.product },
      { key: "sku", kind: "text", prefill: (f) => firstLine(f)?.sku },
      { key: "platforms", kind: "platforms" },
    ],
  },
  "reissue-remark": {
    fields: [
      { key: "platform", kind: "platform", prefill: (f) => f.platform },
      { key: "originalOrderNo", kind: "text", prefill: (f) => f.orderNo },
      { key: "product", kind: "text", prefill: (f) => firstLine(f)?.product },
      { key: "originalSku", kind: "text", prefill: (f) => firstLine(f)?.sku },
      { key: "reissueSku", kind: "text" },
    ],
  },
  "not-put-list": {
    fields: [{ key: "orderNo", kind: "text", prefill: (f) => f.orderNo }],
    lines: true,
  },
  "invoice-request": {
    fields: [
      {
        key: "orderNo",
        kind: "text",
        prefill: (f) => f.erpNo ?? (f.orderNo?.toUpperCase().startsWith("XD") ? f.orderNo : undefined),
      },
      { key: "title", kind: "text" },
      { key: "taxId", kind: "text" },
      { key: "email", kind: "text" },
    ],
  },
  "cod-guide": { fields: [] },
};

/** A form's fields with the words registered on the template's schema. */
function withWords(id: TemplateId, form: FormInput): FormSpec {
  const template = TEMPLATES.find((candidate) => candidate.id === id) as Template;
  const words = new Map(templateFields(template.schema).map((field) => [field.key, field]));
  const fields = form.fields.map((field): FieldSpec => {
    const word = words.get(field.key);
    if (!word) throw new Error(`${id}.${field.key} has no label on its schema`);
    return {
      ...field,
      label: word.label,
      ...(word.hint ? { hint: word.hint } : {}),
      ...(word.optional ? { optional: true } : {}),
    };
  });
  return { fields, ...(form.lines ? { lines: true } : {}) };
}

export const FORMS = Object.fromEntries(
  (Object.keys(FORM_INPUTS) as TemplateId[]).map((id) => [id, withWords(id, FORM_INPUTS[id])]),
) as { readonly [Id in TemplateId]: FormSpec };

/** A product row's cell label (不放清单's lines), as registered on the schema's list element. */
export function lineLabel(id: TemplateId, name: string): string {
  const template = TEMPLATES.find((candidate) => candidate.id === id) as Template;
  return fieldMetaAt(template.schema, ["lines", 0, name])?.label ?? name;
}

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
