/**
 * Cell texts a user or an export can put in any output, each with whether the one text rule of
 * `@syt/sheets` must write it as Text: every writer (the COD report, the daily workbook, the
 * taskpane's Excel grid) is tested on this same table, so a formula-like remark is safe in all of
 * them or the tests say which one.
 */
export interface TextCellCase {
  description: string;
  text: string;
  /** Written with the Text format: a spreadsheet would read it as a formula or a value when typed. */
  asText: boolean;
}

export const TEXT_CELL_CASES: readonly TextCellCase[] = [
  { description: "formula", text: "=1+1", asText: true },
  { description: "function call", text: '=HYPERLINK("http://example.com")', asText: true },
  { description: "DDE command", text: "=cmd|' /C calc'!A0", asText: true },
  { description: "DDE after a sign", text: "+cmd|' /C notepad'!A0", asText: true },
  { description: "at-sign function", text: "@SUM(1+1)*cmd|' /C calc'!A0", asText: true },
  { description: "plus phone", text: "+8613800001234", asText: true },
  { description: "minus remark", text: "-不要放清单", asText: true },
  { description: "at remark", text: "@药师 请回电", asText: true },
  { description: "full-width equals", text: "＝SUM(A1:A9)", asText: true },
  { description: "full-width plus", text: "＋8613800001234", asText: true },
  { description: "full-width minus", text: "－1", asText: true },
  { description: "full-width at", text: "＠药师", asText: true },
  { description: "leading tab", text: "\t=1+1", asText: true },
  { description: "leading CR", text: "\r=1+1", asText: true },
  { description: "leading LF", text: "\n=1+1 前面有换行", asText: true },
  { description: "leading space", text: " =1+1", asText: true },
  { description: "leading ideographic space", text: "　全角空格开头", asText: true },
  { description: "long order number", text: "20251124000012345678", asText: true },
  { description: "waybill", text: "73123456789012", asText: true },
  { description: "leading zero", text: "0012345", asText: true },
  { description: "date-like", text: "2026-11-25", asText: true },
  { description: "amount-like", text: "128.00", asText: true },
  { description: "boolean word", text: "TRUE", asText: true },
  { description: "error word", text: "#N/A", asText: true },
  { description: "plain words", text: "请尽快发货", asText: false },
  { description: "control character", text: "\u0001控制字符", asText: false },
  { description: "escape look-alike (its digits make it Text)", text: "_x000D_ 看起来像转义", asText: true },
  { description: "CRLF inside", text: "行一\r\n行二", asText: false },
  { description: "XML specials", text: "a & b < c > d \"e\" 'f'", asText: false },
  { description: "astral characters", text: "😀 表情 𠮷", asText: false },
];
