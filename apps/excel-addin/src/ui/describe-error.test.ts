import { CodReportError } from "@syt/cod-report";
import { formatErrorZh, LegacyXlsError } from "@syt/platform-adapters";
import { describe, expect, it } from "vitest";
import { AddinError } from "../office/errors";
import { formatKnownErrorZh } from "../report/engine";
import { describeError, describeFindings } from "./describe-error";

describe("describeError", () => {
  it.each([
    {
      description: "a paste sheet that does not exist",
      error: new AddinError("sheet-missing", "官网导出"),
      expected: {
        kind: "fixable",
        title: "找不到工作表「官网导出」。",
        action: expect.stringContaining("准备粘贴"),
      },
    },
    {
      description: "an empty paste sheet",
      error: new AddinError("sheet-empty", "WMS导出"),
      expected: {
        kind: "fixable",
        title: "工作表「WMS导出」是空的。",
        action: expect.stringContaining("A1"),
      },
    },
    {
      description: "a row Excel cannot hand over even alone",
      error: new AddinError("read-failed", "官网导出", 7),
      expected: {
        kind: "fixable",
        title: expect.stringContaining("第 7 行"),
        action: expect.stringContaining("文件模式"),
      },
    },
    {
      description: "pasted orders from outside the export's window (yesterday's rows under today's paste)",
      error: new AddinError("paste-outside-window", "官网导出", 72, {
        rows: 38,
        firstDay: "2026-11-23",
        lastDay: "2026-11-23",
        from: "2026-11-24",
        to: "2026-11-25",
      }),
      expected: {
        kind: "fixable",
        title:
          "工作表「官网导出」从第 72 行起有 38 个订单是 2026-11-23 下的, 不在这次导出的 2026-11-24 ~ 2026-11-25 之内: 多半是上次粘贴留下的旧行 (Excel 会保留短粘贴下面的旧内容)。没有生成报表, 以免把两天的订单加在一起。",
        action: expect.stringContaining("清空粘贴表"),
      },
    },
    {
      description: "another platform's export in the 官网 slot, named",
      error: new CodReportError("not-guanwang-export", "拼多多", "not guanwang"),
      expected: {
        kind: "fixable",
        title: expect.stringMatching(/^这是拼多多订单导出, 不是官网订单导出/),
        action: expect.any(String),
      },
    },
    {
      description: "the operator cancelling",
      error: new DOMException("aborted", "AbortError"),
      expected: { kind: "cancelled", title: "已取消读取。" },
    },
    {
      description: "a coded error of the report core, in its own words",
      error: new CodReportError("bad-date", "2025/11/25", "bad date"),
      expected: { kind: "fixable", title: expect.stringContaining("2025/11/25"), action: expect.any(String) },
    },
    {
      description: "a file the adapters cannot read, in their own words",
      error: new LegacyXlsError("订单.xls"),
      expected: {
        kind: "fixable",
        title: formatErrorZh(new LegacyXlsError("订单.xls")),
        action: expect.any(String),
      },
    },
  ])("says what to do about $description", ({ error, expected }) => {
    expect(describeError(error, formatKnownErrorZh)).toEqual(expected);
  });

  it("in file mode speaks of the file, not of pasting", () => {
    const error = new LegacyXlsError("订单.xls");
    expect(describeError(error, formatKnownErrorZh, "file")).toMatchObject({
      action: "请按提示修改导出文件或重新导出后再试。",
    });
    expect(describeError(error, formatKnownErrorZh, "excel")).toMatchObject({
      action: expect.stringContaining("粘贴"),
    });
  });

  it("turns anything unexpected into details to copy, with phone numbers masked", () => {
    const message = describeError(new TypeError("cannot read 收货人 13812345678"), formatKnownErrorZh);
    expect(message.kind).toBe("unexpected");
    expect(message.kind === "unexpected" && message.details).toContain(
      "TypeError: cannot read 收货人 138****5678",
    );
    expect(JSON.stringify(message)).not.toContain("13812345678");
  });

  it("masks a phone that a library's own words quote from a cell", () => {
    const message = describeError(new Error("header"), () => "表头「联系 13812345678」不认识");
    expect(message).toMatchObject({ kind: "fixable", title: "表头「联系 138****5678」不认识" });
  });

  it.each([
    { description: "spaced", written: "138 1234 5678" },
    { description: "dashed with the country code", written: "+86-138-1234-5678" },
    { description: "with 0086", written: "0086 13812345678" },
  ])(
    "masks a $description mobile in the details (regression: the old regex let it through)",
    ({ written }) => {
      const message = describeError(new Error(`bad cell 手机 ${written} in row 7`), formatKnownErrorZh);
      const details = message.kind === "unexpected" ? message.details : "";
      expect(details).toContain("138****5678");
      expect(details.replace(/\D/g, "")).not.toContain("12345678");
    },
  );
});

describe("describeFindings", () => {
  it("tells the operator to paste again into text columns when order numbers were destroyed", () => {
    const message = describeFindings(
      [
        { code: "destroyed-id", count: 2 },
        { code: "not-zto", count: 5 },
      ],
      "excel",
    );
    expect(message).toEqual({
      kind: "fixable",
      title: expect.stringContaining("有 2 个订单号"),
      action: expect.stringContaining("准备粘贴"),
    });
    expect(describeFindings([{ code: "not-zto", count: 1 }], "file")).toBeNull();
  });
});
