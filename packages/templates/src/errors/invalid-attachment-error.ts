import { isTemplateErrorOf, TemplateError } from "./template-error";

export class InvalidAttachmentError extends TemplateError<"invalid-attachment"> {
  override readonly name = "InvalidAttachmentError" as const;
  readonly fileName: string;

  constructor(fileName: string) {
    super("invalid-attachment", `Attachment "${fileName}" is not a PNG, JPEG, GIF or WebP image`);
    this.fileName = fileName;
  }
}

export function isInvalidAttachmentError(value: unknown): value is InvalidAttachmentError {
  return isTemplateErrorOf(value, "invalid-attachment");
}
