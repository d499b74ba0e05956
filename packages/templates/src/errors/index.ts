export { ConfigMissingError, isConfigMissingError } from "./config-missing-error";
export { InvalidAttachmentError, isInvalidAttachmentError } from "./invalid-attachment-error";
export { InvalidConfigError, isInvalidConfigError } from "./invalid-config-error";
export { InvalidInputError, isInvalidInputError } from "./invalid-input-error";
export {
  type AnyTemplateError,
  isTemplateError,
  TEMPLATE_ERROR_CODES,
  TEMPLATE_ERROR_NAMES,
  TemplateError,
  type TemplateErrorCode,
} from "./template-error";
export { isUnknownTemplateError, UnknownTemplateError } from "./unknown-template-error";
