import { describe, expect, it } from "vitest";
import { BLANK_RUN, cutAtBlankRun } from "./paste-rows";

const row = (...cells: unknown[]) => cells;
const blank = () => row("", "", "");

describe("cutAtBlankRun", () => {
  it.each([
    {
      description: "a paste with a title, a blank row under it and one among the rows: read whole",
      input: [
        row("订单导出", "", ""),
        blank(),
        row("订单号", "状态", "金额"),
        row("GW1", "配货中", 1),
        blank(),
        row("GW2", "配货中", 2),
      ],
      expected: { rows: 6, unusedRows: 0, unusedFrom: undefined },
    },
    {
      description: "older rows below a run of blank rows: cut there, and counted",
      input: [
        row("订单号", "状态", "金额"),
        row("GW1", "配货中", 1),
        blank(),
        blank(),
        blank(),
        row("GW0", "配货中", 5),
        row("GW9", "已发货", 7),
      ],
      expected: { rows: 2, unusedRows: 2, unusedFrom: 6 },
    },
    {
      description: "only blank rows after the paste: nothing unused",
      input: [row("订单号", "状态", "金额"), row("GW1", "配货中", 1), blank(), blank(), blank(), blank()],
      expected: { rows: 2, unusedRows: 0, unusedFrom: undefined },
    },
    {
      description: "blank rows above the paste do not end it",
      input: [blank(), blank(), blank(), blank(), row("订单号", "状态", "金额"), row("GW1", "配货中", 1)],
      expected: { rows: 6, unusedRows: 0, unusedFrom: undefined },
    },
  ])("$description", ({ input, expected }) => {
    const cut = cutAtBlankRun(input);
    expect({ rows: cut.values.length, unusedRows: cut.unusedRows, unusedFrom: cut.unusedFrom }).toEqual(
      expected,
    );
  });

  it("needs a run of BLANK_RUN rows, not fewer", () => {
    const gap = Array.from({ length: BLANK_RUN - 1 }, blank);
    expect(cutAtBlankRun([row("a"), ...gap, row("b")]).unusedRows).toBe(0);
  });
});
