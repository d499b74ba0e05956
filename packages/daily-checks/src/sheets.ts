import { maskPhonesInText, PLATFORMS } from "@syt/orders-model";
import type ExcelJS from "exceljs";
import type { Checklist } from "./checklist";
import type { DailyConfig } from "./config";
import { formatBusinessTimeZh } from "./time-zh";
import {
  formatFindingZh,
  formatGroupZh,
  formatVerdictZh,
  RULE_ZH,
  SECTION_ZH,
  SEVERITY_ZH,
  STATE_ZH,
  timeLeftZh,
} from "./zh";

export const TODO_SHEET_NAME = "今日待办";
export const TEXT_FORMAT = "@";
// As in the COD report: cells a spreadsheet would read as a formula (full-width signs, a leading
// space or line break too) are written with the Text format, so they show as written and never run.
const FORMULA_LIKE = /^[=+\-@\t\r\n \u3000＝＋－＠]/;

type Value = string | number | null;

function addRow(sheet: ExcelJS.Worksheet, values: Value[]): ExcelJS.Row {
  const row = sheet.addRow(values.map((v) => (typeof v === "string" ? maskPhonesInText(v) : v)));
  values.forEach((value, i) => {
    if (typeof value === "string" && FORMULA_LIKE.test(value)) row.getCell(i + 1).numFmt = TEXT_FORMAT;
  });
  return row;
}

export const reportFileName = (date: string): string => `上元堂运营日常_${date}.xlsx`;

/** The workbook: 今日待办 (the checklist), then one sheet per rule with every row. */
export async function checklistBytes(list: Checklist, links: DailyConfig["links"]): Promise<Uint8Array> {
  // Only writing needs exceljs: loaded here so reading and checking never pay for it.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const todo = workbook.addWorksheet(TODO_SHEET_NAME, { views: [{ state: "frozen", ySplit: 2 }] });
  todo.columns = [
    { width: 10 },
    { width: 16 },
    { width: 48 },
    { width: 14 },
    { width: 16 },
    { width: 8 },
    { width: 80 },
    { width: 40 },
  ];
  addRow(todo, [formatVerdictZh(list)]).font = { bold: true };
  addRow(todo, ["状态", "栏目", "事项", "截止", "剩余时间", "问题数", "问题", "后台"]).font = { bold: true };
  for (const result of list.items) {
    addRow(todo, [
      STATE_ZH[result.state],
      SECTION_ZH[result.item.section],
      result.item.title,
      formatBusinessTimeZh(result.deadline),
      result.state === "not-applicable" ? null : timeLeftZh(result.minutesLeft),
      result.findings.length,
      result.groups.map((g) => `[${SEVERITY_ZH[g.severity]}] ${formatGroupZh(g)}`).join("\n") || null,
      links[result.item.link],
    ]);
  }
  for (const { rule, findings } of list.byRule) {
    const sheet = workbook.addWorksheet(RULE_ZH[rule], { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = [{ width: 8 }, { width: 12 }, { width: 26 }, { width: 30 }, { width: 8 }, { width: 90 }];
    addRow(sheet, ["级别", "平台", "订单号", "文件", "行号", "说明"]).font = { bold: true };
    for (const finding of findings) {
      const row = addRow(sheet, [
        SEVERITY_ZH[finding.severity],
        finding.platform ? PLATFORMS[finding.platform].name : null,
        finding.orderNo ?? null,
        finding.file ?? null,
        finding.row ?? null,
        formatFindingZh(finding),
      ]);
      // Order numbers are identifiers: text, so a long number never turns into 2.4E+20.
      row.getCell(3).numFmt = TEXT_FORMAT;
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
