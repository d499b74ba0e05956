import { z } from "zod";
import { labelled } from "../field-meta";
import { courier, receiverPhone, text, waybill } from "../fields";
import { findCourier, requireConfig } from "../lookup";
import { defineTemplate, type TextMessage } from "../template";

const id = "courier-intercept";

/** 快递拦截报备: asks the courier's group to stop a parcel and send it back (seed: 商品已发货 step 2). */
export const courierIntercept = defineTemplate({
  id,
  title: "快递拦截报备",
  channel: "courier-group",
  schema: z.object({
    courier: labelled(courier(), { label: "快递公司", hint: "如 申通、中通" }),
    waybill: labelled(waybill(), { label: "运单号" }),
    reason: labelled(text().default("麻烦拦截退回 谢谢"), {
      label: "原因",
      hint: "留空则为“麻烦拦截退回 谢谢”",
    }),
    receiver: z.object({
      name: labelled(text(), { label: "收货人姓名" }),
      phone: labelled(receiverPhone(), { label: "收货人手机号" }),
      province: labelled(text(), { label: "省份" }),
      city: labelled(text(), { label: "城市" }),
      address: labelled(text(), { label: "详细地址" }),
    }),
  }),
  example: {
    courier: "申通",
    waybill: "773012345678901",
    receiver: {
      name: "赵丽华",
      phone: "139 0000 3333",
      province: "示例省",
      city: "示例市",
      address: "样板区幸福路 8 号 2 栋 301",
    },
  },
  render(data, { config }): TextMessage {
    const contact = findCourier(id, requireConfig(id, config), data.courier, ["courier"]);
    const { receiver } = data;
    return {
      text: [
        `原因：${data.reason}`,
        `运单号：${data.waybill}`,
        `收货人地址：${receiver.name}，${receiver.phone} ${receiver.province} ${receiver.city} ${receiver.address}`,
      ].join("\n"),
      destination: { app: contact.app, group: contact.group },
    };
  },
});
