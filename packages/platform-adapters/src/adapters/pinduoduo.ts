import type { OrderAdapter } from "./types";

/**
 * 拼多多 merchant backend order export: the older full export and the current 27-column one,
 * which carries no receiver data. One row per order; statuses use full-width commas.
 */
export const pinduoduo: OrderAdapter = {
  id: "pinduoduo",
  platform: "pinduoduo",
  name: "拼多多",
  status: "pdd",
  required: ["orderNo", "status"],
  // Buyers pay 拼多多 up front: there is no COD and no payment column.
  defaultPayment: "在线支付",
  fields: {
    orderNo: ["订单号"],
    status: ["订单状态"],
    productName: ["商品", "商品名称"],
    sku: ["商家编码-规格维度", "商家编码-SKU维度", "商家编码"],
    spec: ["商品规格", "规格"],
    quantity: ["商品数量(件)", "商品数量", "数量"],
    goodsAmount: ["商品总价(元)", "商品总价"],
    shippingFee: ["邮费(元)", "邮费"],
    totalAmount: ["用户实付金额(元)", "用户实付金额", "实付金额(元)"],
    placedAt: ["订单成交时间", "支付时间", "拼单成功时间", "订单创建时间"],
    receiverName: ["收货人", "收货人姓名"],
    mobile: ["手机", "收货人手机号", "手机号"],
    province: ["省", "省份"],
    city: ["市", "城市"],
    district: ["区", "区县"],
    address: ["详细地址", "收货地址"],
    buyerRemark: ["买家留言"],
    merchantRemark: ["商家备注"],
    courier: ["快递公司"],
    waybill: ["快递单号", "运单号"],
    afterSale: ["售后状态"],
  },
};
