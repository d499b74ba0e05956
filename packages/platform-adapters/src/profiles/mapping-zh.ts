import { PLATFORMS } from "@syt/orders-model";
import type { AfterSaleField } from "../adapters/after-sales";
import type { OutOfStockField } from "../adapters/out-of-stock";
import type { OrderField } from "../adapters/types";
import type { WmsField } from "../adapters/wms";
import { formatProfileProblemZh } from "../messages-zh";
import type { FieldNeed, MappingKind, MappingProblem } from "./draft";

/** Each field as an operator names the column that holds it. */
export const FIELD_LABELS_ZH: {
  orders: Record<OrderField, string>;
  wms: Record<WmsField, string>;
  "after-sales": Record<AfterSaleField, string>;
  "out-of-stock": Record<OutOfStockField, string>;
} = {
  orders: {
    orderNo: "订单号",
    erpNo: "系统单号",
    shop: "店铺",
    placedAt: "下单时间",
    receiverName: "收货人",
    mobile: "手机",
    landline: "电话",
    province: "省",
    city: "市",
    district: "区",
    address: "地址",
    platformState: "平台订单状态",
    status: "订单状态 (合并的一列)",
    orderState: "订单状态",
    payState: "付款状态",
    shippingState: "发货状态",
    payment: "支付方式",
    goodsAmount: "商品金额",
    shippingFee: "运费",
    totalAmount: "订单总金额",
    payableAmount: "应付金额",
    productName: "商品名称",
    sku: "商家编码",
    spec: "规格",
    quantity: "数量",
    unitPrice: "单价",
    buyerRemark: "买家留言",
    merchantRemark: "商家备注",
    courier: "快递公司",
    waybill: "运单号",
    afterSale: "售后状态",
    paidAt: "付款时间",
    promiseAt: "承诺发货时间",
    rxFlag: "是否处方药",
    rxReview: "处方审核状态",
    abnormalReason: "异常原因",
    underReview: "是否审核中",
  },
  wms: {
    orderRef: "订单号 (外部单号)",
    courier: "快递公司",
    waybill: "运单号",
    stage: "配货状态",
    createdAt: "创建时间",
  },
  "after-sales": {
    ticketNo: "售后单号",
    orderNo: "订单号",
    erpNo: "系统订单号",
    shop: "店铺/平台",
    type: "售后类型",
    state: "售后状态",
    appliedAt: "申请时间",
    returnSignedAt: "退货签收时间",
    orderStage: "订单状态",
  },
  "out-of-stock": { sku: "商家编码", name: "商品名称" },
};

export function fieldLabelZh(kind: MappingKind, field: string): string {
  return (FIELD_LABELS_ZH[kind] as Record<string, string>)[field] ?? field;
}

/** What a field is needed for, beside its drop-down. */
export const FIELD_NEED_ZH: Record<FieldNeed, string> = {
  read: "必填",
  cod: "货到付款日报要用",
  daily: "今日待办要用",
  optional: "可选",
};

export const MAPPING_KIND_ZH: Record<Exclude<MappingKind, "orders">, string> = {
  wms: "WMS 物流导出",
  "after-sales": "售后单",
  "out-of-stock": "缺货清单",
};

/** The kind as the dialog's choice names it: 官网订单, 拼多多订单, WMS 物流导出 … */
export function mappingKindZh(kind: MappingKind, platform?: keyof typeof PLATFORMS): string {
  if (kind === "orders") return `${PLATFORMS[platform ?? "guanwang"].name}订单`;
  return MAPPING_KIND_ZH[kind];
}

export function formatMappingProblemZh(kind: MappingKind, problem: MappingProblem): string {
  switch (problem.code) {
    case "empty-name":
      return "请给这个表头对应起个名字 (例如 拼多多新版导出)";
    case "field-needed":
      return `请选择「${fieldLabelZh(kind, problem.field)}」在哪一列: 没有它读不了这个文件`;
    case "not-in-header":
      return `「${fieldLabelZh(kind, problem.field)}」选的「${problem.header}」不在这个文件的表头里`;
    case "header-twice":
      return `「${problem.header}」同时选给了 ${problem.fields.map((field) => `「${fieldLabelZh(kind, field)}」`).join("、")}: 一列只能对应一项`;
    case "profile":
      return formatProfileProblemZh(problem.problem);
  }
}
