import { createMimeMessage } from "mimetext/browser";
import { InvalidAttachmentError } from "./errors";
import type { EmailMessage } from "./template";

export interface EmlAttachment {
  fileName: string;
  bytes: Uint8Array;
}

export interface EmlOptions {
  /** The screenshot of the order and the damage. */
  attachment?: EmlAttachment | undefined;
  /** Fixed in tests; the time of export otherwise. */
  date?: Date | undefined;
}

const IMAGE_SIGNATURES: readonly { type: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { type: "image/png", matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/jpeg", matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  {
    type: "image/webp",
    matches: (b) =>
      startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

/** Screenshots only: the type comes from the bytes, since a file name's extension often lies. */
export function imageType(attachment: EmlAttachment): string {
  const found = IMAGE_SIGNATURES.find((signature) => signature.matches(attachment.bytes));
  if (!found) throw new InvalidAttachmentError(attachment.fileName);
  return found.type;
}

/** Base64 in lines of 76 characters (RFC 2045), with `btoa`, which both Node and browsers have. */
function base64Lines(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return (btoa(binary).match(/.{1,76}/g) ?? []).join("\r\n");
}

/**
 * 42 bytes of UTF-8 make a 68-character encoded-word: within RFC 2047's 75, and with
 * `Subject: ` in front still within RFC 5322's 78 characters a line.
 */
const WORD_BYTES = 42;

/** Splits text into UTF-8 pieces of at most WORD_BYTES, never inside a character. */
function utf8Pieces(text: string): Uint8Array[] {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let current = "";
  for (const char of text) {
    if (encoder.encode(current + char).length > WORD_BYTES) {
      pieces.push(encoder.encode(current));
      current = "";
    }
    current += char;
  }
  if (current !== "" || pieces.length === 0) pieces.push(encoder.encode(current));
  return pieces;
}

/** A header text as folded RFC 2047 encoded-words, so no header line passes 78 characters. */
export function encodedWords(text: string): string {
  return utf8Pieces(text)
    .map((piece) => `=?UTF-8?B?${base64Lines(piece)}?=`)
    .join("\r\n ");
}

/** RFC 2231 form of a file name (`UTF-8''%E7%A0%B4…`), the standard way for non-ASCII parameters. */
function rfc2231(value: string): string {
  return `UTF-8''${encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * The attachment's headers, folded onto a second line: mimetext puts the raw file name
 * in quotes, which is not valid for Chinese names. `name` keeps an encoded-word for
 * older mail programs; `filename*` is what current ones read.
 */
function nameHeaders(fileName: string, contentType: string): Record<string, string> {
  return {
    "Content-Type": `${contentType};\r\n name="${encodedWords(fileName).replace(/\r\n /g, "")}"`,
    "Content-Disposition": `attachment;\r\n filename*=${rfc2231(fileName)}`,
  };
}

/** mimetext writes the subject as one encoded-word however long; fold it as RFC 2047 asks. */
function foldSubject(mime: ReturnType<typeof createMimeMessage>): void {
  const subject = mime.headers.fields.find((field) => field.name === "Subject");
  if (subject) subject.dump = (value: unknown) => encodedWords(String(value));
}

/**
 * The rendered e-mail as an RFC 5322 `.eml` file, ready to open and send in a mail program:
 * UTF-8 subject as an encoded-word, base64 UTF-8 body, the screenshot attached when given.
 * `X-Unsent` makes Outlook open it as a draft with a Send button.
 */
export function toEml(message: EmailMessage, options: EmlOptions = {}): string {
  const mime = createMimeMessage();
  mime.setSender(
    message.from.name ? { name: message.from.name, addr: message.from.email } : message.from.email,
  );
  mime.setTo(message.to);
  if (message.cc?.length) mime.setCc(message.cc);
  mime.setSubject(message.subject);
  foldSubject(mime);
  mime.setHeader("Date", (options.date ?? new Date()).toUTCString().replace("GMT", "+0000"));
  mime.setHeader("X-Unsent", "1");
  mime.addMessage({
    contentType: "text/plain",
    encoding: "base64",
    data: base64Lines(new TextEncoder().encode(message.text.replace(/\r?\n/g, "\r\n"))),
  });
  const { attachment } = options;
  if (attachment) {
    const contentType = imageType(attachment);
    const part = mime.addAttachment({
      filename: "screenshot",
      contentType,
      data: base64Lines(attachment.bytes),
    });
    part.setHeaders(nameHeaders(attachment.fileName, contentType));
  }
  return mime.asRaw();
}
