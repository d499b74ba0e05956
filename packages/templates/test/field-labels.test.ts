import { expect, test } from "vitest";
import type { z } from "zod";
import { fieldLabelZh, TEMPLATES, TemplatesConfig } from "../src/index";

/** Every object key reachable in a schema, through wrappers, pipes, arrays, tuples and records. */
function objectKeys(schema: z.core.$ZodType, found = new Set<string>()): Set<string> {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  const children: unknown[] = [def.innerType, def.in, def.out, def.element, def.valueType];
  if (def.type === "object") {
    for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
      found.add(key);
      children.push(child);
    }
  }
  if (Array.isArray(def.items)) children.push(...def.items);
  if (Array.isArray(def.options)) children.push(...def.options);
  for (const child of children) {
    if (child && typeof child === "object" && "_zod" in child) objectKeys(child as z.core.$ZodType, found);
  }
  return found;
}

test("every field of every template and of the configuration has a Chinese name for messages", () => {
  const keys = new Set([
    ...TEMPLATES.flatMap((template) => [...objectKeys(template.schema)]),
    ...objectKeys(TemplatesConfig),
  ]);
  expect(keys.size).toBeGreaterThan(40);
  const unnamed = [...keys].filter((key) => fieldLabelZh([key]) === `「${key}」(${key})`);
  expect(unnamed).toEqual([]);
});
