import { checkCreditCode } from "@syt/orders-model";
import { z } from "zod";
import { labelled } from "../field-meta";
import { prefixedOrderNo, taxId, text } from "../fields";
import { defineTemplate, type TextMessage } from "../template";

/** 发票: what the invoice form needs for one order (seed: 发票). */
export const invoiceRequest = defineTemplate({
  id: "invoice-request",
  title: "发票申请",
  channel: "internal-group",
  schema: z.object({
    /** 万里牛 order number, which starts with XD. */
    orderNo: labelled(prefixedOrderNo("XD"), { label: "订单编号", hint: "万里牛的订单编号，XD 开头" }),
    /** 抬头: a company name, or 个人. */
    title: labelled(text(), { label: "抬头", hint: "公司名称，或 个人" }),
    /** 税号; a private person's invoice has none. */
    taxId: labelled(taxId().optional(), { label: "税号", hint: "个人可不填" }),
    email: labelled(z.email(), { label: "邮箱地址" }),
  }),
  example: {
    orderNo: "XD2411250012",
    title: "示例医药科技有限公司",
    taxId: "91320115MA27XK3L0X",
    email: "invoice@example.com",
  },
  render(data): TextMessage {
    const legacy = data.taxId !== undefined && checkCreditCode(data.taxId).kind === "legacy";
    return {
      ...(legacy ? { warnings: [{ code: "legacy-credit-code", path: ["taxId"], input: data.taxId }] } : {}),
      text: [
        "发票申请",
        `万里牛订单编号：${data.orderNo}`,
        `抬头：${data.title}`,
        `税号：${data.taxId ?? "无（个人）"}`,
        `邮箱地址：${data.email}`,
      ].join("\n"),
    };
  },
});
