import { z } from "zod";
import { defineTemplate, type TextMessage } from "../template";

/** The reply when a buyer returns an order that has already shipped (seed: 商品已发货). */
export const shippedReturnReply = defineTemplate({
  id: "shipped-return-reply",
  title: "商品已发货退货回复",
  channel: "buyer",
  schema: z.object({}).strict(),
  example: {},
  render(): TextMessage {
    return {
      text: [
        "尊敬的顾客您好，因为商品已经发出，",
        "我司立马拦截快递，如果拦截未成功，劳烦您拒收。",
        "我司收到退货商品以后立马给您退款。",
      ].join("\n"),
    };
  },
});
