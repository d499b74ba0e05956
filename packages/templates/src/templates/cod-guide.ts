import { z } from "zod";
import { requireConfig } from "../lookup";
import { defineTemplate, type TextMessage } from "../template";

const id = "cod-guide";

/** Steers a 货到付款 buyer to online payment and to the pharmacist (seed: 货到付款 > other, 官网). */
export const codGuide = defineTemplate({
  id,
  title: "货到付款引导",
  channel: "buyer",
  schema: z.object({}).strict(),
  example: {},
  render(_data, { config }): TextMessage {
    const known = requireConfig(id, config);
    return {
      text: [
        "您好，您的订单选择了货到付款。为了更快为您发货，建议您改为在线支付。",
        `用药问题请添加药师微信：${known.pharmacistWechat}，药师会为您一对一解答，谢谢！`,
      ].join("\n"),
    };
  },
});
