import { describe, expect, test } from "vitest";
import {
  ORDER_STATE_NAMES,
  OrderState,
  PAY_STATE_NAMES,
  type ParsedStatus,
  PayState,
  parseEcshopStatus,
  parsePddStatus,
  SHIPPING_STATE_NAMES,
  ShippingState,
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
});
