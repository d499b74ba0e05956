import { expect, test } from "vitest";
import {
  courierIntercept,
  fieldMetaAt,
  formatErrorZh,
  render,
  TEMPLATES,
  templateFields,
} from "../src/index";

test("a template's fields carry their label, hint and optional flag on the schema", () => {
  expect(templateFields(courierIntercept.schema)).toEqual([
    { key: "courier", label: "快递公司", hint: "如 申通、中通", optional: false },
    { key: "waybill", label: "运单号", optional: false },
    { key: "reason", label: "原因", hint: "留空则为“麻烦拦截退回 谢谢”", optional: true },
    { key: "receiver.name", label: "收货人姓名", optional: false },
    { key: "receiver.phone", label: "收货人手机号", optional: false },
    { key: "receiver.province", label: "省份", optional: false },
    { key: "receiver.city", label: "城市", optional: false },
    { key: "receiver.address", label: "详细地址", optional: false },
  ]);
});

test("every template field a person fills has a label (a list's rows: the fields of its element)", () => {
  const unlabelled = TEMPLATES.flatMap((template) => {
    const shape = (template.schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    return Object.keys(shape)
      .filter((key) => key !== "receiver" && key !== "damaged" && key !== "lines")
      .filter((key) => fieldMetaAt(template.schema, [key]) === undefined)
      .map((key) => `${template.id}.${key}`);
  });
  expect(unlabelled).toEqual([]);
  expect(
    fieldMetaAt(TEMPLATES.find((t) => t.id === "not-put-list")?.schema as never, ["lines", 3, "sku"]),
  ).toEqual({ label: "SKU" });
});

test("the CLI's words name a template's field by the same label the form shows", () => {
  let said: string | undefined;
  try {
    render("not-put-list", { orderNo: "GW1", lines: [{ product: "棉签", quantity: 0, sku: "MQ-1" }] });
  } catch (error) {
    said = formatErrorZh(error);
  }
  expect(said).toContain("「商品明细 › 第 1 行 › 数量」(lines.0.quantity) 应大于 0");
  try {
    render("courier-intercept", {
      ...courierIntercept.example,
      receiver: { ...courierIntercept.example.receiver, name: "" },
    });
  } catch (error) {
    said = formatErrorZh(error);
  }
  expect(said).toContain("「收货人姓名」(receiver.name)");
});
