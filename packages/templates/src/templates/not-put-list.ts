import { z } from "zod";
import { labelled } from "../field-meta";
import { prefixedOrderNo, text } from "../fields";
import { defineTemplate, type MessageTable, type TextMessage } from "../template";

/** 不放清单 for the UM 电商 group: products not to be packed for a 官网 order (seed: 不放清单). */
export const notPutList = defineTemplate({
  id: "not-put-list",
  title: "不放清单",
  channel: "internal-group",
  schema: z.object({
    orderNo: labelled(prefixedOrderNo("GW"), { label: "官网订单号", hint: "GW 开头" }),
    lines: z
      .array(
        z.object({
          product: labelled(text(), { label: "商品名称" }),
          quantity: labelled(z.number().int().positive(), { label: "数量" }),
          sku: labelled(text(), { label: "SKU" }),
        }),
      )
      .min(1),
  }),
  example: {
    orderNo: "GW2411250001",
    lines: [
      { product: "连花清瘟胶囊 0.35g*24粒", quantity: 2, sku: "6901234567885" },
      { product: "维生素C片 100mg*100片", quantity: 1, sku: "6901234567878" },
    ],
  },
  render(data, { config }): TextMessage {
    const destination = config?.groups?.ecommerce;
    // The table is the message; the text is written from it (the picture for the UM group is drawn from the table).
    const table: MessageTable = {
      title: `${data.orderNo} 不放清单`,
      header: ["商品名称", "数量", "SKU"],
      rows: data.lines.map((line) => [line.product, String(line.quantity), line.sku]),
    };
    return {
      ...(destination ? { destination } : {}),
      text: [table.title, ...[table.header, ...table.rows].map((cells) => cells.join(" | "))].join("\n"),
      table,
    };
  },
});
