import { z } from "zod";
import type { FieldPath } from "./issues";

/**
 * A template field's words for people: the label and hint a form shows and the CLI's messages
 * name it by. Kept on the schema (a zod registry), so the taskpane's form and the CLI read the
 * same words; whether a field may be left empty is the schema's own (a default or `.optional()`).
 */
export interface FieldMeta {
  label: string;
  hint?: string;
}

export const fieldMeta = z.registry<FieldMeta>();

/** The schema with its words registered: `labelled(text(), { label: "收货人姓名" })`. */
export function labelled<S extends z.ZodType>(schema: S, meta: FieldMeta): S {
  fieldMeta.add(schema, meta);
  return schema;
}

export interface TemplateField extends FieldMeta {
  /** The dotted path of the field in the template's input (`receiver.phone`). */
  key: string;
  /** Left empty, the library decides (a default or `.optional()`). */
  optional: boolean;
}

type AnySchema = z.core.$ZodType;

/** Through defaults, optionals and pipes to the schema that holds an object's shape. */
function inner(schema: AnySchema): AnySchema {
  const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema; in?: AnySchema };
  if ((def.type === "default" || def.type === "optional" || def.type === "prefault") && def.innerType)
    return inner(def.innerType);
  if (def.type === "pipe" && def.in) return inner(def.in);
  return schema;
}

function isOptional(schema: AnySchema): boolean {
  const type = (schema._zod.def as { type: string }).type;
  return type === "default" || type === "optional" || type === "prefault";
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = inner(schema)._zod.def as unknown as { type: string; shape?: Record<string, AnySchema> };
  return def.type === "object" ? def.shape : undefined;
}

/** Every labelled field of a template's input, in schema order, nested objects flattened (`receiver.name`). */
export function templateFields(schema: AnySchema, prefix = ""): TemplateField[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, child]): TemplateField[] => {
    const path = `${prefix}${key}`;
    const meta = fieldMeta.get(child);
    if (meta) return [{ key: path, ...meta, optional: isOptional(child) }];
    return templateFields(child, `${path}.`);
  });
}

/** The registered words of the field at `path`, where it has them (list rows: `lines.0.sku` -> the element's `sku`). */
export function fieldMetaAt(schema: AnySchema, path: FieldPath): FieldMeta | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = inner(current)._zod.def as unknown as { type: string; element?: AnySchema };
    if (typeof segment === "number") {
      current = def.type === "array" ? def.element : undefined;
      continue;
    }
    current = shapeOf(current)?.[segment];
  }
  return current ? fieldMeta.get(current) : undefined;
}
