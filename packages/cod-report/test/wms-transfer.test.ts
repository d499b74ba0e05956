import type { ParseIssue } from "@syt/platform-adapters";
import { WmsShipment } from "@syt/platform-adapters";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { packIssues, packShipments, unpackIssues, unpackShipments } from "../src/wms-transfer";

const text = fc.string({ unit: "grapheme", maxLength: 12 });
const shipment = fc.record(
  {
    orderRef: text.filter((value) => value !== ""),
    courier: fc.constantFrom(...WmsShipment.shape.courier.unwrap().options),
    courierRaw: fc.oneof(text, fc.constantFrom("中通", "顺丰速运", "")),
    waybills: fc.array(fc.oneof(text, fc.constantFrom("73100012345678", "")), { maxLength: 4 }),
    stage: fc.constantFrom(...WmsShipment.shape.stage.unwrap().options),
    stageRaw: fc.oneof(text, fc.constantFrom("已发货", "配货中")),
    createdAt: fc.date({ noInvalidDate: true }),
    rowNumber: fc.integer({ min: 1, max: 1_048_576 }),
  },
  { requiredKeys: ["orderRef", "waybills", "rowNumber"], noNullPrototype: true },
);

describe("shipments across the WMS thread", () => {
  test("come out as they went in, absent fields absent, after a structured clone", () => {
    fc.assert(
      fc.property(fc.array(shipment, { maxLength: 40 }), (shipments) => {
        const received = unpackShipments(structuredClone(packShipments(shipments)));
        expect(received).toStrictEqual(shipments);
        received.forEach((one, at) => {
          expect(Object.keys(one).sort()).toEqual(Object.keys(shipments[at] ?? {}).sort());
        });
      }),
      { numRuns: 300 },
    );
  });

  test("a merged reference keeps its parts across the thread", () => {
    const merged = { orderRef: "GW1|GW2", orderRefs: ["GW1", "GW2"], waybills: [], rowNumber: 2 };
    expect(unpackShipments(structuredClone(packShipments([merged])))).toStrictEqual([merged]);
  });

  test("a courier word shared by many rows travels once", () => {
    const rows = Array.from({ length: 1000 }, (_, at) => ({
      orderRef: `SO${at}`,
      courier: "zto" as const,
      courierRaw: "中通快递",
      waybills: [`7310${at}`],
      rowNumber: at + 2,
    }));
    const packed = packShipments(rows);
    expect(packed.words).toEqual(["zto", "中通快递"]);
    expect(unpackShipments(packed)).toStrictEqual(rows);
  });
});

const issue = fc.oneof(
  fc.record(
    {
      code: fc.constantFrom("unknown-stage", "destroyed-id", "unknown-courier"),
      severity: fc.constantFrom("error", "warning"),
      row: fc.integer({ min: 1, max: 1_048_576 }),
      column: fc.constantFrom("物流单号", "配货状态", "外部单号"),
      input: text,
    },
    { requiredKeys: ["code", "severity"], noNullPrototype: true },
  ),
  fc.record(
    {
      code: fc.constant("waybill-format"),
      severity: fc.constant("warning"),
      row: fc.integer({ min: 1, max: 1_048_576 }),
      column: fc.constant("物流单号"),
      input: text,
      params: fc.record(
        { checks: fc.constantFrom("length", "prefix,length", "") },
        { noNullPrototype: true },
      ),
    },
    { requiredKeys: ["code", "severity", "params"], noNullPrototype: true },
  ),
  fc.record(
    {
      code: fc.constant("duplicate-ref"),
      severity: fc.constant("warning"),
      row: fc.integer({ min: 1, max: 1_048_576 }),
      params: fc.record({ firstRow: fc.integer({ min: 1, max: 1000 }) }, { noNullPrototype: true }),
    },
    { requiredKeys: ["code", "severity", "params"], noNullPrototype: true },
  ),
) as fc.Arbitrary<ParseIssue>;

describe("row issues across the WMS thread", () => {
  test("come out as they went in, each with params of its own", () => {
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 40 }), (issues) => {
        const received = unpackIssues(structuredClone(packIssues(issues)));
        expect(received).toStrictEqual(issues);
        const withParams = received.filter((one) => "params" in one);
        expect(new Set(withParams.map((one) => one.params)).size).toBe(withParams.length);
      }),
      { numRuns: 300 },
    );
  });
});
