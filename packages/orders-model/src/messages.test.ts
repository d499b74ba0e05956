import { describe, expect, test } from "vitest";
import { describeInput, formatModelCodeZh, ModelCode } from "./messages";

describe("formatModelCodeZh", () => {
  test.each(ModelCode.options)("%s has a Chinese message that says what to do", (code) => {
    const message = formatModelCodeZh(code);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toMatch(/请/);
  });

  test("all messages, as reviewed", async () => {
    const rows = ModelCode.options.map((code) => `| \`${code}\` | ${formatModelCodeZh(code, "示例")} |`);
    const table = ["| code | 中文 |", "| --- | --- |", ...rows, ""].join("\n");
    await expect(table).toMatchFileSnapshot("./__snapshots__/messages.zh-CN.snap.md");
  });

  test("quotes the input with phones masked", () => {
    expect(formatModelCodeZh("money-invalid", "张三 13812345678")).toBe(
      '金额无法识别(收到: "张三 138****5678")。应为数字金额, 例如 12.50、¥12.50 或 1,234.50, 请改正该单元格。',
    );
  });
});

describe("describeInput", () => {
  const cases = [
    { description: "short text as is", input: "abc", expected: "abc" },
    { description: "guards stripped", input: "\t12.5元\t", expected: "12.5元" },
    { description: "long text cut short", input: "一".repeat(40), expected: `${"一".repeat(30)}…` },
    { description: "phone masked", input: "+86 139 0000 1111", expected: "139****1111" },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(describeInput(input)).toBe(expected);
  });
});
