export { GroupApp, type Mailbox, parseConfig, TemplatesConfig, type TemplatesConfigInput } from "./config";
export { type EmlAttachment, type EmlOptions, encodedWords, imageType, toEml } from "./eml";
export {
  ConfigMissingError,
  InvalidAttachmentError,
  InvalidConfigError,
  InvalidInputError,
  isConfigMissingError,
  isInvalidAttachmentError,
  isInvalidConfigError,
  isInvalidInputError,
  isTemplateError,
  isUnknownTemplateError,
  TEMPLATE_ERROR_CODES,
  TEMPLATE_ERROR_NAMES,
  TemplateError,
  type TemplateErrorCode,
  UnknownTemplateError,
} from "./errors";
export { exampleConfig } from "./example-config";
export {
  type FieldMeta,
  fieldMeta,
  fieldMetaAt,
  labelled,
  type TemplateField,
  templateFields,
} from "./field-meta";
export type { CustomIssueCode, FieldIssue, FieldIssueCode, FieldPath } from "./issues";
export {
  CHANNEL_NAMES_ZH,
  fieldLabelZh,
  formatErrorZh,
  formatIssueZh,
  GROUP_APP_NAMES_ZH,
  issueFieldLabelZh,
} from "./messages-zh";
export {
  getTemplate,
  isTemplateId,
  render,
  renderTemplate,
  renderUnknown,
  TEMPLATE_IDS,
  type Template,
  type TemplateId,
  type TemplateInput,
  type TemplateOutput,
} from "./render";
export {
  type Channel,
  type Destination,
  defineTemplate,
  type EmailMessage,
  isEmailMessage,
  type MessageTable,
  type RenderContext,
  type RenderedMessage,
  type TemplateDefinition,
  type TextMessage,
} from "./template";
export {
  codGuide,
  courierIntercept,
  DamageClaim,
  damageEmail,
  damageReport,
  invoiceRequest,
  notPutList,
  outOfStock,
  reissueRemark,
  returnNotice,
  shippedReturnReply,
  TEMPLATES,
} from "./templates";
