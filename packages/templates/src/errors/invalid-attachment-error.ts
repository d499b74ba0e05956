import { TemplateError } from "./template-error";

export class InvalidAttachmentError extends TemplateError {
  readonly fileName: string;

  constructor(fileName: string) {
    super("invalid-attachment", `Attachment "${fileName}" is not a PNG, JPEG, GIF or WebP image`);
    this.name = "InvalidAttachmentError";
    this.fileName = fileName;
  }
}
