import { z } from "zod";
import { labelled } from "../field-meta";
import { platform, text } from "../fields";
import { platformName } from "../names";
import { defineTemplate, type TextMessage } from "../template";

/** 缺货: tells the team which listings come down, or go back up when restocked (seed: 缺货邮件). */
export const outOfStock = defineTemplate({
  id: "out-of-stock",
  title: "缺货上下架",
  channel: "internal-group",
  schema: z.object({
    product: labelled(text(), { label: "商品名称" }),
    sku: labelled(text(), { label: "商品SKU" }),
    /** `down` while out of stock, `up` once restocked. */
    action: labelled(z.enum(["down", "up"]).default("down"), { label: "上架/下架" }),
    platforms: labelled(z.array(platform()).min(1), { label: "平台" }),
  }),
  example: {
    product: "复方丹参片 0.32g*60片",
    sku: "6901234567892",
    platforms: ["拼多多", "平安好医生", "苏宁", "药房网"],
  },
  render(data, { config }): TextMessage {
    const destination = config?.groups?.stock;
    const names = [...new Set(data.platforms)].map(platformName).join("、");
    const [headline, request] =
      data.action === "down"
        ? ["缺货", "请及时下架以下平台的商品"]
        : ["已到货", "请及时重新上架以下平台的商品"];
    return {
      ...(destination ? { destination } : {}),
      text: [`${headline}：${data.product}（SKU：${data.sku}）`, `${request}：${names}`].join("\n"),
    };
  },
});
