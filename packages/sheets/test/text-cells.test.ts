import { TEXT_CELL_CASES } from "@syt/fake-exports";
import { describe, expect, it } from "vitest";
import { isTextCell, Sheet, sheetGrid, TEXT_FORMAT, writeXlsx } from "../src/index";
import { exceljsView } from "./read-back";
import { textCaseSheet } from "./text-sheet";

describe("the one rule for text cells", () => {
  it.each(TEXT_CELL_CASES)("$description: text $asText", ({ text, asText }) => {
    expect(isTextCell(text)).toBe(asText);
    // An identifier column is Text whatever it holds.
    expect(isTextCell(text, { text: true })).toBe(true);
  });

  it("leaves numbers, booleans, dates and empty cells to their own formats", () => {
    for (const value of [12.5, 0, true, new Date(0), null]) expect(isTextCell(value)).toBe(false);
  });
});

describe("the same table through each output", () => {
  it("the sheet is valid sheet data", () => {
    expect(Sheet.safeParse(textCaseSheet()).success).toBe(true);
  });

  it("the Excel grid: the Text format exactly where the rule says", () => {
    const grid = sheetGrid(textCaseSheet());
    TEXT_CELL_CASES.forEach(({ text, asText }, i) => {
      expect(grid.values[i + 1]?.[1]).toBe(text);
      expect(grid.formats[i + 1]?.[1]).toBe(asText ? TEXT_FORMAT : "General");
      // The order number column is Text on every row.
      expect(grid.formats[i + 1]?.[0]).toBe(TEXT_FORMAT);
      expect(grid.formats[i + 1]?.[2]).toBe("General");
    });
  });

  it("the xlsx file, read back by exceljs: the text as written, a string, never a formula", async () => {
    const [sheet] = await exceljsView(await writeXlsx([textCaseSheet()]));
    expect(sheet?.rows).toHaveLength(TEXT_CELL_CASES.length + 1);
    TEXT_CELL_CASES.forEach(({ text, asText }, i) => {
      const cell = sheet?.rows[i + 1]?.[1];
      expect(cell).toEqual({ value: text, type: "String", numFmt: asText ? TEXT_FORMAT : null, bold: false });
      expect(sheet?.rows[i + 1]?.[0]?.numFmt).toBe(TEXT_FORMAT);
      expect(sheet?.rows[i + 1]?.[2]).toMatchObject({ value: i + 0.5, type: "Number" });
    });
  });
});
