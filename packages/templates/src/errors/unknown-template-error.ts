import { TemplateError } from "./template-error";

export class UnknownTemplateError extends TemplateError {
  readonly id: string;
  readonly known: readonly string[];

  constructor(id: string, known: readonly string[]) {
    super("unknown-template", `Unknown template "${id}"; known: ${known.join(", ")}`);
    this.name = "UnknownTemplateError";
    this.id = id;
    this.known = known;
  }
}
