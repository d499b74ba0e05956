import type { Order } from "@syt/orders-model";
import type { WmsShipment } from "@syt/platform-adapters";

/** A parsed 官网 order with only what a test states; the rest is neutral. */
export function order(fields: {
  orderNo: string;
  rows: number[];
  shipping?: Order["status"]["shipping"];
  cod?: boolean;
  payableFen?: number;
  waybills?: string[];
  placedAt?: Date;
}): Order {
  const cod = fields.cod ?? true;
  const shipping = "shipping" in fields ? fields.shipping : "preparing";
  return {
    platform: "guanwang",
    orderNo: fields.orderNo,
    status: { shipping, raw: shipping ?? "" },
    payment: cod
      ? { raw: "货到付款", code: "cod", isCod: true }
      : { raw: "支付宝", code: "alipay", isCod: false },
    receiver: {},
    lines: [],
    amounts: fields.payableFen === undefined ? {} : { payable: fields.payableFen },
    logistics: { waybills: fields.waybills ?? [] },
    sourceRows: fields.rows,
    ...(fields.placedAt ? { placedAt: fields.placedAt } : {}),
  };
}

export function shipment(
  fields: Partial<WmsShipment> & Pick<WmsShipment, "orderRef" | "rowNumber">,
): WmsShipment {
  return {
    courier: "zto",
    courierRaw: "中通快递",
    waybills: [],
    stage: "allocated",
    stageRaw: "分配完成",
    ...fields,
  };
}
