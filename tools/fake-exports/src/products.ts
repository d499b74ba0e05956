export type ProductKind = "otc" | "rx" | "tcm" | "device";

export interface FakeProduct {
  sku: string;
  name: string;
  spec: string;
  maker: string;
  priceFen: number;
  kind: ProductKind;
}

// Product names are generic drug names with invented makers and SKUs; rx = 处方药, tcm = 中药饮片/中成药.
export const PRODUCTS: readonly FakeProduct[] = [
  {
    sku: "SYT10001",
    name: "布洛芬缓释胶囊",
    spec: "0.3g*24粒",
    maker: "华东示例制药",
    priceFen: 2280,
    kind: "otc",
  },
  {
    sku: "SYT10002",
    name: "阿莫西林胶囊",
    spec: "0.25g*24粒",
    maker: "江南示例药业",
    priceFen: 1550,
    kind: "rx",
  },
  {
    sku: "SYT10003",
    name: "连花清瘟胶囊",
    spec: "0.35g*36粒",
    maker: "北方示例药业",
    priceFen: 2980,
    kind: "tcm",
  },
  {
    sku: "SYT10004",
    name: "硝苯地平控释片",
    spec: "30mg*7片",
    maker: "华东示例制药",
    priceFen: 3320,
    kind: "rx",
  },
  {
    sku: "SYT10005",
    name: "蒲地蓝消炎片",
    spec: "0.3g*48片",
    maker: "南方示例药业",
    priceFen: 2600,
    kind: "tcm",
  },
  {
    sku: "SYT10006",
    name: "维生素C咀嚼片",
    spec: "100mg*60片",
    maker: "西部示例保健",
    priceFen: 1990,
    kind: "otc",
  },
  {
    sku: "SYT10007",
    name: "盐酸二甲双胍片",
    spec: "0.5g*20片*3板",
    maker: "江南示例药业",
    priceFen: 1880,
    kind: "rx",
  },
  {
    sku: "SYT10008",
    name: "黄芪(饮片)",
    spec: "250g/袋",
    maker: "上元堂中药饮片",
    priceFen: 4500,
    kind: "tcm",
  },
  {
    sku: "SYT10009",
    name: "枸杞子(饮片)",
    spec: "500g/袋",
    maker: "上元堂中药饮片",
    priceFen: 6800,
    kind: "tcm",
  },
  {
    sku: "SYT10010",
    name: "医用外科口罩",
    spec: "10只/包",
    maker: "示例医疗器械",
    priceFen: 990,
    kind: "device",
  },
  {
    sku: "SYT10011",
    name: "电子体温计",
    spec: "MT-101",
    maker: "示例医疗器械",
    priceFen: 3500,
    kind: "device",
  },
  {
    sku: "SYT10012",
    name: "氯雷他定片",
    spec: "10mg*6片",
    maker: "北方示例药业",
    priceFen: 1260,
    kind: "otc",
  },
  {
    sku: "SYT10013",
    name: "六味地黄丸(浓缩丸)",
    spec: "200丸",
    maker: "南方示例药业",
    priceFen: 2450,
    kind: "tcm",
  },
  {
    sku: "SYT10014",
    name: "奥美拉唑肠溶胶囊",
    spec: "20mg*14粒",
    maker: "华东示例制药",
    priceFen: 2870,
    kind: "rx",
  },
];
