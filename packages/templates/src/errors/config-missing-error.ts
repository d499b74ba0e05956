import { isTemplateErrorOf, TemplateError } from "./template-error";

/** The template needs company data (addresses, groups, mailboxes) and no configuration was given. */
export class ConfigMissingError extends TemplateError<"config-missing"> {
  override readonly name = "ConfigMissingError" as const;
  readonly templateId: string;

  constructor(templateId: string) {
    super("config-missing", `Template "${templateId}" needs a configuration`);
    this.templateId = templateId;
  }
}

export function isConfigMissingError(value: unknown): value is ConfigMissingError {
  return isTemplateErrorOf(value, "config-missing");
}
