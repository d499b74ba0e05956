import { describe, expect, it } from "vitest";
import { OVERSCAN, ROW_HEIGHT, VIEW_ROWS, viewportHeight, visibleRows } from "./visible-rows";

describe("visibleRows", () => {
  const height = viewportHeight(50_000);

  it.each([
    {
      description: "the top of a 50,000-row group: the rows in view and the overscan below",
      scrollTop: 0,
      count: 50_000,
      expected: { from: 0, to: VIEW_ROWS + OVERSCAN },
    },
    {
      description: "the middle: the same few rows around the scroll position",
      scrollTop: 20_000 * ROW_HEIGHT,
      count: 50_000,
      expected: { from: 20_000 - OVERSCAN, to: 20_000 + VIEW_ROWS + OVERSCAN },
    },
    {
      description: "the bottom: never past the last row",
      scrollTop: 50_000 * ROW_HEIGHT - height,
      count: 50_000,
      expected: { from: 50_000 - VIEW_ROWS - OVERSCAN, to: 50_000 },
    },
    {
      description: "half a row scrolled: the half-visible rows at both edges are rendered",
      scrollTop: 100 * ROW_HEIGHT + ROW_HEIGHT / 2,
      count: 50_000,
      expected: { from: 100 - OVERSCAN, to: 100 + VIEW_ROWS + 1 + OVERSCAN },
    },
    {
      description: "a small group: every row",
      scrollTop: 0,
      count: 3,
      expected: { from: 0, to: 3 },
    },
    {
      description: "an elastic overscroll above the top (negative scrollTop)",
      scrollTop: -30,
      count: 50_000,
      expected: { from: 0, to: VIEW_ROWS + OVERSCAN },
    },
  ])("$description", ({ scrollTop, count, expected }) => {
    const range = visibleRows(scrollTop, viewportHeight(count), count);
    expect(range).toEqual(expected);
    expect(range.to - range.from).toBeLessThanOrEqual(VIEW_ROWS + 1 + 2 * OVERSCAN);
  });

  it("gives a small group a box just its size and a long one a box of VIEW_ROWS rows", () => {
    expect(viewportHeight(2)).toBe(2 * ROW_HEIGHT);
    expect(viewportHeight(50_000)).toBe(VIEW_ROWS * ROW_HEIGHT);
  });
});
