import {
  type FakeLine,
  type FakeOrder,
  guanwangExport,
  PRODUCTS,
  profiledExport,
  shanghaiInstant,
  withColumns,
  wmsExport,
} from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { checklist, DEFAULT_CONFIG, type Finding, resolveConfig } from "../src/index";
import { fakeOrder, readBack } from "./day-files";

const DAY = "2026-11-25";
const now = shanghaiInstant(DAY, "11:00");
const placedAt = shanghaiInstant(DAY, "08:00");
const product = (sku: string) => {
  const found = PRODUCTS.find((p) => p.sku === sku);
  if (!found) throw new Error(`no product ${sku}`);
  return found;
};
const line = (sku: string): FakeLine => ({
  product: product(sku),
  quantity: 1,
  priceFen: product(sku).priceFen,
});
const AMOXICILLIN = "SYT10002"; // 阿莫西林胶囊, rx
const IBUPROFEN = "SYT10001"; // 布洛芬缓释胶囊, otc
const VITAMIN_C = "SYT10006"; // 维生素C咀嚼片, otc

const codesOf = (findings: readonly Finding[], orderNo: string | undefined) =>
  findings
    .filter((f) => f.orderNo === orderNo)
    .map((f) =>
      f.code === "rx-awaiting-review" ? [f.code, f.severity, f.params.pushed] : [f.code, f.severity],
    );

describe("prescription review, 药房网 (its 需审方 flag and 处方审核 column)", () => {
  interface Case {
    description: string;
    lines: string[];
    review: string;
    status?: string;
    stage?: string;
    expected: unknown[];
  }
  const cases: Case[] = [
    {
      description: "Rx not reviewed, not pushed",
      lines: [AMOXICILLIN],
      review: "待审核",
      expected: [["rx-awaiting-review", "warning", false]],
    },
    { description: "Rx reviewed", lines: [AMOXICILLIN], review: "已审核", expected: [] },
    {
      description: "Rx not reviewed and already pushed to 配货 (已打单 in the WMS)",
      lines: [AMOXICILLIN],
      review: "待审核",
      stage: "已打单",
      expected: [["rx-awaiting-review", "error", true]],
    },
    {
      description: "Rx shipped without a review record",
      lines: [AMOXICILLIN],
      review: "待审核",
      status: "已发货",
      expected: [["rx-shipped-unreviewed", "error"]],
    },
    {
      description: "Rx on the second line of the order, not the first",
      lines: [IBUPROFEN, AMOXICILLIN],
      review: "待审核",
      expected: [["rx-awaiting-review", "warning", false]],
    },
    { description: "no Rx line", lines: [IBUPROFEN], review: "", expected: [] },
    {
      description: "Rx order cancelled",
      lines: [AMOXICILLIN],
      review: "待审核",
      status: "已取消",
      expected: [],
    },
  ];
  const orders = cases.map((c, i) =>
    fakeOrder("yaofangwang", 300 + i, {
      placedAt,
      lines: c.lines.map(line),
      statusWord: c.status ?? "待发货",
      shippingState: c.status === "已发货" ? "已发货" : "未发货",
      logistics: c.stage
        ? {
            stage: { code: "printed", word: c.stage },
            courier: "中通快递",
            waybills: [`73100000000${300 + i}`],
          }
        : { waybills: [] },
    }),
  );
  const reviewOf = new Map(cases.map((c, i) => [orders[i]?.orderNo, c.review]));
  const yfw = withColumns(profiledExport("yaofangwang", orders), [
    { header: "需审方", value: ({ line: l }) => (l.product.kind === "rx" ? "是" : "否") },
    {
      header: "处方审核",
      value: ({ order, line: l }) => (l.product.kind === "rx" ? (reviewOf.get(order.orderNo) ?? "") : ""),
    },
  ]);

  it.each(cases.map((c, i) => ({ ...c, orderNo: orders[i]?.orderNo })))(
    "$description",
    async ({ orderNo, expected }) => {
      const inputs = await readBack({ "药房网订单.xlsx": yfw, "WMS物流.xlsx": wmsExport(orders) });
      const item = checklist({ now, config: DEFAULT_CONFIG, inputs }).items.find(
        (i) => i.item.id === "yaofangwang-rx",
      );
      expect(codesOf(item?.findings ?? [], orderNo)).toEqual(expected);
    },
  );

  it("names the Rx product, not the order's first line, and says the flag decided", async () => {
    const inputs = await readBack({ "药房网订单.xlsx": yfw });
    const findings = checklist({ now, config: DEFAULT_CONFIG, inputs }).items.find(
      (i) => i.item.id === "yaofangwang-rx",
    )?.findings;
    expect(findings?.find((f) => f.orderNo === orders[4]?.orderNo)?.params).toEqual({
      product: "阿莫西林胶囊",
      pushed: false,
      source: "flag",
    });
  });

  it("trusts the export's flag over the configured list", async () => {
    const inputs = await readBack({ "药房网订单.xlsx": yfw });
    const config = resolveConfig({ rx: { skus: [IBUPROFEN] } });
    const findings = checklist({ now, config, inputs }).items.find(
      (i) => i.item.id === "yaofangwang-rx",
    )?.findings;
    expect(codesOf(findings ?? [], orders[5]?.orderNo)).toEqual([]);
  });
});

describe("prescription review, 官网 (no 处方 flag: the configured list decides)", () => {
  const order = (seed: number, skus: string[], fields: Partial<FakeOrder> = {}) =>
    fakeOrder("guanwang", seed, {
      placedAt,
      lines: skus.map(line),
      orderState: "已确认",
      payState: "已付款",
      shippingState: "未发货",
      payment: "支付宝",
      ...fields,
    });
  const orders = [
    order(400, [VITAMIN_C]),
    order(401, [AMOXICILLIN]),
    order(402, [IBUPROFEN]),
    order(403, [VITAMIN_C], { shippingState: "配货中" }),
  ];
  const cases: { description: string; config: unknown; expected: (string | undefined)[] }[] = [
    { description: "the default config lists nothing", config: {}, expected: [] },
    {
      description: "a configured SKU",
      config: { rx: { skus: [VITAMIN_C] } },
      expected: [orders[0]?.orderNo, orders[3]?.orderNo],
    },
    {
      description: "a configured name, as a substring",
      config: { rx: { names: ["阿莫西林"] } },
      expected: [orders[1]?.orderNo],
    },
  ];

  it.each(cases)("$description", async ({ config, expected }) => {
    const inputs = await readBack({ "官网订单.xlsx": guanwangExport(orders, { headers: "operator" }) });
    const item = checklist({ now, config: resolveConfig(config), inputs }).items.find(
      (i) => i.item.id === "guanwang-rx",
    );
    expect(item?.findings.map((f) => f.orderNo)).toEqual(expected);
    expect(item?.findings.every((f) => f.code === "rx-awaiting-review" && f.params.source === "list")).toBe(
      true,
    );
  });

  it("calls an unreviewed Rx order already at 配货中 an error: it must not be served before review", async () => {
    const inputs = await readBack({ "官网订单.xlsx": guanwangExport(orders, { headers: "operator" }) });
    const config = resolveConfig({ rx: { skus: [VITAMIN_C] } });
    const findings =
      checklist({ now, config, inputs }).items.find((i) => i.item.id === "guanwang-rx")?.findings ?? [];
    expect(codesOf(findings, orders[0]?.orderNo)).toEqual([["rx-awaiting-review", "warning", false]]);
    expect(codesOf(findings, orders[3]?.orderNo)).toEqual([["rx-awaiting-review", "error", true]]);
  });
});
