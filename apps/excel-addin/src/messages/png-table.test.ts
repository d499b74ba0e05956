import { render } from "@syt/templates";
import { describe, expect, it } from "vitest";
import { DEFAULT_STYLE, layoutTable, type Measure, type PictureTable, wrapText } from "./png-table";

/** Every character 10 px wide, bold 12: enough to check the arithmetic without a canvas. */
const measure: Measure = (text, bold) => [...text].length * (bold ? 12 : 10);

const listTable = render("not-put-list", {
  orderNo: "GW2411250001",
  lines: [
    { product: "连花清瘟胶囊 0.35g*24粒", quantity: 2, sku: "6901234567885" },
    { product: "维生素C片 100mg*100片", quantity: 10, sku: "6901234567878" },
  ],
}).table as PictureTable;

describe("layoutTable", () => {
  const table = listTable;
  const layout = layoutTable(table, measure);
  const { padding, lineHeight, margin } = DEFAULT_STYLE;

  it("each column as wide as its widest text plus padding; the picture is the table plus margins", () => {
    const product = Math.max(
      ...[table.header[0], ...table.rows.map((r) => r[0])].map((t, i) => measure(t ?? "", i === 0)),
    );
    expect(layout.columnWidths[0]).toBe(product + 2 * padding);
    expect(layout.columnWidths[1]).toBe(measure("数量", true) + 2 * padding);
    expect(layout.columnWidths[2]).toBe(measure("6901234567885", false) + 2 * padding);
    expect(layout.width).toBe(layout.columnWidths.reduce((a, b) => a + b, 0) + 2 * margin);
  });

  it("rows stacked below the title, cells side by side, header bold and body quantities right-aligned", () => {
    expect(layout.cells).toHaveLength(3);
    const [header, first, second] = layout.cells;
    expect(header?.every((cell) => cell.bold)).toBe(true);
    expect(header?.[0]?.y).toBe(margin + lineHeight + padding);
    expect(first?.[0]?.y).toBe((header?.[0]?.y ?? 0) + (header?.[0]?.height ?? 0));
    expect(first?.[1]?.x).toBe((first?.[0]?.x ?? 0) + (layout.columnWidths[0] ?? 0));
    expect(first?.map((cell) => cell.align)).toEqual(["left", "right", "left"]);
    expect(second?.[1]?.lines).toEqual(["10"]);
    expect(layout.height).toBe((second?.[0]?.y ?? 0) + (second?.[0]?.height ?? 0) + margin);
  });

  it("a long product name wraps within the widest column allowed, and its row grows", () => {
    const long = {
      title: "GW1 不放清单",
      header: ["商品名称", "数量", "SKU"],
      rows: [["药".repeat(100), "1", "A"]],
    };
    const wrapped = layoutTable(long, measure);
    expect(wrapped.columnWidths[0]).toBe(DEFAULT_STYLE.maxColumnWidth + 2 * padding);
    const cell = wrapped.cells[1]?.[0];
    expect(cell?.lines.join("")).toBe("药".repeat(100));
    expect(cell?.lines.length).toBe(Math.ceil(1000 / DEFAULT_STYLE.maxColumnWidth));
    expect(cell?.height).toBe((cell?.lines.length ?? 0) * lineHeight + 2 * padding);
  });

  it("a title wider than the table widens the picture", () => {
    const narrow = { title: "标".repeat(60), header: ["a"], rows: [["b"]] };
    expect(layoutTable(narrow, measure).width).toBe(60 * 12 + 2 * margin);
  });
});

describe("wrapText", () => {
  it("breaks between characters, never leaving a line over the width (unless one character is)", () => {
    const lines = wrapText("一二三四五六七", 30, (t) => [...t].length * 10);
    expect(lines).toEqual(["一二三", "四五六", "七"]);
  });
});
