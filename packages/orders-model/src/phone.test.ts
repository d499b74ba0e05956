import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toHalfWidth } from "./cells";
import { maskPhone, maskPhonesInText, type ParsedPhone, parsePhone } from "./phone";

describe("parsePhone", () => {
  const cases: { description: string; input: unknown; expected: ParsedPhone }[] = [
    {
      description: "plain mobile",
      input: "13812345678",
      expected: { kind: "mobile", normalized: "13812345678", masked: "138****5678" },
    },
    {
      description: "country code and spaces",
      input: "+86 139 0000 1111",
      expected: { kind: "mobile", normalized: "13900001111", masked: "139****1111" },
    },
    {
      description: "0086 and a dash",
      input: "0086-15000002222",
      expected: { kind: "mobile", normalized: "15000002222", masked: "150****2222" },
    },
    {
      description: "86 without plus",
      input: "8618600003333",
      expected: { kind: "mobile", normalized: "18600003333", masked: "186****3333" },
    },
    {
      description: "dashed groups",
      input: "177-0000-4444",
      expected: { kind: "mobile", normalized: "17700004444", masked: "177****4444" },
    },
    {
      description: "number cell",
      input: 13700005555,
      expected: { kind: "mobile", normalized: "13700005555", masked: "137****5555" },
    },
    {
      description: "masked by the platform",
      input: "138****1234",
      expected: { kind: "masked", normalized: "138****1234", masked: "138****1234" },
    },
    {
      description: "privacy extension with a dash",
      input: "13812345678-1234",
      expected: {
        kind: "extension",
        normalized: "13812345678-1234",
        masked: "138****5678-1234",
        extension: "1234",
      },
    },
    {
      description: "privacy extension with 转",
      input: "13812345678转1234",
      expected: {
        kind: "extension",
        normalized: "13812345678-1234",
        masked: "138****5678-1234",
        extension: "1234",
      },
    },
    {
      description: "Nanjing landline",
      input: "025-83001234",
      expected: { kind: "landline", normalized: "025-83001234", masked: "025-****1234" },
    },
    {
      description: "landline without a dash",
      input: "051188887777",
      expected: { kind: "landline", normalized: "0511-88887777", masked: "0511-****7777" },
    },
    {
      description: "country code, dashes and an extension",
      input: "+86-138-1234-5678-1234",
      expected: {
        kind: "extension",
        normalized: "13812345678-1234",
        masked: "138****5678-1234",
        extension: "1234",
      },
    },
    {
      description: "landline in parentheses with grouped digits",
      input: "(025) 8300-1234",
      expected: { kind: "landline", normalized: "025-83001234", masked: "025-****1234" },
    },
    {
      description: "landline with an extension",
      input: "025-83001234转806",
      expected: {
        kind: "landline",
        normalized: "025-83001234-806",
        masked: "025-****1234-806",
        extension: "806",
      },
    },
    {
      description: "12 as second digit is no mobile",
      input: "12812345678",
      expected: { kind: "invalid", normalized: "12812345678", masked: "128****5678" },
    },
    {
      description: "one digit too many, still masked",
      input: "138123456789",
      expected: { kind: "invalid", normalized: "138123456789", masked: "138*****6789" },
    },
    { description: "empty", input: "", expected: { kind: "invalid", normalized: "", masked: "" } },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(parsePhone(input)).toEqual(expected);
  });
});

describe("parsePhone's fast path for a bare 11-digit cell", () => {
  test("reads as the full path does (a tab in front takes that one)", () => {
    const elevenDigits = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
      .map((digits) => digits.join(""));
    const nearMobile = fc.oneof(
      elevenDigits,
      elevenDigits.map((digits) => `1${digits.slice(1)}`),
      fc.string({
        unit: fc.constantFrom("1", "3", "8", "9", "0", "*", "-", "a"),
        minLength: 10,
        maxLength: 12,
      }),
    );
    fc.assert(
      fc.property(nearMobile, (text) => {
        expect(parsePhone(text)).toEqual(parsePhone(`\t${text}`));
      }),
      { numRuns: 3000 },
    );
    expect(parsePhone("13812345678")).toEqual({
      kind: "mobile",
      normalized: "13812345678",
      masked: "138****5678",
    });
  });
});

describe("maskPhone", () => {
  test("masks the middle four digits", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
  test("masks a mobile inside invalid text", () => {
    expect(maskPhone("张三 13812345678 南京")).toBe("张三 138****5678 南京");
  });
});

describe("maskPhonesInText masks every written form of a phone", () => {
  const cases = [
    {
      description: "several numbers in a log line",
      input: "收货人电话 13812345678, 备用 +86 139 0000 1111",
      expected: "收货人电话 138****5678, 备用 139****1111",
    },
    { description: "spaced groups", input: "138 1234 5678", expected: "138****5678" },
    { description: "dotted groups", input: "电话 138.1234.5678", expected: "电话 138****5678" },
    { description: "full-width digits", input: "１３８１２３４５６７８", expected: "138****5678" },
    {
      description: "full-width digits and dashes",
      input: "手机：１３８－１２３４－５６７８",
      expected: "手机：138****5678",
    },
    { description: "a label glued on", input: "TEL13812345678", expected: "TEL138****5678" },
    { description: "a lower-case label with a colon", input: "tel:13812345678", expected: "tel:138****5678" },
    { description: "a Chinese label glued on", input: "手机13812345678", expected: "手机138****5678" },
    {
      description: "between Chinese characters",
      input: "王小明13812345678南京市",
      expected: "王小明138****5678南京市",
    },
    { description: "+86 and dashes", input: "+86-138-1234-5678", expected: "138****5678" },
    { description: "+86 and spaces", input: "+86 138 1234 5678", expected: "138****5678" },
    { description: "0086 and a dash", input: "0086-13812345678", expected: "138****5678" },
    { description: "country code in parentheses", input: "(+86)13812345678", expected: "138****5678" },
    {
      description: "a label and a country code",
      input: "Mobile+8613812345678",
      expected: "Mobile138****5678",
    },
    { description: "a JSON string", input: '{"p":"13812345678"}', expected: '{"p":"138****5678"}' },
    {
      description: "single quotes in broken JSON",
      input: "{\"p\":'13812345678'}",
      expected: "{\"p\":'138****5678'}",
    },
    {
      description: "after a JSON escape",
      input: JSON.stringify({ remark: "请联系\n13812345678" }),
      expected: '{"remark":"请联系\\n138****5678"}',
    },
    { description: "in bold", input: "**13812345678**", expected: "**138****5678**" },
    {
      description: "a privacy extension stays readable",
      input: "13812345678-1234",
      expected: "138****5678-1234",
    },
    { description: "dashed landline", input: "座机 025-83001234", expected: "座机 025-****1234" },
    {
      description: "landline with area code in parentheses",
      input: "(0511) 8888 7777",
      expected: "0511-****7777",
    },
    {
      description: "full-width landline",
      input: "座机０２５－８３００１２３４",
      expected: "座机025-****1234",
    },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(maskPhonesInText(input)).toBe(expected);
  });
});

// Issue 29's one masking rule: `1[3-9]` and nine digits, up to three characters of spacing or
// punctuation between any two of them, any letter label glued on. The report's table of forms.
describe("regression (issue 29): the forms of a phone every message, log, --json and sheet masks", () => {
  test.each([
    { form: "13812345678", masked: "138****5678" },
    { form: "138 1234 5678", masked: "138****5678" },
    { form: "138-1234-5678", masked: "138****5678" },
    { form: "138.1234.5678", masked: "138****5678" },
    { form: "+86 138 1234 5678", masked: "138****5678" },
    { form: "+86-13812345678", masked: "138****5678" },
    { form: "0086 13812345678", masked: "138****5678" },
    { form: "TEL13812345678", masked: "TEL138****5678" },
    { form: "手机:13812345678", masked: "手机:138****5678" },
    { form: "手机：１３８１２３４５６７８", masked: "手机：138****5678" },
    { form: "１３８ １２３４ ５６７８", masked: "138****5678" },
    { form: "138/1234/0000", masked: "138****0000" },
    { form: "138,1234,5678", masked: "138****5678" },
    { form: "138_1234_5678", masked: "138****5678" },
    { form: "138~1234~5678", masked: "138****5678" },
    { form: "138·1234·5678", masked: "138****5678" },
    { form: "138\\1234\\5678", masked: "138****5678" },
    { form: "138|1234|5678", masked: "138****5678" },
    { form: "138\t1234\t5678", masked: "138****5678" },
    { form: "138   1234   5678", masked: "138****5678" },
    { form: "138 - 1234 - 5678", masked: "138****5678" },
    { form: "138\u200b1234\u200b5678", masked: "138****5678" },
    { form: "1 3 8 1 2 3 4 5 6 7 8", masked: "138****5678" },
    { form: "QQ13812348001", masked: "QQ138****8001" },
    { form: "VX13812345678", masked: "VX138****5678" },
    { form: "vx:13812345678", masked: "vx:138****5678" },
    { form: "wx13812345678", masked: "wx138****5678" },
    { form: "Ph13812345678", masked: "Ph138****5678" },
    { form: "顺丰 QQ13812348001", masked: "顺丰 QQ138****8001" },
    { form: 'JSON: "138\\t1234\\t5678"', masked: 'JSON: "138****5678"' },
    { form: "王小明13812345678南京市", masked: "王小明138****5678南京市" },
    { form: "JSON key: \\u0001138\u200b1234\u200b5678", masked: "JSON key: \\u0001138****5678" },
  ])("$form -> $masked", ({ form, masked }) => {
    expect(maskPhonesInText(form)).toBe(masked);
  });

  test.each([
    { description: "times in a message", text: "13:30:00, 14:00:00, 15:30:00" },
    { description: "a list of rows", text: "(第 13、14、15、16、17、18 行)" },
    { description: "a date range", text: "2026-11-24 13:30:00 至 2026-11-25 09:00" },
    { description: "a 官网 order number with mobile-like digits", text: "GW13812345678" },
    { description: "a 万里牛 order number", text: "XD16102400089" },
    { description: "four spaces: more than a grouping", text: "138    1234    5678" },
  ])("$description stays as it is", ({ text }) => {
    expect(maskPhonesInText(text)).toBe(text);
  });
});

describe("maskPhonesInText leaves numbers that are no phones alone", () => {
  const cases = [
    { description: "官网 order number", input: "订单 GW2026112500012" },
    { description: "官网 order number with mobile-like digits", input: "订单 GW13812345678" },
    { description: "万里牛 order number of eleven digits starting 16", input: "XD16102400089" },
    { description: "18-digit platform order number", input: "订单号 202611250001234567" },
    { description: "19-digit order number that starts like a mobile", input: "订单号 1381234567812345678" },
    { description: "20-digit order number", input: "订单号 24030940223383497007" },
    { description: "拼多多 order number", input: "240309-402233834970071" },
    { description: "中通 and 申通 waybills", input: "运单 75123456789012 与 773123456789012" },
    { description: "an old 12-digit waybill", input: "运单 731234567890" },
    { description: "dates are no landlines", input: "2026-11-24 09:30" },
    { description: "a postcode", input: "南京 211100" },
    { description: "already masked text", input: "138****5678 与 025-****1234" },
  ];
  test.each(cases)("$description", ({ input }) => {
    expect(maskPhonesInText(input)).toBe(input);
  });
});

describe("maskPhonesInText, property: no fake mobile survives in any written form", () => {
  const toFullWidth = (ch: string) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
  const mobile = fc
    .tuple(
      fc.constantFrom(..."3456789"),
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 9, maxLength: 9 }),
    )
    .map(([second, rest]) => `1${second}${rest}`);
  const digitGap = fc.constantFrom("", "", "", " ", "  ", "-", ".", " - ", "\u3000", "\uff0d", "\uff0e");
  const written = fc
    .tuple(
      mobile,
      fc.array(digitGap, { minLength: 10, maxLength: 10 }),
      fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
    )
    .map(([m, gaps, fullWidth]) => ({
      mobile: m,
      text: [...m].map((digit, i) => `${fullWidth[i] ? toFullWidth(digit) : digit}${gaps[i] ?? ""}`).join(""),
    }));
  const countryCode = fc.constantFrom(
    "",
    "+86",
    "+86 ",
    "+86-",
    "0086",
    "0086-",
    "(+86)",
    "86",
    "\uff0b\uff18\uff16 ",
  );
  const label = fc.constantFrom("", "TEL", "tel:", "Tel.", "mobile", "PHONE ", "手机", "电话：", "联系电话 ");
  const words = fc.string({
    unit: fc.constantFrom(..."收货人王小明南京市幸福路号备注请联系aZxQ ,.:;!?（）【】\"'{}[]_/\n"),
    maxLength: 20,
  });
  const before = fc.constantFrom(" ", "，", ":", '"', "'", "(", "\n", "收", "电");
  const after = fc.constantFrom("", " ", "，", '"', "'", ")", "号", "a");

  test("the 11 digits never appear in a row, nor the middle four next to the first three", () => {
    fc.assert(
      fc.property(
        words,
        before,
        label,
        countryCode,
        written,
        after,
        words,
        (head, open, tag, cc, phone, close, tail) => {
          const masked = maskPhonesInText(`${head}${open}${tag}${cc}${phone.text}${close}${tail}`);
          const digitsAndMasks = toHalfWidth(masked).replace(/[^0-9*]/g, "");
          expect(digitsAndMasks).not.toContain(phone.mobile);
          expect(digitsAndMasks).not.toContain(phone.mobile.slice(0, 7));
          expect(masked).toBe(
            `${head}${open}${tag}${phone.mobile.slice(0, 3)}****${phone.mobile.slice(7)}${close}${tail}`,
          );
        },
      ),
    );
  });
});
