import { maskPhonesInText, PLATFORMS } from "@syt/orders-model";
import { type Sheet, type SheetCell, type SheetRow, writeXlsx } from "@syt/sheets";
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

/** Phones masked in every text the workbook holds: it is passed around the office. */
const row = (cells: SheetCell[], bold = false): SheetRow => {
  const masked = cells.map((v) => (typeof v === "string" ? maskPhonesInText(v) : v));
  return bold ? { cells: masked, bold } : { cells: masked };
};

/** A declaration, not a const: day-files.ts reads it while the modules of a cycle load. */
export function reportFileName(date: string): string {
  return `上元堂运营日常_${date}.xlsx`;
}

/**
 * The day's workbook as data: 今日待办 (the checklist), then one sheet per rule with every row.
 * `pnpm daily` writes it with `writeXlsx`, the taskpane into the open workbook or a file; which
 * cells are text is `@syt/sheets`' one rule, as in the COD report.
 */
export function checklistSheets(list: Checklist, links: DailyConfig["links"]): Sheet[] {
  const todo: SheetRow[] = [
    row([formatVerdictZh(list)], true),
    row(["状态", "栏目", "事项", "截止", "剩余时间", "问题数", "问题", "后台"], true),
  ];
  for (const result of list.items) {
    todo.push(
      row([
        STATE_ZH[result.state],
        SECTION_ZH[result.item.section],
        result.item.title,
        formatBusinessTimeZh(result.deadline),
        result.state === "not-applicable" ? null : timeLeftZh(result.minutesLeft),
        result.findings.length,
        result.groups.map((g) => `[${SEVERITY_ZH[g.severity]}] ${formatGroupZh(g)}`).join("\n") || null,
        links[result.item.link],
      ]),
    );
  }
  const sheets: Sheet[] = [
    {
      name: TODO_SHEET_NAME,
      columns: [10, 16, 48, 14, 16, 8, 80, 40].map((width) => ({ width })),
      rows: todo,
      frozenRows: 2,
    },
  ];
  for (const { rule, findings } of list.byRule) {
    sheets.push({
      name: RULE_ZH[rule],
      // Order numbers are identifiers: text, so a long number never turns into 2.4E+20.
      columns: [
        { width: 8 },
        { width: 12 },
        { width: 26, text: true },
        { width: 30 },
        { width: 8 },
        { width: 90 },
      ],
      rows: [
        row(["级别", "平台", "订单号", "文件", "行号", "说明"], true),
        ...findings.map((finding) =>
          row([
            SEVERITY_ZH[finding.severity],
            finding.platform ? PLATFORMS[finding.platform].name : null,
            finding.orderNo ?? null,
            finding.file ?? null,
            finding.row ?? null,
            formatFindingZh(finding),
          ]),
        ),
      ],
      frozenRows: 1,
    });
  }
  return sheets;
}

/** The workbook's bytes, as `pnpm daily` writes it and the taskpane saves it. */
export function checklistBytes(list: Checklist, links: DailyConfig["links"]): Promise<Uint8Array> {
  return writeXlsx(checklistSheets(list, links));
}
