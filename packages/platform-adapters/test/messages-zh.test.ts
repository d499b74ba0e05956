import { describe, expect, it } from "vitest";
import {
  DamagedWorkbookError,
  EncryptedWorkbookError,
  formatErrorZh,
  formatIssueZh,
  formatSkipReasonZh,
  HeaderNotFoundError,
  InputTooLargeError,
  InvalidProfileError,
  IssueCode,
  LegacyXlsError,
  MalformedCsvError,
  NotSpreadsheetError,
  ParseIssue,
  parseOrders,
  SheetNotFoundError,
  SkipReason,
  UnknownPlatformError,
  UnrecognisedExportError,
  UnsupportedFormatError,
} from "../src/index";

const SAMPLE_INPUT: Record<string, string> = {
  "destroyed-id": "2.02511E+19",
  "suspect-id": "2025112412345670",
  "invalid-money": "十二元",
  "invalid-date": "昨天下午",
  "invalid-quantity": "两盒",
  "invalid-phone": "138-0013-800",
  "unknown-status": "已确认,待定",
  "unknown-payment": "花呗",
  "unknown-courier": "顺心捷达",
  "waybill-format": "ABC",
  "cell-cut": "收货地址很长很长",
  "not-its-type": "2026-13-45",
  "invalid-bytes": "\uFFFD\uFFFD收货人",
  "conflicting-rows": "GW2026112412345",
  "unknown-stage": "待质检",
  "unknown-after-sale": "售后仲裁中",
  "duplicate-ref": "GW2026112412345",
  "unknown-shop": "某个新店",
};

const SAMPLE_PARAMS: Partial<Record<IssueCode, Record<string, string | number>>> = {
  "unknown-status": { parts: "待定" },
  "waybill-format": { checks: "waybill-characters" },
  "conflicting-rows": { fields: "payment", firstRow: 11 },
  "duplicate-ref": { firstRow: 11 },
  "cell-cut": { length: 120000 },
  "not-its-type": { type: "date" },
};

const ERRORS = [
  new NotSpreadsheetError("empty", "订单.xlsx"),
  new NotSpreadsheetError("truncated_zip", "订单.xlsx"),
  new NotSpreadsheetError("image", "订单.xlsx"),
  new NotSpreadsheetError("html_without_table", "订单.xls"),
  new EncryptedWorkbookError("订单.xlsx"),
  new LegacyXlsError("订单.xls"),
  new HeaderNotFoundError("官网", ["订单号", "支付方式"], "Sheet1"),
  new InputTooLargeError("rows", 600000, 500000),
  new SheetNotFoundError("订单", ["Sheet1", "Sheet2"]),
  new InvalidProfileError([{ code: "empty", path: ["name"] }]),
  new InvalidProfileError(
    [{ code: "invalid_type", path: ["fields", "orderNo"], expected: "array" }],
    "药房网.json",
  ),
  new InvalidProfileError([{ code: "unreadable" }], "profiles"),
  new InvalidProfileError([{ code: "no-profiles" }], "profiles"),
  new InvalidProfileError(
    [{ code: "missing-field", path: ["fields", "waybill"], field: "waybill" }],
    "WMS.json",
  ),
  new UnrecognisedExportError(
    {
      kind: "unknown",
      adapter: "unknown",
      name: "未识别",
      layout: "未识别",
      confidence: "low",
      why: [{ code: "looks-like", what: "bill", columns: ["账务时间", "收支", "余额"] }],
    },
    "orders",
    "拼多多资金流水_20261125.xlsx",
  ),
  new UnrecognisedExportError(
    {
      kind: "unknown",
      adapter: "unknown",
      name: "未识别",
      layout: "未识别",
      confidence: "low",
      why: [{ code: "no-header" }],
    },
    "orders",
    "照片.xlsx",
  ),
  new UnrecognisedExportError(
    {
      kind: "unknown",
      adapter: "unknown",
      name: "未识别",
      layout: "未识别",
      confidence: "low",
      why: [{ code: "no-known-columns", header: ["单号", "货品", "件数"] }],
    },
    "orders",
    "导出.xlsx",
  ),
  new UnrecognisedExportError(
    {
      kind: "after-sales",
      adapter: "after-sales",
      name: "拼多多售后",
      layout: "拼多多售后导出",
      platform: "pinduoduo",
      confidence: "medium",
      headerRow: 1,
      why: [
        { code: "columns", columns: ["售后编号", "订单编号"] },
        { code: "file-name-disagrees", fileNameSays: "guanwang", headersSay: "after-sales" },
      ],
    },
    "orders",
    "官网订单.xlsx",
  ),
  new UnknownPlatformError("taobao", ["guanwang", "pinduoduo"]),
  ...(
    [
      "unclosed_quote",
      "merged_rows",
      "stray_quote",
      "extra_cells",
      "control_character",
      "mixed_encoding",
    ] as const
  ).map((reason) => new MalformedCsvError(reason, { row: 12, line: 14, count: 5, fileName: "订单.csv" })),
  ...(
    [
      "truncated_xml",
      "missing_shared_strings",
      "shared_string_index",
      "duplicate_entry",
      "bad_zip",
      "inflate_failed",
      "size_mismatch",
      "crc_mismatch",
      "oversized_cell",
      "cdata",
      "doctype",
    ] as const
  ).map((reason) => new DamagedWorkbookError(reason, "xl/worksheets/sheet1.xml", "订单.xlsx")),
  ...(["xlsb", "ods", "fods", "numbers", "utf-16be"] as const).map(
    (format) => new UnsupportedFormatError(format, "订单.xlsx"),
  ),
  new InputTooLargeError("columns", 16384, 2048),
  new InputTooLargeError("cells", 16777217, 16777216),
  new InputTooLargeError("shared_strings", 16777217, 16777216),
  new Error("internal detail with /home/path"),
];

describe("Chinese messages", () => {
  it("has a sentence for every issue code, skip reason and error, kept as a reviewable snapshot", async () => {
    const issues = IssueCode.options.map((code) =>
      // Each code's params are checked by its own schema: a sample that does not fit fails here.
      ParseIssue.parse({
        code,
        severity: ["destroyed-id", "missing-order-no", "missing-sku"].includes(code) ? "error" : "warning",
        row: 12,
        column: "订单号",
        input: SAMPLE_INPUT[code] ?? "",
        ...(SAMPLE_PARAMS[code] ? { params: SAMPLE_PARAMS[code] } : {}),
      }),
    );
    const lines = [
      "# 平台导出解析: 给操作员看的中文提示",
      "",
      "## 行问题 (formatIssueZh)",
      "",
      ...issues.map((issue) => `- \`${issue.code}\`: ${formatIssueZh(issue)}`),
      "",
      "## 跳过原因 (formatSkipReasonZh)",
      "",
      ...SkipReason.options.map((reason) => `- \`${reason}\`: ${formatSkipReasonZh(reason)}`),
      "",
      "## 无法读取 (formatErrorZh)",
      "",
      ...ERRORS.map(
        (error) => `- \`${(error as { code?: string }).code ?? "unexpected"}\`: ${formatErrorZh(error)}`,
      ),
      "",
    ];
    await expect(lines.join("\n")).toMatchFileSnapshot("./__snapshots__/messages-zh.snap.md");
  });

  it("masks phone numbers that appear in an issue's input", () => {
    const text = formatIssueZh({
      code: "invalid-phone",
      severity: "warning",
      row: 3,
      input: "13812345678 转 12",
    });
    expect(text).toContain("138****5678");
    expect(text).not.toContain("13812345678");
  });

  it("never shows the internals of an unexpected error", () => {
    expect(formatErrorZh(new Error("ENOENT /home/someone/订单.xlsx"))).not.toContain("/home");
  });

  it("flags rows of one order that disagree on payment, keeping the first", async () => {
    const result = await parseOrders([
      ["订单号", "支付方式", "发货状态", "商品名称"],
      ["GW1", "货到付款", "配货中", "布洛芬缓释胶囊"],
      ["GW1", "支付宝", "配货中", "维生素C咀嚼片"],
    ]);
    expect(result.orders[0]?.payment.isCod).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "conflicting-rows",
        row: 3,
        params: { fields: "payment", firstRow: 2 },
      }),
    ]);
  });
});
