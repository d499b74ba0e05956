import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  buildCodReport,
  type CodSummary,
  countProblems,
  type Finding,
  type FindingGroup,
  formatFindingZh,
  formatVerdictZh,
} from "@syt/cod-report";
import { fakeOrders, guanwangExport, pinduoduoExport, toXlsx, wanliniuExport } from "@syt/fake-exports";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { OVERSCAN, VIEW_ROWS } from "../../src/ui/visible-rows";
import { seriousViolations } from "./a11y";
import {
  type Chromium,
  FIXED_NOW,
  launchChromium,
  openTaskpane,
  paste,
  type Session,
  download as saveDownload,
  screenshot as screenshotAtRest,
} from "./browser";
import { expectNoHorizontalScroll } from "./day-inputs";
import {
  allSheetRows,
  asRangeValues,
  copiedText,
  EXAMPLES,
  type ExportFiles,
  exportFiles,
  ODD_PAYMENT,
  oddPaymentExport,
  pasteCodExports,
  sheetRows,
} from "./inputs";
import { expectGroupedReport, rowButton } from "./report-checks";

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

const download = (page: Session["page"], button: string | RegExp) => saveDownload(page, button, downloads);

type Page = Session["page"];

const SHEET_LABELS = { orders: "官网导出", wms: "WMS导出" } as const;
/** The most rows a windowed group may put in the DOM: those in view, one cut in half, and the overscan. */
const MAX_DOM_ROWS = VIEW_ROWS + 1 + 2 * OVERSCAN;

/** A row's button is named by where the row is: `官网导出 第 20 行`, not matching 第 2 行 or 第 200 行. */
function rowButtonName(finding: Finding, labels: Record<Finding["sheet"], string> = SHEET_LABELS): RegExp {
  return rowButton(labels[finding.sheet], finding.row ?? 0);
}

/** Opens a collapsed group by its disclosure button and returns the group's box. */
async function expandGroup(page: Page, index: number) {
  const group = page.getByTestId("finding-group").nth(index);
  const toggle = group.getByRole("button", { name: "查看每一行" });
  expect(await toggle.getAttribute("aria-expanded")).toBe("false");
  expect(await group.getByRole("listitem").count()).toBe(0);
  await toggle.click();
  await expect
    .poll(() => group.getByRole("button", { name: "收起" }).getAttribute("aria-expanded"))
    .toBe("true");
  return group;
}

/** The first group that starts collapsed (errors of more than three rows, every warning) and names rows. */
function collapsedGroupIndex(summary: CodSummary): number {
  const index = summary.groups.findIndex(
    (group: FindingGroup) =>
      (group.severity === "warning" || group.count > 3) && group.findings.some((f) => f.row !== undefined),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

async function screenshot(page: Page, name: string) {
  // The report file written (保存文件, not 正在生成文件…): the committed picture stays the same run to run.
  await page.getByText("正在生成文件…").waitFor({ state: "detached" });
  await screenshotAtRest(page, name);
}

describe("in Excel (fake Office.js with an in-memory workbook)", () => {
  it("prepares paste sheets, reports on what was pasted, saves the named file and leads to a finding's row", async () => {
    session = await openTaskpane(browser, {
      kind: "excel",
      options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" } },
    });
    const { page } = session;
    const pasted = await pasteCodExports(page, files);
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
    await expectGroupedReport(page, expected.summary);
    expect(await page.getByTestId("verdict").getAttribute("class")).toContain("verdict-problems");

    const saved = await download(page, "保存文件");
    expect(saved.fileName).toBe(expected.fileName);
    expect(saved.fileName).toMatch(/^上元堂官网_中通货到付款_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(await sheetRows(saved.bytes)).toEqual(await sheetRows(expected.bytes));

    // A collapsed group opens to its rows; a click on a row selects that row of the pasted sheet.
    const index = collapsedGroupIndex(expected.summary);
    const group = await expandGroup(page, index);
    const findings = expected.summary.groups[index]?.findings ?? [];
    await expect
      .poll(() => group.getByRole("listitem").count())
      .toBe(Math.min(findings.length, VIEW_ROWS + OVERSCAN));
    const finding = findings.filter((f) => f.row !== undefined).at(-1);
    if (finding?.row === undefined) throw new Error("the group names no row");
    await group.getByRole("button", { name: rowButtonName(finding) }).click();
    const selection = () =>
      page.evaluate(() => (window as unknown as { __fakeExcel: { state: unknown } }).__fakeExcel.state);
    await expect.poll(selection).toMatchObject({
      selection: { sheet: SHEET_LABELS[finding.sheet], address: `${finding.row}:${finding.row}` },
    });
    await expect
      .poll(() => group.getByTestId("finding-detail").textContent())
      .toContain(formatFindingZh(finding));

    // A small error group starts open; a row of the WMS export selects its row there, in the other sheet.
    const wmsIndex = expected.summary.groups.findIndex(
      (g) => g.sheet === "wms" && g.severity === "error" && g.count <= 3,
    );
    expect(wmsIndex).toBeGreaterThanOrEqual(0);
    const wmsGroup = page.getByTestId("finding-group").nth(wmsIndex);
    expect(await wmsGroup.getByRole("button", { name: "收起" }).getAttribute("aria-expanded")).toBe("true");
    const wms = expected.summary.groups[wmsIndex]?.findings[0];
    if (wms?.row === undefined) throw new Error("the WMS group names no row");
    await wmsGroup.getByRole("button", { name: rowButtonName(wms) }).click();
    await expect
      .poll(selection)
      .toMatchObject({ selection: { sheet: "WMS导出", address: `${wms.row}:${wms.row}` } });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "taskpane-excel.png");

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

    // The picked row of an order offers 写拦截报备: the 消息 tab opens with that row.
    await wmsGroup.getByRole("button", { name: "写拦截报备" }).click();
    await expect
      .poll(() => page.getByRole("tab", { name: "消息" }).getAttribute("aria-selected"))
      .toBe("true");
    await expect
      .poll(() => page.getByTestId("messages-tab").textContent())
      .toContain(`WMS导出 · 第 ${wms.row} 行`);
    expect(session.leaks).toEqual([]);
  });
});

describe("in a plain browser (file mode)", () => {
  it("says it is outside Office, and turns the two chosen files into the same named download", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 760, height: 900 });
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    expect(session.officeJs).toEqual([]);
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
    await expectGroupedReport(page, expected.summary);

    // No workbook to select in: a click on a row shows that row's words under the list.
    const index = collapsedGroupIndex(expected.summary);
    const group = await expandGroup(page, index);
    const finding = expected.summary.groups[index]?.findings.find((f) => f.row !== undefined);
    if (finding?.row === undefined) throw new Error("the group names no row");
    expect(await group.getByTestId("finding-detail").count()).toBe(0);
    // File mode has no paste sheets: a row names the file it is in.
    const fileLabels = { orders: path.basename(files.orders.path), wms: path.basename(files.wms.path) };
    await group.getByRole("button", { name: rowButtonName(finding, fileLabels) }).click();
    await expect
      .poll(() => group.getByTestId("finding-detail").textContent())
      .toBe(
        `${fileLabels.orders} 第 ${finding.row} 行 · 订单 ${finding.orderNo}: ${formatFindingZh(finding)}`,
      );
    expect(await page.evaluate(() => "__fakeExcel" in window || "Excel" in window)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "taskpane-file-mode.png");
    // A 待发货 货到付款 order offers 货到付款引导, and no 写拦截报备: nothing has left the warehouse.
    const pending = expected.summary.groups.findIndex((g) => g.code === "cod-pending");
    if (pending >= 0) {
      const box = page.getByTestId("finding-group").nth(pending);
      const toggle = box.getByRole("button", { name: "查看每一行" });
      if (await toggle.count()) await toggle.click();
      await box.locator(".group-row-button").first().click();
      await box.getByRole("button", { name: "货到付款引导" }).waitFor();
      expect(await box.getByRole("button", { name: "写拦截报备" }).count()).toBe(0);
    }

    const saved = await download(page, "保存文件");
    expect(saved.fileName).toBe(expected.fileName);
    expect(await sheetRows(saved.bytes)).toEqual(await sheetRows(expected.bytes));
    expect(session.leaks).toEqual([]);
    expect(session.officeJs).toEqual([]);
  });

  it("falls back to file mode on taskpane.html when Office.js cannot load (offline)", async () => {
    session = await openTaskpane(browser, { kind: "offline" });
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    expect(await page.getByTestId("file-mode-notice").textContent()).toContain("Office.js 未加载");
    expect(session.officeJs).toHaveLength(1);
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("verdict").waitFor();
    expect(session.leaks).toEqual([]);
  });

  it("fits 320 px and 800 px with the report shown, without a horizontal scrollbar", async () => {
    for (const width of [320, 800]) {
      session = await openTaskpane(browser, { kind: "file" }, { width, height: 800 });
      const { page } = session;
      await page.getByTestId("orders-file").setInputFiles(files.orders.path);
      await page.getByTestId("wms-file").setInputFiles(files.wms.path);
      await page.getByRole("button", { name: "生成报表" }).click();
      await page.getByTestId("report").waitFor();
      await page.locator(".group-row-button").first().click();
      await page.getByTestId("finding-detail").first().waitFor();
      await expectNoHorizontalScroll(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
      session = undefined;
    }
  });

  it("shows a handful of problems for tens of thousands of finding rows, and renders only the rows in view", async () => {
    const rows = 40_000;
    const file = oddPaymentExport(rows);
    session = await openTaskpane(browser, { kind: "file" });
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    await page
      .getByTestId("orders-file")
      .setInputFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.bytes) });
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor({ timeout: 120_000 });

    const { summary } = await buildCodReport({
      now: FIXED_NOW,
      orders: { bytes: file.bytes, fileName: file.name },
    });
    expect(summary.findings.length).toBeGreaterThan(30_000);
    expect(summary.groups.length).toBeLessThanOrEqual(5);
    await expectGroupedReport(page, summary);

    // Every group closed (the big one is a warning): a few boxes, no rows.
    expect(await page.locator(".group-row").count()).toBe(0);
    const index = summary.groups.findIndex((g) => g.count > 30_000);
    const big = summary.groups[index];
    const bigFirst = big?.findings[0];
    expect(bigFirst?.code === "row-issue" ? bigFirst.params.issue : undefined).toMatchObject({
      code: "unknown-payment",
      input: ODD_PAYMENT,
    });
    const group = await expandGroup(page, index);
    const list = group.getByTestId("group-rows");
    const domRows = () => group.getByRole("listitem").count();
    await expect.poll(domRows).toBe(VIEW_ROWS + OVERSCAN);
    expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThan(1500);
    const first = big?.findings[0];
    const last = big?.findings.at(-1);
    if (first?.row === undefined || last?.row === undefined) throw new Error("the big group names no rows");
    const labels = { orders: file.name, wms: "" };
    await group.getByRole("button", { name: rowButtonName(first, labels) }).waitFor();
    expect(await group.getByRole("listitem").first().getAttribute("aria-setsize")).toBe(String(big?.count));

    // Scrolling to the end brings the last rows in, and the first ones leave the DOM.
    await list.evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await group.getByRole("button", { name: rowButtonName(last, labels) }).waitFor();
    expect(await group.getByRole("button", { name: rowButtonName(first, labels) }).count()).toBe(0);
    expect(await domRows()).toBeLessThanOrEqual(MAX_DOM_ROWS);
    expect(await group.getByRole("listitem").last().getAttribute("aria-posinset")).toBe(String(big?.count));
    await group.getByRole("button", { name: rowButtonName(last, labels) }).click();
    await expect.poll(() => group.getByTestId("finding-detail").textContent()).toContain(`第 ${last.row} 行`);
    expect(session.leaks).toEqual([]);
  }, 240_000);

  it("takes an export file dropped on its box", async () => {
    session = await openTaskpane(browser, { kind: "file" });
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
    await page.getByTestId("wms-file-slot").dispatchEvent("drop", { dataTransfer });
    // Loaded into the day's files and picked in its slot, with what it is.
    await expect.poll(() => page.getByTestId("wms-file-facts").textContent()).toMatch(/^WMS物流导出 · /);
    expect(await page.getByTestId("wms-file-pick").inputValue()).not.toBe("");
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

/** What the operator copies from yesterday's export: 11-23 and the morning of 11-24, newest first as the back office lists them. */
async function yesterdaysRows(count: number): Promise<string[][]> {
  const orders = fakeOrders({
    seed: 1123,
    count,
    codShare: 0.6,
    firstSeq: 50_000,
    from: new Date("2026-11-22T16:00:00Z"),
    to: new Date("2026-11-24T04:00:00Z"),
  }).reverse();
  return copiedText(await toXlsx(guanwangExport(orders, { headers: "operator", statuses: "separate" })));
}

/** Excel (the fake host, ExcelApi 1.9) with the two paste sheets made by 准备粘贴, ready for a paste. */
async function excelWithPasteSheets(): Promise<Session> {
  const opened = await openTaskpane(browser, {
    kind: "excel",
    options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" } },
  });
  await opened.page.getByRole("button", { name: "准备粘贴" }).click();
  await expect.poll(() => opened.page.getByText("已新建").count()).toBe(1);
  return opened;
}

describe("the report tells the truth about what it was given", () => {
  it("file mode: the date field changes the file name and the window check; the card shows the orders' dates; verdict, figures and 核对 agree", async () => {
    session = await openTaskpane(browser, { kind: "file" });
    const { page } = session;
    const date = page.getByTestId("report-date");
    expect(await date.inputValue()).toBe("2026-11-25");
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    await date.fill("2026-12-06");
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();

    const inputs = {
      orders: { bytes: files.orders.bytes, fileName: path.basename(files.orders.path) },
      wms: { bytes: files.wms.bytes, fileName: path.basename(files.wms.path) },
    };
    const stale = await buildCodReport({ ...inputs, date: "2026-12-06" });
    await expectGroupedReport(page, stale.summary);
    expect(await page.getByTestId("verdict").textContent()).toContain(
      "导出的订单是 11-24 ~ 11-25, 不是 12-05 ~ 12-06 的: 请重新导出",
    );
    expect(await page.getByTestId("orders-file-detail").textContent()).toMatch(
      /^下单时间 2026-11-24 \d\d:\d\d ~ 2026-11-25 \d\d:\d\d; 读取 \d+ 行$/,
    );
    // Another day's export: no file named for 12-06 is offered.
    expect(await page.getByTestId("nothing-to-save").textContent()).toContain("没有可保存的报表");
    expect(await page.getByRole("button", { name: "保存文件" }).count()).toBe(0);

    // The export's own day: no window problem, and the file is named for it.
    await date.fill("2026-11-25");
    await page.getByRole("button", { name: "生成报表" }).click();
    await expect.poll(() => page.getByTestId("verdict").textContent()).not.toContain("导出的订单是");
    const own = await buildCodReport({ ...inputs, date: "2026-11-25" });
    await expectGroupedReport(page, own.summary);
    const saved = await download(page, "保存文件");
    expect(saved.fileName).toBe("上元堂官网_中通货到付款_2026-11-25.xlsx");
    // The 核对 sheet opens with the same verdict and counts the same problems.
    const check = (await allSheetRows(saved.bytes))[1]?.rows ?? [];
    const value = (label: string) => check.find((row) => row[0] === label)?.[1];
    const { problems, notes } = countProblems(own.summary.groups);
    expect(problems).toBeGreaterThan(0);
    expect(check[0]?.[0]).toBe(formatVerdictZh(own.summary));
    expect(await page.getByTestId("verdict").textContent()).toBe(check[0]?.[0]);
    expect(value("问题数")).toBe(String(problems));
    expect(value("提醒数")).toBe(String(notes));
    expect(await page.getByTestId("problems-count").textContent()).toBe(`${value("问题数")} 个问题`);
    expect(session.leaks).toEqual([]);
  });

  it.each([
    {
      platform: "拼多多",
      bytes: () => toXlsx(pinduoduoExport(fakeOrders({ seed: 3, count: 10, platform: "pinduoduo" }))),
    },
    { platform: "万里牛", bytes: () => toXlsx(wanliniuExport(fakeOrders({ seed: 4, count: 10 }))) },
  ])(
    "file mode: a $platform export in the 官网 slot is refused by name, with nothing to save",
    async ({ platform, bytes }) => {
      session = await openTaskpane(browser, { kind: "file" });
      const { page } = session;
      await page.getByTestId("orders-file").setInputFiles({
        name: `${platform}订单导出.xlsx`,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await bytes()),
      });
      await page.getByRole("button", { name: "生成报表" }).click();
      await expect
        .poll(() => page.getByRole("alert").first().textContent())
        .toContain(`这是${platform}订单导出, 不是官网订单导出`);
      expect(await page.getByTestId("report").count()).toBe(0);
      expect(await page.getByRole("button", { name: "保存文件" }).count()).toBe(0);
    },
  );

  it.each([
    {
      kind: "a WMS export",
      file: () => exportFiles().wms.path,
      says: ["是WMS (表头有「分配状态」)", "不是订单导出"],
    },
    {
      kind: "a 售后单 list",
      file: () => path.join(EXAMPLES, "今日", "售后单_20261125.xlsx"),
      says: ["是售后单 (表头有「售后单号」", "不是订单导出"],
    },
  ])(
    "file mode: $kind in the 官网 slot is refused by what it is, with nothing to save",
    async ({ file, says }) => {
      session = await openTaskpane(browser, { kind: "file" });
      const { page } = session;
      await page.getByTestId("orders-file").setInputFiles(file());
      await page.getByRole("button", { name: "生成报表" }).click();
      const alert = page.getByRole("alert").first();
      await expect.poll(() => alert.textContent()).toContain(says[0]);
      for (const words of says) expect(await alert.textContent()).toContain(words);
      expect(await page.getByTestId("report").count()).toBe(0);
      expect(await page.getByRole("button", { name: "保存文件" }).count()).toBe(0);
    },
  );

  it.each([
    {
      description: "the two files swapped",
      orders: () => exportFiles().wms.path,
      wms: () => exportFiles().orders.path,
      says: "两个文件放反了",
    },
    {
      description: "the same file in both slots",
      orders: () => exportFiles().orders.path,
      wms: () => exportFiles().orders.path,
      says: "选的是同一个文件",
    },
  ])("file mode: $description is named as such, with nothing to save", async ({ orders, wms, says }) => {
    session = await openTaskpane(browser, { kind: "file" });
    const { page } = session;
    await page.getByTestId("orders-file").setInputFiles(orders());
    await page.getByTestId("wms-file").setInputFiles(wms());
    await page.getByRole("button", { name: "生成报表" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain(says);
    expect(await page.getByTestId("report").count()).toBe(0);
    expect(await page.getByRole("button", { name: "保存文件" }).count()).toBe(0);
  });

  it.each([
    {
      description: "an amount column headed 订单金额（元）: the total is right",
      rename: { "订单总金额（元）": "订单金额（元）", "应付款金额（元）": "备用列" } as Record<
        string,
        string
      >,
      zero: false,
    },
    {
      description: "a zero total: an error, never 可以交付",
      rename: {} as Record<string, string>,
      zero: true,
    },
  ])("file mode: $description", async ({ rename, zero }) => {
    const orders = fakeOrders({ seed: 5, count: 40, codShare: 0.7 }).map((o) =>
      zero ? { ...o, totalFen: 0, payableFen: 0 } : o,
    );
    const bytes = await toXlsx(guanwangExport(orders, { headers: "operator", renameHeaders: rename }));
    session = await openTaskpane(browser, { kind: "file" });
    const { page } = session;
    await page.getByTestId("orders-file").setInputFiles({
      name: "官网订单导出.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    const kept = orders.filter((o) => o.payment === "货到付款" && o.shippingState === "配货中");
    expect(kept.length).toBeGreaterThan(0);
    const total = kept.reduce((sum, o) => sum + o.totalFen, 0);
    expect(await page.getByTestId("amount").textContent()).toBe(`¥${(total / 100).toFixed(2)}`);
    const { summary } = await buildCodReport({
      now: FIXED_NOW,
      orders: { bytes, fileName: "官网订单导出.xlsx" },
    });
    await expectGroupedReport(page, summary);
    const amountProblems = summary.groups.filter(
      (g) => g.code === "missing-amount" || g.code === "amount-unmapped",
    );
    expect(amountProblems.map((g) => g.severity)).toEqual(zero ? ["error"] : []);
    if (zero) expect(await page.getByTestId("verdict").textContent()).toMatch(/^交付前需要处理/);
  });

  it("Excel: today's export pasted over yesterday's longer one is refused naming the dates; cleared after a confirmation, the report is today's alone", async () => {
    session = await excelWithPasteSheets();
    const { page } = session;
    const today = await copiedText(files.orders.bytes);
    const yesterday = await yesterdaysRows(150);
    expect(yesterday.length).toBeGreaterThan(today.length + 50);
    // Real Excel keeps the rows below a shorter paste: yesterday's tail stays under today's rows.
    await paste(page, "官网导出", yesterday);
    await paste(page, "官网导出", today);

    await page.getByRole("button", { name: "生成报表" }).click();
    const alert = page.getByRole("alert").first();
    await expect.poll(() => alert.textContent()).toMatch(/不在这次导出的 2026-11-24 ~ 2026-11-25 之内/);
    expect(await alert.textContent()).toMatch(/是 2026-11-2[23]( ~ 2026-11-23)? 下的/);
    expect(await alert.textContent()).toContain("没有生成报表");
    expect(await page.getByTestId("report").count()).toBe(0);

    // 准备粘贴 finds the filled sheet and offers to clear it, saying how many rows go.
    await page.getByRole("button", { name: "准备粘贴" }).click();
    await page.getByRole("button", { name: "清空粘贴表…" }).click();
    const confirm = page.getByTestId("clear-confirm");
    expect(await confirm.textContent()).toContain(`「官网导出」的 ${yesterday.length} 行`);
    await page.getByRole("button", { name: "取消" }).click();
    expect(await page.getByTestId("clear-confirm").count()).toBe(0);
    expect((await sheetValues(page, "官网导出")).length).toBe(yesterday.length);
    await page.getByRole("button", { name: "清空粘贴表…" }).click();
    await page.getByRole("button", { name: "确定清空" }).click();
    await page.getByText(/已清空「官网导出」的/).waitFor();
    expect((await sheetValues(page, "官网导出")).flat().every((cell) => cell === "")).toBe(true);

    await paste(page, "官网导出", today);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { values: asRangeValues(today), sheetName: "官网导出" },
    });
    await expectGroupedReport(page, expected.summary);
    expect(await page.getByTestId("orders-kept").textContent()).toBe(`${expected.summary.orders.kept} 单`);
    expect(session.leaks).toEqual([]);
  });

  it("Excel: leftover rows of the same days under a shorter paste (inside the window) are refused as rows apart, never summed", async () => {
    session = await excelWithPasteSheets();
    const { page } = session;
    const today = await copiedText(files.orders.bytes);
    // An earlier paste of the same day, longer: more orders on top, then today's rows again. Every
    // leftover row is dated inside the window, so only the order rows standing apart tell.
    const earlier = [...today, ...today.slice(1)];
    await paste(page, "官网导出", earlier);
    await paste(page, "官网导出", today);
    expect((await sheetValues(page, "官网导出")).length).toBe(earlier.length);

    await page.getByRole("button", { name: "生成报表" }).click();
    const alert = page.getByRole("alert").first();
    await expect.poll(() => alert.textContent()).toMatch(/已经出现过, 中间隔着别的订单/);
    expect(await alert.textContent()).toContain("没有生成报表");
    expect(await alert.textContent()).toMatch(/工作表「官网导出」第 \d+ 行的订单 \S+ 在第 \d+ 行已经出现过/);
    expect(await page.getByTestId("report").count()).toBe(0);
  });

  it.each([
    {
      description: "the two exports pasted in each other's sheet",
      ordersSheet: () => files.wms.bytes,
      wmsSheet: () => files.orders.bytes,
      says: "两个文件放反了:「官网导出」是 WMS 物流导出,「WMS导出」是官网订单导出",
    },
    {
      description: "the same export pasted in both sheets",
      ordersSheet: () => files.orders.bytes,
      wmsSheet: () => files.orders.bytes,
      says: "「官网导出」和「WMS导出」里是同一份导出",
    },
  ])(
    "Excel: $description is named by the sheets, with nothing to save",
    async ({ ordersSheet, wmsSheet, says }) => {
      session = await excelWithPasteSheets();
      const { page } = session;
      await paste(page, "官网导出", await copiedText(ordersSheet()));
      await paste(page, "WMS导出", await copiedText(wmsSheet()));
      await page.getByRole("button", { name: "生成报表" }).click();
      await expect.poll(() => page.getByRole("alert").first().textContent()).toContain(says);
      expect(await page.getByTestId("report").count()).toBe(0);
      expect(await page.getByRole("button", { name: /保存文件/ }).count()).toBe(0);
    },
  );

  it.each([
    {
      kind: "a 拼多多 export",
      bytes: () => toXlsx(pinduoduoExport(fakeOrders({ seed: 3, count: 10, platform: "pinduoduo" }))),
      says: ["这是拼多多订单导出, 不是官网订单导出"],
    },
    {
      kind: "a WMS export",
      bytes: async () => files.wms.bytes,
      says: ["是WMS (表头有「分配状态」)", "不是订单导出"],
    },
    {
      kind: "a 售后单 list",
      bytes: async () => new Uint8Array(readFileSync(path.join(EXAMPLES, "今日", "售后单_20261125.xlsx"))),
      says: ["是售后单 (表头有「售后单号」", "不是订单导出"],
    },
  ])(
    "Excel: $kind pasted in 官网导出 is refused by what it is, with nothing to save",
    async ({ bytes, says }) => {
      session = await excelWithPasteSheets();
      const { page } = session;
      await paste(page, "官网导出", await copiedText(await bytes()));
      await page.getByRole("button", { name: "生成报表" }).click();
      const alert = page.getByRole("alert").first();
      await expect.poll(() => alert.textContent()).toContain(says[0]);
      for (const words of says) expect(await alert.textContent()).toContain(words);
      expect(await page.getByTestId("report").count()).toBe(0);
      expect(await page.getByRole("button", { name: /保存文件/ }).count()).toBe(0);
    },
  );

  it("Excel: a zero total pasted is an error, never 可以交付", async () => {
    const orders = fakeOrders({ seed: 5, count: 40, codShare: 0.7 }).map((o) => ({
      ...o,
      totalFen: 0,
      payableFen: 0,
    }));
    const bytes = await toXlsx(guanwangExport(orders, { headers: "operator" }));
    session = await excelWithPasteSheets();
    const { page } = session;
    const pasted = await copiedText(bytes);
    await paste(page, "官网导出", pasted);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toMatch(/^交付前需要处理/);
    expect(await page.getByTestId("amount").textContent()).toBe("¥0.00");
    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { values: asRangeValues(pasted), sheetName: "官网导出" },
    });
    expect(expected.summary.groups.map((g) => g.code)).toContain("missing-amount");
    await expectGroupedReport(page, expected.summary);
  });

  it("Excel: the date field changes the report's name and the window check", async () => {
    session = await excelWithPasteSheets();
    const { page } = session;
    await paste(page, "官网导出", await copiedText(files.orders.bytes));
    await paste(page, "WMS导出", await copiedText(files.wms.bytes));
    const date = page.getByTestId("report-date");
    await date.fill("2026-12-06");
    await page.getByRole("button", { name: "生成报表" }).click();
    await expect
      .poll(() => page.getByTestId("verdict").textContent())
      .toContain("导出的订单是 11-24 ~ 11-25, 不是 12-05 ~ 12-06 的: 请重新导出");
    expect(await page.getByTestId("nothing-to-save").count()).toBe(1);
    expect(await page.getByRole("button", { name: "写入新工作表" }).count()).toBe(0);
    expect(await page.getByText("上元堂官网_中通货到付款_2026-12-06.xlsx").count()).toBe(0);

    await date.fill("2026-11-25");
    await page.getByRole("button", { name: "生成报表" }).click();
    await expect.poll(() => page.getByTestId("verdict").textContent()).not.toContain("导出的订单是");
    expect(await page.getByTestId("nothing-to-save").count()).toBe(0);
    expect(await page.getByText("上元堂官网_中通货到付款_2026-11-25.xlsx").count()).toBe(1);
    await page.getByRole("button", { name: "写入新工作表" }).click();
    await expect.poll(() => page.getByText(/已写入工作表/).count()).toBe(1);
    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { values: asRangeValues(await copiedText(files.orders.bytes)), sheetName: "官网导出" },
      wms: { values: asRangeValues(await copiedText(files.wms.bytes)), sheetName: "WMS导出" },
      date: "2026-11-25",
    });
    expect(expected.fileName).toBe("上元堂官网_中通货到付款_2026-11-25.xlsx");
    await expectGroupedReport(page, expected.summary);
  });

  it("Excel: reading stops at the first run of blank rows and says how many rows below it were not read", async () => {
    session = await excelWithPasteSheets();
    const { page } = session;
    const today = await copiedText(files.orders.bytes);
    const older = (await yesterdaysRows(40)).slice(1, 8);
    const gap = [[""], [""], [""]];
    await paste(page, "官网导出", [...today, ...gap, ...older]);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    expect(await page.getByTestId("paste-unused").textContent()).toBe(
      `「官网导出」读到连续空行为止; 空行下面 (第 ${today.length + gap.length + 1} 行起) 还有 ${older.length} 行没有读取, 也没有计入报表`,
    );
    const expected = await buildCodReport({
      now: FIXED_NOW,
      orders: { values: asRangeValues(today), sheetName: "官网导出" },
    });
    await expectGroupedReport(page, expected.summary);
    expect(await page.getByTestId("amount").textContent()).toBe(
      `¥${(expected.summary.amountToCollectFen / 100).toFixed(2)}`,
    );
  });
});

async function sheetValues(page: Page, sheet: string): Promise<unknown[][]> {
  return page.evaluate(
    (name) =>
      (
        window as unknown as { __fakeExcel: { sheetValues: (n: string) => unknown[][] } }
      ).__fakeExcel.sheetValues(name),
    sheet,
  );
}
