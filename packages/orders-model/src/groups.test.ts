import { describe, expect, it } from "vitest";
import { groupBy } from "./groups";

describe("groupBy", () => {
  it("keeps first-seen order of groups and the order of items within each", () => {
    const rows = [
      { row: 2, word: "待定" },
      { row: 3, word: "挂单" },
      { row: 5, word: "待定" },
      { row: 9, word: "待定" },
    ];
    expect(groupBy(rows, (r) => r.word)).toEqual([
      { key: "待定", count: 3, items: [rows[0], rows[2], rows[3]] },
      { key: "挂单", count: 1, items: [rows[1]] },
    ]);
  });

  it("gives no group for no items", () => {
    expect(groupBy([], String)).toEqual([]);
  });
});
