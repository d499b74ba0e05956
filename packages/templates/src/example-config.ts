import type { TemplatesConfigInput } from "./config";

/**
 * Placeholders only: a made-up address, example.com mailboxes, numbers nobody owns.
 * `config.example.json` is this object as a file to copy and fill in (a test keeps them equal).
 */
export const exampleConfig = {
  returnAddress: { address: "示例省示例市示例区样板路 100 号上元堂售后收", postcode: "100000" },
  shops: {
    guanwang: { recipient: "上元堂官网" },
    pinduoduo: { recipient: "上元堂拼多多" },
    pingan: { recipient: "上元堂平安" },
    yaofangwang: { recipient: "上元堂药房网" },
    suning: { recipient: "上元堂苏宁" },
  },
  handlers: [
    { name: "王晓明", phone: "139 0000 1111" },
    { name: "李静", phone: "139 0000 2222" },
  ],
  couriers: {
    sto: {
      app: "dingtalk",
      group: "申通查件群（示例）",
      damageMailboxes: ["sto-service-1@example.com", "sto-service-2@example.com"],
    },
    zto: {
      app: "qq",
      group: "中通对接群（示例）",
      damageMailboxes: ["zto-service-1@example.com", "zto-service-2@example.com"],
    },
  },
  damageMail: {
    from: { name: "上元堂运营", email: "ops@example.com" },
    internal: [
      { name: "售后主管", email: "aftersale-lead@example.com" },
      { name: "财务", email: "finance@example.com" },
    ],
  },
  pharmacistWechat: "syt-pharmacist-example",
  groups: {
    ecommerce: { app: "um", group: "电商群（示例）" },
    stock: { app: "qq", group: "缺货群（示例）" },
  },
} satisfies TemplatesConfigInput;
