import type { OrderAdapter } from "./types";

/**
 * 官网 (admin.syt.cn, ECShop-style). Headers of the ECShop export plugin and of the
 * operators' own export; statuses as three columns or one composite cell.
 */
export const guanwang: OrderAdapter = {
  id: "guanwang",
  platform: "guanwang",
  name: "官网",
  status: "ecshop",
  required: ["orderNo"],
  fields: {
    orderNo: ["订单号", "订单编号", "订单sn", "order_sn"],
    placedAt: ["下单时间", "订单时间", "下单日期", "add_time"],
    receiverName: ["收货人", "收货人姓名", "收件人"],
    mobile: ["手机", "手机号码", "手机号", "收货人手机", "联系电话"],
    landline: ["电话", "固定电话"],
    province: ["省", "省份"],
    city: ["市", "城市"],
    district: ["区", "区县", "县区"],
    address: ["地址", "详细地址", "收货地址"],
    status: ["订单处理状态", "订单状态(合并)", "状态"],
    orderState: ["订单状态"],
    payState: ["付款状态", "支付状态"],
    shippingState: ["发货状态", "配送状态"],
    payment: ["订单支付方式", "支付方式", "付款方式"],
    goodsAmount: ["商品总价(元)", "商品总价", "商品总金额", "商品金额"],
    shippingFee: ["运费(元)", "运费", "配送费用"],
    // Both widths of parentheses match: headers are compared half-width (`normalizeHeader`).
    totalAmount: ["订单总金额(元)", "总金额", "订单总金额", "订单金额", "订单金额(元)"],
    payableAmount: ["应付款金额(元)", "应付金额", "应付款金额", "应付款", "应付金额(元)"],
    productName: ["商品名称", "商品名"],
    sku: ["商品货号", "商品编号", "货号", "商家编码"],
    spec: ["商品规格", "规格", "商品属性"],
    quantity: ["购买数量", "商品数量", "数量"],
    unitPrice: ["商品单价(元)", "商品价格", "商品单价", "单价"],
    buyerRemark: ["客户留言", "买家留言", "客户备注", "用户留言"],
    merchantRemark: ["商家备注", "客服备注", "备注"],
    courier: ["配送方式", "快递公司"],
    waybill: ["发货单号", "快递单号", "物流单号"],
  },
};
