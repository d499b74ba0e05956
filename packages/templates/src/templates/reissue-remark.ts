import { z } from "zod";
import { labelled } from "../field-meta";
import { orderNo, platform, text } from "../fields";
import { platformName } from "../names";
import { defineTemplate, type TextMessage } from "../template";

/** 平台补发 remark on the reissue order, and which SKU to add (seed: 平台补发 > 注意事项). */
export const reissueRemark = defineTemplate({
  id: "reissue-remark",
  title: "平台补发备注",
  channel: "platform-remark",
  schema: z.object({
    platform: labelled(platform(), { label: "平台" }),
    originalOrderNo: labelled(orderNo(), { label: "原平台订单号" }),
    product: labelled(text(), { label: "商品名称" }),
    /** The SKU of the original platform listing. */
    originalSku: labelled(text(), { label: "原平台商品SKU" }),
    /** The SKU the reissue ships under. */
    reissueSku: labelled(text(), { label: "补发商品SKU" }),
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
