import { describe, expect, test } from "vitest";
import {
  ECSHOP_LIST_STATE_NAMES,
  ECSHOP_LIST_WORDS,
  EcshopListState,
  ORDER_STATE_NAMES,
  OrderState,
  PAY_STATE_NAMES,
  type ParsedStatus,
  PayState,
  PDD_STATUSES,
  parseEcshopStatus,
  parsePddStatus,
  SHIPPING_STATE_NAMES,
  ShippingState,
  type StatusParts,
} from "./status";

describe("parseEcshopStatus", () => {
  const cases: { description: string; input: unknown; expected: ParsedStatus }[] = [
    {
      description: "three parts in one cell",
      input: "已确认,未付款,配货中",
      expected: {
        order: "confirmed",
        pay: "unpaid",
        shipping: "preparing",
        raw: "已确认,未付款,配货中",
        normalized: "已确认,未付款,配货中",
        unknown: [],
      },
    },
    {
      description: "full-width commas and parentheses",
      input: "已确认，已付款，已发货（部分商品）",
      expected: {
        order: "confirmed",
        pay: "paid",
        shipping: "partially_shipped",
        raw: "已确认，已付款，已发货（部分商品）",
        normalized: "已确认,已付款,已发货(部分商品)",
        unknown: [],
      },
    },
    {
      description: "parts separated by spaces",
      input: "已确认 未付款  配货中",
      expected: {
        order: "confirmed",
        pay: "unpaid",
        shipping: "preparing",
        raw: "已确认 未付款  配货中",
        normalized: "已确认,未付款,配货中",
        unknown: [],
      },
    },
    {
      description: "shipping part alone",
      input: "配货中",
      expected: { shipping: "preparing", raw: "配货中", normalized: "配货中", unknown: [] },
    },
    {
      description: "unknown part kept",
      input: "已确认,待审核",
      expected: {
        order: "confirmed",
        raw: "已确认,待审核",
        normalized: "已确认,待审核",
        unknown: ["待审核"],
      },
    },
    { description: "empty", input: "", expected: { raw: "", normalized: "", unknown: [] } },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(parseEcshopStatus(input)).toEqual(expected);
  });

  test("every Chinese name parses back to its code", () => {
    for (const code of OrderState.options)
      expect(parseEcshopStatus(ORDER_STATE_NAMES[code]).order).toBe(code);
    for (const code of PayState.options) expect(parseEcshopStatus(PAY_STATE_NAMES[code]).pay).toBe(code);
    for (const code of ShippingState.options)
      expect(parseEcshopStatus(SHIPPING_STATE_NAMES[code]).shipping).toBe(code);
  });
});

describe("parseEcshopStatus with the list words of ECShop and of this shop", () => {
  const cases: { word: string; expected: StatusParts & { list?: EcshopListState } }[] = [
    { word: "待确认", expected: { list: "await_confirm", order: "unconfirmed" } },
    { word: "待付款", expected: { list: "await_pay", order: "confirmed", pay: "unpaid" } },
    // Paid or COD: payment stays open, and it is not 配货中 (a separate step in this shop).
    { word: "待发货", expected: { list: "await_ship", order: "confirmed", shipping: "unshipped" } },
    {
      word: "已完成",
      expected: { list: "finished", order: "confirmed", pay: "paid", shipping: "received" },
    },
    { word: "付款中", expected: { list: "paying", pay: "paying" } },
    { word: "取消", expected: { list: "cancelled", order: "cancelled" } },
    { word: "已取消", expected: { list: "cancelled", order: "cancelled" } },
    { word: "无效", expected: { list: "invalid", order: "invalid" } },
    { word: "退货", expected: { list: "returned", order: "returned" } },
    { word: "部分发货", expected: { list: "partially_shipped", shipping: "partially_shipped" } },
    { word: "配货中", expected: { shipping: "preparing" } },
    { word: "已发货", expected: { shipping: "shipped" } },
    { word: "未确认", expected: { order: "unconfirmed" } },
  ];
  test.each(cases)("$word alone", ({ word, expected }) => {
    expect(parseEcshopStatus(word)).toEqual({ ...expected, raw: word, normalized: word, unknown: [] });
  });

  test.each([
    {
      input: "已确认,未付款,待发货",
      expected: { order: "confirmed", pay: "unpaid", shipping: "unshipped", list: "await_ship" },
    },
    {
      input: "已确认，已付款，已完成",
      expected: { order: "confirmed", pay: "paid", shipping: "received", list: "finished" },
    },
    { input: "待发货 配货中", expected: { order: "confirmed", shipping: "preparing", list: "await_ship" } },
    { input: "已分单,待付款", expected: { order: "split", pay: "unpaid", list: "await_pay" } },
    { input: "已取消、未付款", expected: { order: "cancelled", pay: "unpaid", list: "cancelled" } },
  ] satisfies { input: string; expected: StatusParts & { list: EcshopListState } }[])(
    "$input: a list word among parts, the parts the cell names win",
    ({ input, expected }) => {
      expect(parseEcshopStatus(input)).toEqual({
        ...expected,
        raw: input,
        normalized: expect.any(String),
        unknown: [],
      });
    },
  );

  test("every list word of the table has its case above and every state its name", () => {
    const tested = new Set(cases.map((c) => c.word));
    expect(Object.keys(ECSHOP_LIST_WORDS).filter((word) => !tested.has(word))).toEqual([]);
    for (const state of EcshopListState.options)
      expect(parseEcshopStatus(ECSHOP_LIST_STATE_NAMES[state]).list).toBe(state);
  });
});

describe("parsePddStatus", () => {
  const cases: { description: string; input: unknown; expected: ParsedStatus }[] = [
    {
      description: "full-width comma kept raw, normalised beside it",
      input: "已发货，待签收",
      expected: {
        pay: "paid",
        shipping: "shipped",
        raw: "已发货，待签收",
        normalized: "已发货,待签收",
        unknown: [],
      },
    },
    {
      description: "waiting for shipment",
      input: "待发货",
      expected: { pay: "paid", shipping: "unshipped", raw: "待发货", normalized: "待发货", unknown: [] },
    },
    {
      description: "cancelled",
      input: "已取消",
      expected: { order: "cancelled", raw: "已取消", normalized: "已取消", unknown: [] },
    },
    {
      description: "unknown text",
      input: "售后中",
      expected: { raw: "售后中", normalized: "售后中", unknown: ["售后中"] },
    },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(parsePddStatus(input)).toEqual(expected);
  });

  test.each([
    { text: "待支付", expected: { pay: "unpaid" } },
    { text: "待发货", expected: { pay: "paid", shipping: "unshipped" } },
    { text: "已发货，待签收", expected: { pay: "paid", shipping: "shipped" } },
    { text: "已发货,待签收", expected: { pay: "paid", shipping: "shipped" } },
    { text: "已签收", expected: { pay: "paid", shipping: "received" } },
    { text: "交易成功", expected: { pay: "paid", shipping: "received" } },
    { text: "已取消", expected: { order: "cancelled" } },
    { text: "交易已取消", expected: { order: "cancelled" } },
    { text: " 交易 关闭 ", expected: { order: "cancelled" } },
  ] satisfies { text: string; expected: StatusParts }[])("$text", ({ text, expected }) => {
    expect(parsePddStatus(text)).toMatchObject({ ...expected, raw: text.trim(), unknown: [] });
  });

  test("every text of the table reads as its states", () => {
    for (const [text, parts] of Object.entries(PDD_STATUSES))
      expect(parsePddStatus(text)).toEqual({
        ...parts,
        raw: text,
        normalized: expect.any(String),
        unknown: [],
      });
  });
});
