import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { exampleConfig, formatErrorZh, InvalidConfigError, parseConfig } from "../src/index";

function configMessage(input: unknown): string {
  try {
    parseConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError);
    return formatErrorZh(error) ?? "";
  }
  throw new Error("expected the configuration to be refused");
}

test("config.example.json, the file people copy, is the bundled example and is valid", async () => {
  const file = path.resolve(import.meta.dirname, "../config.example.json");
  const fromFile = JSON.parse(await readFile(file, "utf8"));
  expect(fromFile).toEqual(exampleConfig);
  expect(parseConfig(fromFile).handlers[0]?.phone).toBe("13900001111");
});

test("the example configuration holds placeholders only: example.com mailboxes", () => {
  const emails = JSON.stringify(exampleConfig).match(/[\w.+-]+@[\w.-]+/g) ?? [];
  expect(emails.length).toBeGreaterThan(0);
  expect(emails.every((email) => email.endsWith("@example.com"))).toBe(true);
});

describe("a wrong configuration names each wrong field in Chinese", () => {
  test.each([
    {
      description: "a missing pharmacist WeChat",
      input: { ...exampleConfig, pharmacistWechat: undefined },
      expected: "「药师微信」(pharmacistWechat) 缺少这一项：请填写。",
    },
    {
      description: "a postcode that is not six digits",
      input: { ...exampleConfig, returnAddress: { address: "示例路 1 号", postcode: "2111" } },
      expected:
        "「退货地址 › 邮编」(returnAddress.postcode) 格式不对：应为 6 位数字，如 100000，收到 “2111”。",
    },
    {
      description: "a handler's phone that cannot be dialled, shown masked",
      input: { ...exampleConfig, handlers: [{ name: "王晓明", phone: "139****1111" }] },
      expected: "「处理人 › 第 1 个 › 手机号」(handlers.0.phone) 不是可用的电话号码",
    },
    {
      description: "the same handler twice",
      input: {
        ...exampleConfig,
        handlers: [...exampleConfig.handlers, { name: "李静", phone: "13900005555" }],
      },
      expected: "「处理人 › 第 3 个 › 姓名」(handlers.2.name) “李静” 重复了",
    },
    {
      description: "only one internal damage mailbox",
      input: {
        ...exampleConfig,
        damageMail: { ...exampleConfig.damageMail, internal: [{ email: "a@example.com" }] },
      },
      expected: "「破损邮件 › 内部邮箱」(damageMail.internal)",
    },
    {
      description: "a courier mailbox that is also an internal one, which would leave fewer than four",
      input: {
        ...exampleConfig,
        couriers: {
          sto: {
            app: "dingtalk",
            group: "申通查件群",
            damageMailboxes: ["finance@example.com", "sto-2@example.com"],
          },
        },
      },
      expected:
        "「快递公司 › 申通 › 破损邮箱 › 第 1 个」(couriers.sto.damageMailboxes.0) “finance@example.com” 重复了",
    },
    {
      description: "a chat app we do not know",
      input: { ...exampleConfig, couriers: { zto: { app: "weibo", group: "中通群" } } },
      expected:
        "「快递公司 › 中通 › 群所在软件」(couriers.zto.app) 只能是 dingtalk、qq、wechat、um 之一，收到 “weibo”。",
    },
  ])("$description", ({ input, expected }) => {
    expect(configMessage(input)).toContain(expected);
  });

  test("every problem is listed at once, with what to do", () => {
    expect(configMessage({})).toMatchInlineSnapshot(`
      "配置有 6 处问题：
        - 「退货地址」(returnAddress) 缺少这一项：请填写。
        - 「店铺」(shops) 缺少这一项：请填写。
        - 「处理人」(handlers) 缺少这一项：请填写。
        - 「快递公司」(couriers) 缺少这一项：请填写。
        - 「破损邮件」(damageMail) 缺少这一项：请填写。
        - 「药师微信」(pharmacistWechat) 缺少这一项：请填写。
      请对照 config.example.json 改正配置文件。"
    `);
  });
});
