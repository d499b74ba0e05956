import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildCodReport, formatFindingZh } from "@syt/cod-report";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Chromium, FIXED_NOW, launchChromium, openTaskpane, SCREENSHOTS, type Session } from "./browser";
import { allSheetRows, asRangeValues, copiedText, type ExportFiles, exportFiles, sheetRows } from "./inputs";

let files: ExportFiles;
const downloads = mkdtempSync(path.join(os.tmpdir(), "syt-downloads-"));
let browser: Chromium;
let session: Session | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  files = exportFiles();
});

afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

afterEach(async () => {
  await session?.page.close();
  session = undefined;
});

async function download(page: Session["page"], button: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const saved = path.join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(saved)) };
}

describe("in Excel (fake Office.js with an in-memory workbook)", () => {
  it("prepares paste sheets, reports on what was pasted, saves the named file and leads to a finding's row", async () => {
    session = await openTaskpane(browser, {
      kind: "excel",
      options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" } },
    });
    const { page } = session;
    await page.getByRole("button", { name: "准备粘贴" }).click();
    await expect.poll(() => page.getByText("已新建").count()).toBe(1);

    const pasted = { orders: await copiedText(files.orders.bytes), wms: await copiedText(files.wms.bytes) };
    await page.evaluate((rows) => {
      const fake = (window as unknown as { __fakeExcel: { paste: (s: string, r: string[][]) => void } })
        .__fakeExcel;
      fake.paste("官网导出", rows.orders);
      fake.paste("WMS导出", rows.wms);
    }, pasted);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();

    // The same core on the same pasted values, in Node: the taskpane must show and save exactly this.
    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { values: asRangeValues(pasted.orders), sheetName: "官网导出" },
      wms: { values: asRangeValues(pasted.wms), sheetName: "WMS导出" },
    });
    expect(expected.summary.orders.kept).toBeGreaterThan(0);
    // The example export holds an order number Excel already turned into 2.02511E+19.
    expect(expected.summary.findings.some((f) => f.code === "destroyed-id")).toBe(true);
    await page.getByText(/订单号被 Excel 变成了科学计数法/).waitFor();
    await expect
      .poll(() => page.getByTestId("orders-kept").textContent())
      .toBe(`${expected.summary.orders.kept} 单`);
    await expect
      .poll(() => page.getByTestId("findings-count").textContent())
      .toBe(`${expected.summary.findings.length} 条`);

    const saved = await download(page, "保存文件");
    expect(saved.fileName).toBe(expected.fileName);
    expect(saved.fileName).toMatch(/^上元堂官网_中通货到付款_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(await sheetRows(saved.bytes)).toEqual(await sheetRows(expected.bytes));

    const finding = expected.summary.findings.find((f) => f.row !== undefined);
    expect(finding).toBeDefined();
    if (finding?.row === undefined) return;
    const label = `${finding.sheet === "orders" ? "官网导出" : "WMS导出"} 第 ${finding.row} 行`;
    await page.getByRole("button", { name: label }).first().click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { __fakeExcel: { state: unknown } }).__fakeExcel.state),
      )
      .toMatchObject({ selection: { sheet: label.split(" ")[0], address: `${finding.row}:${finding.row}` } });
    await expect.poll(() => page.getByText(formatFindingZh(finding)).count()).toBeGreaterThan(0);

    // No hover, focus ring or transition caught mid-way: the committed picture stays the same run to run.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({
      path: path.join(SCREENSHOTS, "taskpane-excel.png"),
      fullPage: true,
      animations: "disabled",
      caret: "hide",
    });

    await page.getByRole("button", { name: "写入新工作表" }).click();
    await page.getByText(/已写入工作表/).waitFor();
    const book = await page.evaluate(() => {
      const fake = (
        window as unknown as {
          __fakeExcel: {
            sheetNames: () => string[];
            sheetValues: (n: string) => unknown[][];
            state: { activeSheet: string | null };
          };
        }
      ).__fakeExcel;
      const [report, check] = fake.sheetNames().slice(-2);
      return {
        names: [report, check],
        report: fake.sheetValues(report ?? ""),
        check: fake.sheetValues(check ?? ""),
        active: fake.state.activeSheet,
      };
    });
    const reportSheets = await allSheetRows(expected.bytes);
    expect(book.names).toEqual(reportSheets.map((sheet) => sheet.name));
    expect(book.active).toBe(reportSheets[0]?.name);
    expect(book.report.map((row) => row.map(String))).toEqual(asRangeValues(reportSheets[0]?.rows ?? []));
    expect(book.check.map((row) => row.map(String))).toEqual(asRangeValues(reportSheets[1]?.rows ?? []));

    expect(session.leaks).toEqual([]);
  });
});

describe("in a plain browser (file mode)", () => {
  it("says it is outside Office, and turns the two chosen files into the same named download", async () => {
    session = await openTaskpane(browser, { kind: "offline" }, { width: 760, height: 900 });
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    const lazy = (url: string) => /\/assets\/engine-[^/]+\.js$/.test(url);
    expect(session.requests.filter(lazy)).toEqual([]);

    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    expect(session.requests.filter(lazy)).toHaveLength(1);

    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { bytes: files.orders.bytes, fileName: path.basename(files.orders.path) },
      wms: { bytes: files.wms.bytes, fileName: path.basename(files.wms.path) },
    });
    await expect
      .poll(() => page.getByTestId("orders-kept").textContent())
      .toBe(`${expected.summary.orders.kept} 单`);
    await page.screenshot({
      path: path.join(SCREENSHOTS, "taskpane-file-mode.png"),
      fullPage: true,
      animations: "disabled",
      caret: "hide",
    });

    const saved = await download(page, "保存文件");
    expect(saved.fileName).toBe(expected.fileName);
    expect(await sheetRows(saved.bytes)).toEqual(await sheetRows(expected.bytes));
    expect(session.leaks).toEqual([]);
  });

  it("takes an export file dropped on its box", async () => {
    session = await openTaskpane(browser, { kind: "offline" });
    const { page } = session;
    const name = path.basename(files.wms.path);
    const dataTransfer = await page.evaluateHandle(
      ({ fileName, base64 }) => {
        const transfer = new DataTransfer();
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], fileName));
        return transfer;
      },
      { fileName: name, base64: Buffer.from(files.wms.bytes).toString("base64") },
    );
    await page.locator("label", { hasText: "WMS 物流导出" }).dispatchEvent("drop", { dataTransfer });
    await page.getByText(`已选择: ${name}`).waitFor();
    expect(await page.getByRole("button", { name: "生成报表" }).isDisabled()).toBe(true);
  });

  it("falls back to file mode when Office.js loads but the host is not Excel", async () => {
    session = await openTaskpane(browser, { kind: "excel", options: { host: null } });
    await session.page.getByTestId("file-mode-notice").waitFor();
    expect(await session.page.getByTestId("file-mode-notice").textContent()).toContain("没有在 Excel 中运行");
  });
});

describe("in Excel, when the operator skips a step", () => {
  it("says in Chinese which sheet is missing and what to do, and changes nothing", async () => {
    session = await openTaskpane(browser, {
      kind: "excel",
      options: { host: "Excel", platform: "OfficeOnline" },
    });
    const { page } = session;
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByText("找不到工作表「官网导出」。").waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("请先点「准备粘贴」");
    const sheets = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheetNames: () => string[] } }).__fakeExcel.sheetNames(),
    );
    expect(sheets).toEqual([]);

    await page.getByRole("button", { name: "准备粘贴" }).click();
    await page.getByText(/已新建/).waitFor();
    expect(await page.getByRole("alert").count()).toBe(0);
  });
});

describe("in Excel on Mac (no downloads)", () => {
  it("opens the report as a new workbook and shows the file name to save it under", async () => {
    session = await openTaskpane(browser, {
      kind: "excel",
      options: { host: "Excel", platform: "Mac", sets: { ExcelApi: "1.8" } },
    });
    const { page } = session;
    await page.getByRole("button", { name: "准备粘贴" }).click();
    await expect.poll(() => page.getByText("已新建").count()).toBe(1);
    const orders = await copiedText(files.orders.bytes);
    await page.evaluate((rows) => {
      (window as unknown as { __fakeExcel: { paste: (s: string, r: string[][]) => void } }).__fakeExcel.paste(
        "官网导出",
        rows,
      );
    }, orders);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    await page.getByRole("button", { name: /在新工作簿中打开/ }).click();

    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { values: asRangeValues(orders), sheetName: "官网导出" },
    });
    await expect.poll(() => page.getByTestId("file-name").textContent()).toBe(expected.fileName);
    const created = await page.evaluate(
      () =>
        (window as unknown as { __fakeExcel: { state: { createdWorkbooks: string[] } } }).__fakeExcel.state
          .createdWorkbooks,
    );
    expect(created).toHaveLength(1);
    const opened = new Uint8Array(Buffer.from(created[0] ?? "", "base64"));
    expect(await sheetRows(opened)).toEqual(await sheetRows(expected.bytes));
    expect(session.leaks).toEqual([]);
  });
});
