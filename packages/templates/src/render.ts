import type { z } from "zod";
import { InvalidInputError, UnknownTemplateError } from "./errors";
import { fieldIssuesFromZod } from "./issues";
import type { RenderContext, RenderedMessage, TemplateDefinition } from "./template";
import { TEMPLATES } from "./templates";

export type Template = (typeof TEMPLATES)[number];
export type TemplateId = Template["id"];
type TemplateById<Id extends TemplateId> = Extract<Template, { id: Id }>;
export type TemplateInput<Id extends TemplateId> = z.input<TemplateById<Id>["schema"]>;
export type TemplateOutput<Id extends TemplateId> = ReturnType<TemplateById<Id>["render"]>;

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((template) => template.id);

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export function getTemplate<Id extends TemplateId>(id: Id): TemplateById<Id>;
export function getTemplate(id: string): Template;
export function getTemplate(id: string): Template {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new UnknownTemplateError(id, TEMPLATE_IDS);
  return template;
}

/** Validates `data` against the template's schema, then renders; a bad field throws `InvalidInputError`. */
export function renderTemplate<T extends TemplateDefinition>(
  template: T,
  data: z.input<T["schema"]>,
  context: RenderContext = {},
): ReturnType<T["render"]> {
  const result = template.schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new InvalidInputError(template.id, fieldIssuesFromZod(result.error));
  return template.render(result.data, context) as ReturnType<T["render"]>;
}

/** Renders a template by id, typed end to end: `render("cod-guide", {}, { config })`. */
export function render<Id extends TemplateId>(
  id: Id,
  data: TemplateInput<Id>,
  context: RenderContext = {},
): TemplateOutput<Id> {
  return renderTemplate(getTemplate(id) as TemplateDefinition, data, context) as TemplateOutput<Id>;
}

/** For callers holding data of unknown shape (a JSON file, a form): everything is checked at run time. */
export function renderUnknown(id: string, data: unknown, context: RenderContext = {}): RenderedMessage {
  return renderTemplate(getTemplate(id) as TemplateDefinition, data, context);
}
