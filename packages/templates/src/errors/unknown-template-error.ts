import { isTemplateErrorOf, TemplateError } from "./template-error";

export class UnknownTemplateError extends TemplateError<"unknown-template"> {
  override readonly name = "UnknownTemplateError" as const;
  readonly id: string;
  readonly known: readonly string[];

  constructor(id: string, known: readonly string[]) {
    super("unknown-template", `Unknown template "${id}"; known: ${known.join(", ")}`);
    this.id = id;
    this.known = known;
  }
}

export function isUnknownTemplateError(value: unknown): value is UnknownTemplateError {
  return isTemplateErrorOf(value, "unknown-template");
}
