import { cleanCell } from "@syt/orders-model";
import { platformOfText } from "../shops";
import type { OrderAdapter } from "./types";

/**
 * 万里牛 (Hupun) ERP order export. The names of its 订单明细 export are known from public header
 * checks (DOMAIN.md "Real export layouts"; positions move, users pick columns): the platform's
 * number is 原订单号 (several joined with `|` for a merged order), the ERP's own 系统单号
 * (`XD…`); 订单号 is not proven to hold either, so it names nothing here. The names of the
 * older *assumed* layout stay as aliases. One row per order line; 实付总计 repeats on each.
 * Orders are keyed by the platform's number (what the other exports carry); the XD number goes
 * to `references`. Its times are Beijing time even where a `Z` is written.
 */
export const wanliniu: OrderAdapter = {
  id: "wanliniu",
  platform: "guanwang",
  name: "万里牛",
  required: ["orderNo", "erpNo"],
  // The model's tables (系统订单状态, 线上订单状态, the assumed list's words) and the warehouse stage words.
  status: "wanliniu",
  mergedOrderNumbers: true,
  zone: "ignore-suffix",
  fields: {
    orderNo: ["原订单号", "线上单号", "平台单号", "原始单号", "网店订单号"],
    erpNo: ["系统单号", "系统订单号", "订单编号", "ERP单号"],
    shop: ["店铺名称", "店铺"],
    platformState: ["线上订单状态"],
    status: ["系统订单状态", "订单状态", "系统状态"],
    placedAt: ["下单时间", "拍单时间"],
    receiverName: ["收货人", "收件人"],
    mobile: ["手机/电话", "手机", "收件人手机"],
    province: ["省"],
    city: ["市"],
    district: ["区"],
    address: ["详细地址", "收货地址", "地址"],
    productName: ["商品名称"],
    sku: ["商品编码", "商家编码"],
    spec: ["规格名称", "规格"],
    quantity: ["数量"],
    unitPrice: ["单价"],
    totalAmount: ["实付总计", "实付金额", "订单金额"],
    shippingFee: ["邮费"],
    buyerRemark: ["买家留言", "买家备注"],
    merchantRemark: ["备注", "卖家备注", "客服备注"],
    courier: ["快递公司", "物流公司"],
    waybill: ["快递单号", "物流单号"],
  },
  platformOf(row) {
    const shop = cleanCell(row.cell("shop") ?? "");
    // The one shop-name table of the package (`SHOP_WORDS`), as the 售后单 lists and file names use it.
    const platform = platformOfText(shop);
    if (platform) return { platform };
    return {
      platform: "guanwang",
      issue: {
        code: "unknown-shop",
        severity: "warning",
        row: row.rowNumber,
        column: row.column("shop"),
        input: shop,
      },
    };
  },
};
