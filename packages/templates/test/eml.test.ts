import PostalMime from "postal-mime";
import { describe, expect, test } from "vitest";
import {
  encodedWords,
  exampleConfig,
  formatErrorZh,
  InvalidAttachmentError,
  parseConfig,
  render,
  toEml,
} from "../src/index";

const config = parseConfig(exampleConfig);
const mail = render("damage-email", damageExample(), { config });
/** The 8-byte PNG signature and a few bytes of body: enough for a mail program to call it a PNG. */
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const date = new Date(Date.UTC(2024, 2, 9, 8, 30));

function damageExample() {
  return {
    courier: "中通",
    waybill: "75123456789012",
    orderNo: "240309-402233834970071",
    damaged: { count: 2, unit: "盒" },
    liability: 36.8,
    receiver: { name: "孙志强", phone: "13900004444", address: "示例省示例市样板区和平街 18 号" },
    screenshot: "破损截图.png",
  };
}

describe("the damage e-mail as an .eml file, read back by a mail parser", () => {
  test("headers, UTF-8 subject and body and the screenshot survive the round trip", async () => {
    const eml = toEml(mail, { date, attachment: { fileName: "破损截图.png", bytes: png } });
    const parsed = await PostalMime.parse(eml);
    expect(parsed.from).toEqual({ name: "上元堂运营", address: "ops@example.com" });
    expect(parsed.to?.map((box) => box.address)).toEqual([
      "zto-service-1@example.com",
      "zto-service-2@example.com",
    ]);
    expect(parsed.cc?.map((box) => box.address)).toEqual([
      "aftersale-lead@example.com",
      "finance@example.com",
    ]);
    expect(parsed.subject).toBe("商品破损理赔 中通 运单号 75123456789012 订单 240309-402233834970071");
    expect(parsed.date).toBe("2024-03-09T08:30:00.000Z");
    expect(parsed.text?.replace(/\r\n/g, "\n")).toBe(mail.text);
    expect(parsed.attachments).toHaveLength(1);
    const [attachment] = parsed.attachments;
    expect(attachment?.filename).toBe("破损截图.png");
    expect(attachment?.mimeType).toBe("image/png");
    expect(new Uint8Array(attachment?.content as ArrayBuffer)).toEqual(png);
  });

  test("the file is plain RFC 5322: ASCII only, CRLF line ends, no line over 78 characters", () => {
    const eml = toEml(mail, { date, attachment: { fileName: "破损截图.png", bytes: png } });
    expect(eml).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(Math.max(...eml.split("\r\n").map((line) => line.length))).toBeLessThanOrEqual(78);
    expect(eml).toMatch(/^Content-Type: multipart\/mixed; boundary=/m);
    expect(eml).toMatch(/^Content-Transfer-Encoding: base64$/m);
    expect(eml).toMatch(/^X-Unsent: 1$/m);
  });

  test("without a screenshot the body alone is sent", async () => {
    const parsed = await PostalMime.parse(toEml(mail, { date }));
    expect(parsed.attachments).toEqual([]);
    expect(parsed.text?.replace(/\r\n/g, "\n")).toBe(mail.text);
  });

  test("a file that is not an image is refused before anything is written", () => {
    const pdf = { fileName: "截图.png", bytes: new TextEncoder().encode("%PDF-1.7") };
    expect(() => toEml(mail, { attachment: pdf })).toThrow(InvalidAttachmentError);
    try {
      toEml(mail, { attachment: pdf });
    } catch (error) {
      expect(formatErrorZh(error)).toBe(
        "附件 “截图.png” 不是图片：交易截图应为 PNG、JPEG、GIF 或 WebP 文件。",
      );
    }
  });

  test.each([
    { description: "short ASCII", input: "Hello", words: 1 },
    { description: "Chinese split between characters, never inside one", input: "破".repeat(40), words: 3 },
  ])("encoded-words stay within 75 characters: $description", async ({ input, words }) => {
    const encoded = encodedWords(input);
    const parts = encoded.split("\r\n ");
    expect(parts).toHaveLength(words);
    expect(parts.every((part) => part.length <= 75)).toBe(true);
    const parsed = await PostalMime.parse(`Subject: ${encoded}\r\n\r\nbody`);
    expect(parsed.subject).toBe(input);
  });
});
