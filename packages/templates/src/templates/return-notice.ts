import { z } from "zod";
import { labelled } from "../field-meta";
import { platform, text } from "../fields";
import { findHandler, findShop, requireConfig } from "../lookup";
import { defineTemplate, type TextMessage } from "../template";

const id = "return-notice";

/** 退货退款提示: sent to a buyer who asks to return goods (seed: 退货退款处理 > 提示). */
export const returnNotice = defineTemplate({
  id,
  title: "退货退款提示",
  channel: "buyer",
  schema: z.object({
    /** The shop the order came from; its recipient line goes on the parcel. */
    platform: labelled(platform(), { label: "平台" }),
    /** The operator handling the return: the buyer's courier calls this person. */
    handler: labelled(text(), { label: "处理人", hint: "买家的快递会打这位处理人的电话" }),
  }),
  example: { platform: "苏宁", handler: "王晓明" },
  render(data, { config }): TextMessage {
    const known = requireConfig(id, config);
    const shop = findShop(id, known, data.platform, ["platform"]);
    const handler = findHandler(id, known, data.handler, ["handler"]);
    const address = shop.returnAddress ?? known.returnAddress;
    return {
      text: [
        "您好，请保证商品的完好无损，不影响二次销售，否则拒收；拒绝货到付款，谢谢！",
        `${address.address} ${shop.recipient} ${address.postcode} ${handler.phone}`,
      ].join("\n"),
    };
  },
});
