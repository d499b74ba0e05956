import { formatFen } from "@syt/orders-model";
import { z } from "zod";
import { labelled } from "../field-meta";
import { courier, money, orderNo, receiverPhone, text, waybill } from "../fields";
import { courierName } from "../names";

/** One damaged parcel as the courier must hear about it; shared by the group message and the e-mail. */
export const DamageClaim = z.object({
  courier: labelled(courier(), { label: "快递公司", hint: "如 申通、中通" }),
  waybill: labelled(waybill(), { label: "运单号" }),
  orderNo: labelled(orderNo(), { label: "订单编号" }),
  /** How many units arrived broken, in the unit the buyer counts (盒, 件, 支). */
  damaged: z.object({
    count: labelled(z.number().int().positive(), { label: "破损数量" }),
    unit: labelled(text().max(4).default("盒"), { label: "单位", hint: "留空则为“盒”" }),
  }),
  /** The buyer's refund is already made; the courier is asked to book this liability. */
  liability: labelled(money(), { label: "记责金额", hint: "以元计，如 36.8" }),
  receiver: z.object({
    name: labelled(text(), { label: "收货人姓名" }),
    phone: labelled(receiverPhone(), { label: "收货人手机号" }),
    address: labelled(text(), { label: "收货地址" }),
  }),
  /** Extra words after 商品破损…, e.g. 外箱压坏. */
  reason: labelled(text().optional(), { label: "破损原因", hint: "可不填，如 外箱压坏" }),
  /** Name of the screenshot of the order and the damage (attached to the e-mail). */
  screenshot: labelled(text().optional(), { label: "交易截图文件名", hint: "可不填" }),
});
export type DamageClaim = z.output<typeof DamageClaim>;

export const exampleDamageClaim = {
  courier: "中通",
  waybill: "75123456789012",
  orderNo: "240309-402233834970071",
  damaged: { count: 2, unit: "盒" },
  liability: "36.8",
  receiver: { name: "孙志强", phone: "139 0000 4444", address: "示例省示例市样板区和平街 18 号" },
  reason: "外箱压坏",
  screenshot: "破损截图.png",
} satisfies z.input<typeof DamageClaim>;

export function damageHeadline(claim: DamageClaim): string {
  return `商品破损${claim.damaged.count}${claim.damaged.unit}，已退款给顾客，麻烦记破损金额${formatFen(claim.liability)}元`;
}

/** The lines of the seed's 商品破损 message, from 快递物流 on; `screenshot` says where the picture is. */
export function damageDetails(claim: DamageClaim, screenshot: string): string[] {
  const { receiver } = claim;
  const reason = `商品破损${claim.damaged.count}${claim.damaged.unit}${claim.reason ? `，${claim.reason}` : ""}`;
  return [
    `快递物流：${claim.waybill}`,
    `收货地址：${receiver.name} ${receiver.phone} ${receiver.address}`,
    "订单信息和破损信息如下图：",
    `订单编号：${claim.orderNo}`,
    `快递公司：${courierName(claim.courier)}`,
    `快递单号：${claim.waybill}`,
    `记责金额：${formatFen(claim.liability)}元`,
    `原因：${reason}`,
    `交易截图：${screenshot}`,
  ];
}
