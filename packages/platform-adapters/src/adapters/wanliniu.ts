import { cleanCell, PLATFORMS, type PlatformId, PlatformId as PlatformIds } from "@syt/orders-model";
import type { OrderAdapter } from "./types";

// Shop names say which platform an order came from; 官网 shops are named after the web shop.
const SHOP_WORDS: readonly [PlatformId, readonly string[]][] = [
  ...PlatformIds.options.map((id) => [id, [PLATFORMS[id].name]] as [PlatformId, string[]]),
  ["guanwang", ["官网", "商城", "syt.cn"]],
  ["pingan", ["平安", "jk.cn"]],
];

function platformOfShop(shop: string): PlatformId | undefined {
  return SHOP_WORDS.find(([, words]) => words.some((word) => shop.includes(word)))?.[0];
}

/**
 * 万里牛 (Hupun) ERP order export, *assumed* layout: its own XD order number, the platform's
 * order number, shop, ERP status, courier and waybill. Orders are keyed by the platform's
 * number (what the other exports carry); the XD number goes to `references`.
 */
export const wanliniu: OrderAdapter = {
  id: "wanliniu",
  platform: "guanwang",
  name: "万里牛",
  required: ["orderNo", "erpNo"],
  // The model's table (WANLINIU_STATUSES) and the warehouse stage words its order list shows.
  status: "wanliniu",
  fields: {
    orderNo: ["线上单号", "平台单号", "原始单号", "网店订单号"],
    erpNo: ["订单编号", "系统单号", "ERP单号"],
    shop: ["店铺名称", "店铺"],
    status: ["订单状态", "系统状态"],
    placedAt: ["下单时间", "拍单时间"],
    receiverName: ["收件人", "收货人"],
    mobile: ["手机", "收件人手机"],
    address: ["收货地址", "地址"],
    productName: ["商品名称"],
    sku: ["商家编码", "商品编码"],
    spec: ["规格", "规格名称"],
    quantity: ["数量"],
    totalAmount: ["实付金额", "订单金额"],
    buyerRemark: ["买家备注", "买家留言"],
    merchantRemark: ["卖家备注", "客服备注"],
    courier: ["快递公司", "物流公司"],
    waybill: ["快递单号", "物流单号"],
  },
  platformOf(row) {
    const shop = cleanCell(row.cell("shop") ?? "");
    const platform = platformOfShop(shop);
    if (platform) return { platform };
    return {
      platform: "guanwang",
      issue: {
        code: "unknown_shop",
        severity: "warning",
        row: row.rowNumber,
        column: row.column("shop"),
        input: shop,
      },
    };
  },
};
