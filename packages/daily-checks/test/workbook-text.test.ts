import { TEXT_CELL_CASES } from "@syt/fake-exports";
import { maskPhonesInText } from "@syt/orders-model";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Checklist } from "../src/checklist";
import { DEFAULT_CONFIG } from "../src/config";
import type { Finding } from "../src/findings";
import { checklistBytes, TODO_SHEET_NAME } from "../src/sheets";
import { RULE_ZH } from "../src/zh";

// The text table every output is tested on, through the day's workbook: each text is a finding's file
// name (user text in a column that is not an identifier), beside an order number.
const findings: Finding[] = TEXT_CELL_CASES.map(({ text }, i) => ({
  code: "wanliniu-abnormal",
  severity: "warning",
  orderNo: `2025112400001234567${i}`,
  file: text,
  row: i + 2,
  params: { kind: "abnormal", statusRaw: "异常" },
}));
const list: Checklist = {
  date: "2026-11-25",
  now: new Date("2026-11-25T01:00:00Z"),
  items: [],
  files: [],
  problems: [],
  byRule: [{ rule: "wanliniu-abnormal", findings, groups: [] }],
};

async function ruleSheet() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await checklistBytes(list, DEFAULT_CONFIG.links)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual([TODO_SHEET_NAME, RULE_ZH["wanliniu-abnormal"]]);
  const sheet = workbook.getWorksheet(RULE_ZH["wanliniu-abnormal"]);
  if (!sheet) throw new Error("rule sheet missing");
  return sheet;
}

describe("user text in the day's workbook", () => {
  it.each(TEXT_CELL_CASES.map((c, i) => ({ ...c, i })))(
    "$description reads back as written (phones masked), Text exactly where the one rule says",
    async ({ text, asText, i }) => {
      const row = (await ruleSheet()).getRow(i + 2);
      const cell = row.getCell(4);
      expect(cell.value).toBe(maskPhonesInText(text));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt ?? null).toBe(asText ? "@" : null);
      // Order numbers are identifiers: text, never 2.02511E+19.
      expect(row.getCell(3).value).toBe(`2025112400001234567${i}`);
      expect(row.getCell(3).numFmt).toBe("@");
    },
  );

  it("keeps the layout: bold frozen header, the widths", async () => {
    const sheet = await ruleSheet();
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.columns.map((c) => c.width)).toEqual([8, 12, 26, 30, 8, 90]);
  });
});
