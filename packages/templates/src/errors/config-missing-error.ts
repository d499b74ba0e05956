import { TemplateError } from "./template-error";

/** The template needs company data (addresses, groups, mailboxes) and no configuration was given. */
export class ConfigMissingError extends TemplateError {
  readonly templateId: string;

  constructor(templateId: string) {
    super("config-missing", `Template "${templateId}" needs a configuration`);
    this.name = "ConfigMissingError";
    this.templateId = templateId;
  }
}
