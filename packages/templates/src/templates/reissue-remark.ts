import { z } from "zod";
import { orderNo, platform, text } from "../fields";
import { platformName } from "../names";
import { defineTemplate, type TextMessage } from "../template";

/** 平台补发 remark on the reissue order, and which SKU to add (seed: 平台补发 > 注意事项). */
export const reissueRemark = defineTemplate({
  id: "reissue-remark",
  title: "平台补发备注",
  channel: "platform-remark",
  schema: z.object({
    platform: platform(),
    originalOrderNo: orderNo(),
    product: text(),
    /** The SKU of the original platform listing. */
    originalSku: text(),
    /** The SKU the reissue ships under. */
    reissueSku: text(),
  }),
  example: {
    platform: "拼多多",
    originalOrderNo: "240309-402233834970071",
    product: "阿莫西林胶囊 0.25g*24粒",
    originalSku: "PDD-AMXL-24",
    reissueSku: "BF-AMXL-24",
  },
  render(data): TextMessage {
    return {
      text: [
        `${platformName(data.platform)} ${data.originalOrderNo} 补发 ${data.product}`,
        `原平台商品SKU ${data.originalSku} ➡️ 添加补发商品SKU ${data.reissueSku}`,
      ].join("\n"),
    };
  },
});
