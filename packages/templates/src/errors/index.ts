export { ConfigMissingError } from "./config-missing-error";
export { InvalidAttachmentError } from "./invalid-attachment-error";
export { InvalidConfigError } from "./invalid-config-error";
export { InvalidInputError } from "./invalid-input-error";
export { isTemplateError, TemplateError, type TemplateErrorCode } from "./template-error";
export { UnknownTemplateError } from "./unknown-template-error";
