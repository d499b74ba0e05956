import type { Courier } from "@syt/orders-model";
import { describe, expectTypeOf, it } from "vitest";
import {
  buildCodReport,
  type CodSummary,
  type Finding,
  type FindingCode,
  type FindingOf,
  type ReportInput,
} from "../src/index";

describe("the public API's types", () => {
  it("takes bytes or a 2D array for each export", () => {
    expectTypeOf<{ bytes: Uint8Array; fileName: string }>().toExtend<ReportInput>();
    expectTypeOf<{ values: unknown[][] }>().toExtend<ReportInput>();
    expectTypeOf<{ path: string }>().not.toExtend<ReportInput>();
  });

  it("returns the bytes, the file name and the summary", () => {
    expectTypeOf(buildCodReport).returns.resolves.toEqualTypeOf<{
      bytes: Uint8Array;
      fileName: string;
      summary: CodSummary;
    }>();
  });

  it("says where each finding is, in which sheet", () => {
    expectTypeOf<Finding["sheet"]>().toEqualTypeOf<"orders" | "wms">();
    expectTypeOf<Finding["row"]>().toEqualTypeOf<number | undefined>();
  });

  it("gives each finding code its own params, read with no casts", () => {
    expectTypeOf<Finding["code"]>().toEqualTypeOf<FindingCode>();
    expectTypeOf<FindingOf<"not-zto">["params"]["courier"]>().toEqualTypeOf<Courier>();
    expectTypeOf<FindingOf<"missing-waybill">["params"]>().toEqualTypeOf<{ inWms: boolean }>();
    // Codes without params carry none: a message cannot read a fact the finding does not have.
    expectTypeOf<FindingOf<"cod-pending">>().not.toHaveProperty("params");
  });
});
