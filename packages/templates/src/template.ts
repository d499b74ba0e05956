import type { z } from "zod";
import type { GroupApp, Mailbox, TemplatesConfig } from "./config";
import type { FieldIssue } from "./issues";

/** Who reads the message, which decides tone and where the operator pastes it. */
export type Channel = "buyer" | "courier-group" | "internal-group" | "platform-remark" | "email";

/** The chat group a message must be posted to, chosen from the configuration. */
export interface Destination {
  app: GroupApp;
  group: string;
}

/** A message that is a table (不放清单): its cells as data, so a host draws it without reading the text back. */
export interface MessageTable {
  title: string;
  header: string[];
  rows: string[][];
}

export interface TextMessage {
  text: string;
  /** The same content as `text`, as a table, where the message is one. */
  table?: MessageTable;
  destination?: Destination;
  /** Accepted, but worth a second look before sending (e.g. a legacy tax number). */
  warnings?: FieldIssue[];
}

export interface EmailMessage {
  from: Mailbox;
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
}

export type RenderedMessage = TextMessage | EmailMessage;

export interface RenderContext {
  config?: TemplatesConfig | undefined;
}

export interface TemplateDefinition<
  Id extends string = string,
  Schema extends z.ZodType = z.ZodType,
  Output extends RenderedMessage = RenderedMessage,
> {
  id: Id;
  /** The operators' own name for the message. */
  title: string;
  channel: Channel;
  schema: Schema;
  /** Realistic fake input: the CLI's `--example`, the docs page and the tests render it. */
  example: z.input<Schema>;
  /** Receives validated data; throws `InvalidInputError` for values the configuration does not know. */
  render(data: z.output<Schema>, context: RenderContext): Output;
}

/** Keeps the literal id and the schema's types when a template is declared. */
export function defineTemplate<Id extends string, Schema extends z.ZodType, Output extends RenderedMessage>(
  definition: TemplateDefinition<Id, Schema, Output>,
): TemplateDefinition<Id, Schema, Output> {
  return definition;
}

export function isEmailMessage(message: RenderedMessage): message is EmailMessage {
  return "subject" in message;
}
