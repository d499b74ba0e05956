import { exampleConfig, parseConfig, TEMPLATE_IDS, TEMPLATES } from "@syt/templates";
import { describe, expect, it } from "vitest";
import { checkConfigText } from "./config";
import {
  emptyValues,
  FORMS,
  formData,
  issueKey,
  issueTextForField,
  needsConfig,
  prefillValues,
  renderForm,
} from "./forms";
import type { OrderFacts } from "./order-facts";

const config = parseConfig(exampleConfig);

const facts: OrderFacts = {
  orderNo: "GW2411250007",
  platform: "官网",
  receiverName: "赵丽华",
  phone: "13900003333",
  province: "示例省",
  city: "示例市",
  district: "样板区",
  address: "幸福路 8 号",
  courier: "中通快递",
  waybill: "75123456789012",
  lines: [{ product: "维生素C片 100mg*100片", sku: "6901234567878", quantity: 2 }],
};

describe("forms", () => {
  it("every template of the library has a form, and every form field is a key of its schema's example or input", () => {
    expect(Object.keys(FORMS).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it("the library's own example, typed into each form, renders (the forms reach every required field)", () => {
    for (const template of TEMPLATES) {
      const example = template.example as Record<string, unknown>;
      const text: Record<string, string> = {};
      const lists: Record<string, string[]> = {};
      for (const field of FORMS[template.id].fields) {
        const value = field.key
          .split(".")
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], example);
        if (Array.isArray(value)) lists[field.key] = value.map(String);
        else if (value !== undefined) text[field.key] = String(value);
      }
      const lines = (example.lines as { product: string; quantity: number; sku: string }[] | undefined)?.map(
        (line) => ({
          product: line.product,
          quantity: String(line.quantity),
          sku: line.sku,
        }),
      );
      const result = renderForm(template.id, { text, lists, lines: lines ?? [] }, config);
      expect(result.kind, template.id).toBe("ok");
    }
  });

  it("courier-intercept prefilled from an order renders the seed's three lines", () => {
    const { values, filled } = prefillValues("courier-intercept", facts);
    expect(filled).toEqual([
      "courier",
      "waybill",
      "receiver.name",
      "receiver.phone",
      "receiver.province",
      "receiver.city",
      "receiver.address",
    ]);
    const result = renderForm("courier-intercept", values, config);
    expect(result.kind === "ok" && result.message.text).toBe(
      [
        "原因：麻烦拦截退回 谢谢",
        "运单号：75123456789012",
        "收货人地址：赵丽华，13900003333 示例省 示例市 样板区幸福路 8 号",
      ].join("\n"),
    );
  });

  it("empty fields are missing, as the library says; a wrong value keeps its own message", () => {
    const values = {
      ...emptyValues("courier-intercept"),
      text: { waybill: "12", "receiver.phone": "12345" },
    };
    const result = renderForm("courier-intercept", values, config);
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    const byKey = new Map(result.issues.map((issue) => [issueKey(issue), issueTextForField(issue)]));
    expect(byKey.get("courier")).toBe("缺少这一项：请填写。");
    expect(byKey.get("waybill")).toMatch(/^格式不对：应为 6 到 30 位数字或字母/);
    expect(byKey.get("receiver.phone")).toMatch(/^不是可用的电话号码/);
    expect(byKey.get("reason")).toBeUndefined();
  });

  it("an empty form: every required field of a group is reported on its own field", () => {
    const result = renderForm("damage-email", emptyValues("damage-email"), config);
    expect(result.kind === "invalid" && result.issues.map(issueKey)).toEqual([
      "courier",
      "waybill",
      "orderNo",
      "damaged.count",
      "liability",
      "receiver.name",
      "receiver.phone",
      "receiver.address",
    ]);
  });

  it("not-put-list: product rows as typed, quantities as numbers, a bad quantity said by the library", () => {
    const values = {
      text: { orderNo: "GW2411250001" },
      lists: {},
      lines: [
        { product: "连花清瘟胶囊", quantity: "2", sku: "6901234567885" },
        { product: "维生素C片", quantity: "两盒", sku: "6901234567878" },
      ],
    };
    expect(formData("not-put-list", values)).toEqual({
      orderNo: "GW2411250001",
      lines: [
        { product: "连花清瘟胶囊", quantity: 2, sku: "6901234567885" },
        { product: "维生素C片", quantity: "两盒", sku: "6901234567878" },
      ],
    });
    const result = renderForm("not-put-list", values, undefined);
    expect(result.kind === "invalid" && result.issues.map(issueKey)).toEqual(["lines.1.quantity"]);
  });

  it("a template that needs the configuration says so when there is none", () => {
    const result = renderForm("cod-guide", emptyValues("cod-guide"), undefined);
    expect(result).toEqual({ kind: "config-missing", text: expect.stringContaining("需要配置") });
    expect(TEMPLATES.filter(needsConfig).map((t) => t.id)).toEqual([
      "return-notice",
      "courier-intercept",
      "damage-report",
      "damage-email",
      "cod-guide",
    ]);
  });

  it("invoice-request takes 万里牛's XD number, never a GW number", () => {
    expect(prefillValues("invoice-request", facts).values.text.orderNo).toBeUndefined();
    expect(prefillValues("invoice-request", { ...facts, erpNo: "XD2411250012" }).values.text.orderNo).toBe(
      "XD2411250012",
    );
  });
});

describe("checkConfigText", () => {
  it("the CLI's example configuration passes", () => {
    expect(checkConfigText(JSON.stringify(exampleConfig)).ok).toBe(true);
  });

  it("a wrong field is named in Chinese by the library", () => {
    const bad = { ...exampleConfig, couriers: { zto: { ...exampleConfig.couriers.zto, app: "weibo" } } };
    const checked = checkConfigText(JSON.stringify(bad));
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toContain(
      "「快递公司 › 中通 › 群所在软件」(couriers.zto.app) 只能是 dingtalk、qq、wechat、um 之一",
    );
  });

  it("a file that is not JSON, or cut short, says so in Chinese (regression: 「Unexpected end of JSON input」)", () => {
    for (const text of ["returnAddress: x", '{ "returnAddress": { "address": "示例']) {
      const checked = checkConfigText(text);
      expect(!checked.ok && checked.problem).toMatch(/^这个文件不是完整的 JSON 配置/);
      expect(!checked.ok && checked.problem).not.toMatch(/Unexpected|JSON input|position/);
    }
  });
});
