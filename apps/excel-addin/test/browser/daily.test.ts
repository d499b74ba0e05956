import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  checklist,
  checklistBytes,
  type DayExport,
  DEFAULT_CONFIG,
  formatVerdictZh,
  readDayExport,
  reportFileName,
} from "@syt/daily-checks";
import { formatBusinessTime } from "@syt/orders-model";
import { formatReadByZh, tableFromValues } from "@syt/platform-adapters";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousViolations } from "./a11y";
import {
  type Chromium,
  launchChromium,
  openTaskpane,
  type Session,
  download as saveDownload,
  screenshot,
} from "./browser";
import {
  type CliDay,
  dayFiles,
  expectChecklist,
  expectNoHorizontalScroll,
  fileKindText,
  groupMessages,
  openItem,
  runDailyCli,
  taskpaneOrder,
} from "./day-inputs";
import { allSheetRows, asRangeValues, copiedText, exportFiles } from "./inputs";
import { rowButton } from "./report-checks";

/** 09:10 in Shanghai on the example day: 万里牛's 09:30 items are due soon, the afternoon ones not open yet. */
const AT = new Date("2026-11-25T09:10:00+08:00");
const downloads = mkdtempSync(path.join(os.tmpdir(), "syt-daily-downloads-"));
let browser: Chromium;
let session: Session | undefined;
let cli: ReturnType<typeof runDailyCli>;

beforeAll(async () => {
  cli = runDailyCli("2026-11-25", "09:10");
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

afterEach(async () => {
  // The pages share one browser profile: a test's ticks (same day on the fixed clock) must not reach the next.
  if (session && !session.page.isClosed())
    await session.page.evaluate(() => localStorage.removeItem("syt-daily-ticks")).catch(() => {});
  await session?.page.close();
  session = undefined;
});

type Page = Session["page"];

const download = (page: Session["page"], button: string | RegExp) => saveDownload(page, button, downloads);

async function openDailyTab(page: Page) {
  await page.getByRole("tab", { name: "今日待办" }).click();
  await page.getByTestId("daily").waitFor();
}

async function chooseDay(page: Page) {
  await page.getByTestId("daily-files").setInputFiles(dayFiles().map((f) => f.path));
  await expect.poll(() => page.getByTestId("daily-file").count()).toBe(dayFiles().length);
}

describe("今日待办 in file mode (index.html)", () => {
  it("takes the day's exports at once, shows the checklist pnpm daily prints, a finding's row, and writes the same workbook", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 800, height: 900 }, undefined, {
      now: AT,
    });
    const { page } = session;
    await openDailyTab(page);
    expect(await page.getByTestId("daily-no-files").textContent()).toBe("还没有选择导出文件。");
    // With no export yet every item waits or does not apply: still in routine order with its time.
    await expect.poll(() => page.getByTestId("daily-item").count()).toBe(cli.day.items.length);
    await expectNoSeriousViolations(page);

    await chooseDay(page);
    const day: CliDay = cli.day;
    const files = page.getByTestId("daily-file");
    // Eleven files are one line each (name, kind, rows) until the operator asks for the details.
    expect(await page.getByTestId("daily-file-layout").count()).toBe(0);
    await page.getByTestId("daily-files-details").click();
    const shown = await files.evaluateAll((els) =>
      els.map((el) => ({
        name: el.querySelector(".day-file-name")?.textContent,
        kind: el.querySelector("[data-testid=daily-file-kind]")?.textContent,
        layout: el.querySelector("[data-testid=daily-file-layout]")?.textContent,
      })),
    );
    // Kind, rows, and the layout with its evidence: the same as the CLI's, in the library's words.
    expect(shown).toEqual(
      day.files.map((f) => ({ name: f.fileName, kind: fileKindText(f), layout: formatReadByZh(f) })),
    );
    await expectChecklist(page, day);
    expect(await page.getByTestId("checked-at").textContent()).toContain("检查时间 11-25 09:10");
    // The marks: due-soon and overdue items are set apart, each with its state word.
    const dueSoon = page.locator("[data-testid=daily-item][data-state=due-soon]");
    expect(await dueSoon.count()).toBe(day.items.filter((i) => i.state === "due-soon").length);
    expect(await dueSoon.first().getByTestId("item-state").textContent()).toBe("快到期");
    expect(await dueSoon.first().evaluate((el) => getComputedStyle(el).borderLeftColor)).not.toBe(
      await page
        .locator("[data-testid=daily-item][data-state=done]")
        .first()
        .evaluate((el) => getComputedStyle(el).borderLeftColor),
    );

    // A plain link to the back office, in a new tab, without giving it this page.
    const link = page
      .locator('[data-testid=daily-item][data-item="wanliniu-abnormal"]')
      .getByTestId("back-office");
    expect(await link.getAttribute("href")).toBe(DEFAULT_CONFIG.links.wanliniu);
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");

    // An item opens to its grouped findings; a row shows its cells and offers the item's message.
    const expected = day.items.find((i) => i.id === "wanliniu-abnormal");
    if (!expected) throw new Error("no wanliniu-abnormal item");
    const item = await openItem(page, "wanliniu-abnormal");
    expect(await item.getByTestId("finding-group").locator(".group-text").allTextContents()).toEqual(
      groupMessages(expected),
    );
    const finding = expected.groups[0]?.findings[0];
    if (finding?.row === undefined) throw new Error("the group names no row");
    await item.getByRole("button", { name: rowButton(String(finding.file), finding.row) }).click();
    await expect
      .poll(() => item.getByTestId("finding-detail").textContent())
      .toContain(`订单 ${finding.orderNo}`);
    expect(await item.getByTestId("row-cells").textContent()).toContain(String(finding.orderNo));
    await expectNoSeriousViolations(page);
    await screenshot(page, "taskpane-daily-file-mode.png");

    const saved = await download(page, "导出今日表格");
    expect(saved.fileName).toBe(cli.fileName);
    expect(saved.fileName).toBe("上元堂运营日常_2026-11-25.xlsx");
    expect(await allSheetRows(saved.bytes)).toEqual(await allSheetRows(cli.bytes));

    // 万里牛's own 拦截 keeps the parcel in the warehouse: nothing to report to a courier. A 发货失败
    // order with a waybill offers 写拦截报备, which leads to 消息; coming back, the day is as it was.
    const failedIndex = expected.groups.findIndex((g) => g.message.includes("发货失败"));
    const failed = expected.groups[failedIndex]?.findings[0];
    if (failed?.row === undefined) throw new Error("no 发货失败 finding with a row");
    const failedGroup = item.getByTestId("finding-group").nth(failedIndex);
    await failedGroup.getByRole("button", { name: rowButton(String(failed.file), failed.row) }).click();
    await failedGroup.getByRole("button", { name: "写拦截报备" }).click();
    await expect
      .poll(() => page.getByRole("tab", { name: "消息" }).getAttribute("aria-selected"))
      .toBe("true");
    await openDailyTab(page);
    expect(await page.getByTestId("daily-file").count()).toBe(day.files.length);
    expect(await failedGroup.getByTestId("finding-detail").textContent()).toContain(`订单 ${failed.orderNo}`);

    expect(session.officeJs).toEqual([]);
    expect(session.leaks).toEqual([]);
  });

  it("moves with the clock: each minute the checklist is evaluated again, without reading the files again", async () => {
    session = await openTaskpane(
      browser,
      { kind: "file" },
      { width: 420, height: 900 },
      () => {
        // Counts how often the page reads a chosen file's bytes.
        const read = File.prototype.arrayBuffer;
        (window as unknown as { __reads: number }).__reads = 0;
        File.prototype.arrayBuffer = function (this: File) {
          (window as unknown as { __reads: number }).__reads++;
          return read.call(this);
        };
      },
      { now: AT, clock: "installed" },
    );
    const { page } = session;
    await openDailyTab(page);
    await chooseDay(page);
    const wanliniu = page.locator('[data-testid=daily-item][data-item="wanliniu-abnormal"]');
    await expect.poll(() => wanliniu.getAttribute("data-state")).toBe("due-soon");
    expect(await wanliniu.getByTestId("item-time").textContent()).toBe("截止 09:30 · 还剩 20 分");
    const reads = () => page.evaluate(() => (window as unknown as { __reads: number }).__reads);
    expect(await reads()).toBe(dayFiles().length);

    await page.clock.fastForward("05:00");
    await expect.poll(() => wanliniu.getByTestId("item-time").textContent()).toBe("截止 09:30 · 还剩 15 分");
    await page.clock.fastForward("20:00");
    await expect.poll(() => wanliniu.getAttribute("data-state")).toBe("overdue");
    expect(await wanliniu.getByTestId("item-time").textContent()).toBe("截止 09:30 · 超时 5 分");
    expect(await wanliniu.getByTestId("item-state").textContent()).toBe("已超时");
    expect(await page.getByTestId("checked-at").textContent()).toContain("检查时间 11-25 09:35");
    expect(await reads()).toBe(dayFiles().length);
    expect(session.leaks).toEqual([]);
  });

  it("fits 320 px and 800 px with files, an open item and a row shown; every control is reached by Tab with a visible focus", async () => {
    for (const width of [320, 800]) {
      session = await openTaskpane(browser, { kind: "file" }, { width, height: 800 }, undefined, { now: AT });
      const { page } = session;
      await openDailyTab(page);
      await chooseDay(page);
      const item = await openItem(page, "wanliniu-abnormal");
      await item.locator(".group-row-button").first().click();
      await item.getByTestId("row-cells").waitFor();
      await expectNoHorizontalScroll(page);
      await expectNoSeriousViolations(page);

      if (width === 320) {
        // Tab from the top: every control of the tab is reached, and each shows where the focus is.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const panel = page.locator("#panel-daily");
        const controls = await panel.evaluate(
          (root) => root.querySelectorAll("button:not([disabled]), a[href], input:not([disabled])").length,
        );
        const reached = new Set<string>();
        const unseen: string[] = [];
        for (let i = 0; i < controls + 12; i++) {
          await page.keyboard.press("Tab");
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || !document.getElementById("panel-daily")?.contains(el)) return null;
            const visible = (style: CSSStyleDeclaration) =>
              (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) ||
              (style.boxShadow !== "none" && style.boxShadow !== "") ||
              (style.borderStyle !== "none" &&
                Number.parseFloat(style.borderWidth) > 0 &&
                style.content !== "");
            const own = getComputedStyle(el);
            const after = getComputedStyle(el, "::after");
            const ring =
              visible(own) ||
              (after.content !== "none" && visible(after)) ||
              el.hasAttribute("data-fui-focus-visible");
            if (!el.dataset.tabProbe) el.dataset.tabProbe = String(Math.random());
            return { id: el.dataset.tabProbe, name: `${el.tagName} ${el.textContent?.slice(0, 30)}`, ring };
          });
          if (!focus) continue;
          reached.add(focus.id);
          if (!focus.ring) unseen.push(focus.name);
        }
        expect(unseen).toEqual([]);
        expect(reached.size).toBe(controls);
      }
      await page.close();
      session = undefined;
    }
  });
});

const PASTE_SHEET_OF: Record<string, string> = {
  "315订单": "315导出",
  WMS物流: "WMS导出",
  万里牛订单: "万里牛导出",
  售后单: "售后单导出",
  官网订单: "官网导出",
  寻医问药订单: "寻医问药导出",
  平安好医生订单: "平安好医生导出",
  拼多多订单: "拼多多导出",
  缺货清单: "缺货清单",
  苏宁订单: "苏宁导出",
  药房网订单: "药房网导出",
};

describe("今日待办 in Excel (fake Office.js)", () => {
  it("prepares paste sheets, reads the pasted exports by their headers, leads to a finding's row, opens the back office in Office's window", async () => {
    session = await openTaskpane(
      browser,
      {
        kind: "excel",
        options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9", OpenBrowserWindowApi: "1.1" } },
      },
      { width: 420, height: 900 },
      undefined,
      { now: AT },
    );
    const { page } = session;
    await openDailyTab(page);
    await page.getByRole("button", { name: "准备粘贴" }).click();
    await page.getByText(/已新建/).waitFor();
    const fake = <T>(fn: string, ...args: unknown[]) =>
      page.evaluate(
        ({ fn, args }) =>
          // biome-ignore lint/suspicious/noExplicitAny: the fake's own API in the page
          (window as any).__fakeExcel[fn](...args) as unknown,
        { fn, args },
      ) as Promise<T>;
    const sheets = await fake<string[]>("sheetNames");
    expect(sheets).toEqual(expect.arrayContaining(Object.values(PASTE_SHEET_OF)));
    expect(await fake<string>("formatAt", "万里牛导出", 0, 0)).toBe("@");

    // Each export pasted into its sheet, as copied from the opened file.
    const pasted: { sheet: string; rows: string[][] }[] = [];
    for (const file of dayFiles()) {
      const sheet = PASTE_SHEET_OF[file.name.replace(/_\d{8}\.xlsx$/, "")];
      if (!sheet) throw new Error(`no paste sheet for ${file.name}`);
      pasted.push({ sheet, rows: await copiedText(file.bytes) });
    }
    for (const { sheet, rows } of pasted) await fake("paste", sheet, rows);
    await page.getByRole("button", { name: "读取工作表" }).click();
    await expect.poll(() => page.getByTestId("daily-file").count()).toBe(pasted.length);

    // The same library over the same values in Node: the tab must show exactly this checklist.
    const inputs: DayExport[] = [];
    for (const sheet of sheets.filter((name) => pasted.some((p) => p.sheet === name))) {
      const rows = pasted.find((p) => p.sheet === sheet)?.rows ?? [];
      inputs.push(
        await readDayExport(tableFromValues(asRangeValues(rows), { sheetName: sheet }), { fileName: sheet }),
      );
    }
    const list = checklist({ now: AT, config: DEFAULT_CONFIG, inputs });
    expect(list.items.filter((i) => i.findings.length > 0).length).toBeGreaterThan(5);
    const day: CliDay = {
      ...cli.day,
      verdict: formatVerdictZh(list),
      items: list.items.map((r) => ({
        id: r.item.id,
        state: r.state,
        deadline: r.deadline.toISOString(),
        minutesLeft: r.minutesLeft,
        groups: [],
      })),
    };
    await expectChecklist(page, day);

    // A row of a finding selects that row of its pasted sheet; a 发货失败 order offers 写拦截报备.
    const abnormal = list.items.find((i) => i.item.id === "wanliniu-abnormal");
    const failedIndex =
      abnormal?.groups.findIndex((g) => {
        const first = g.findings[0];
        return first?.code === "wanliniu-abnormal" && first.params.kind === "ship_failed";
      }) ?? -1;
    const finding = abnormal?.groups[failedIndex]?.findings[0];
    if (finding?.row === undefined) throw new Error("no 万里牛 发货失败 finding with a row");
    expect(finding.file).toBe("万里牛导出");
    const item = await openItem(page, "wanliniu-abnormal");
    await item
      .getByTestId("finding-group")
      .nth(failedIndex)
      .getByRole("button", { name: rowButton("万里牛导出", finding.row) })
      .click();
    const state = () =>
      page.evaluate(() => (window as unknown as { __fakeExcel: { state: unknown } }).__fakeExcel.state);
    await expect
      .poll(state)
      .toMatchObject({ selection: { sheet: "万里牛导出", address: `${finding.row}:${finding.row}` } });
    await item.getByRole("button", { name: "写拦截报备" }).waitFor();

    // The back office opens in Office's browser window, not in the taskpane.
    const pages = browser.context.pages().length;
    await item.getByTestId("back-office").click();
    await expect.poll(state).toMatchObject({ openedWindows: [DEFAULT_CONFIG.links.wanliniu] });
    expect(browser.context.pages().length).toBe(pages);
    await expectNoSeriousViolations(page);
    await screenshot(page, "taskpane-daily-excel.png");

    const saved = await download(page, "导出今日表格");
    expect(saved.fileName).toBe(reportFileName("2026-11-25"));
    expect(await allSheetRows(saved.bytes)).toEqual(
      await allSheetRows(await checklistBytes(list, DEFAULT_CONFIG.links)),
    );
    expect(session.leaks).toEqual([]);
  });

  it("on Excel for Mac opens the day's workbook as a new workbook and shows its name; without OpenBrowserWindowApi the back office is a plain link", async () => {
    session = await openTaskpane(
      browser,
      { kind: "excel", options: { host: "Excel", platform: "Mac", sets: { ExcelApi: "1.8" } } },
      { width: 420, height: 900 },
      undefined,
      { now: AT },
    );
    const { page } = session;
    await openDailyTab(page);
    const wanliniu = dayFiles().find((f) => f.name.startsWith("万里牛"));
    if (!wanliniu) throw new Error("no 万里牛 example");
    const rows = await copiedText(wanliniu.bytes);
    await page.evaluate((rows) => {
      (window as unknown as { __fakeExcel: { paste: (s: string, r: string[][]) => void } }).__fakeExcel.paste(
        "Sheet1",
        rows,
      );
    }, rows);
    await page.getByRole("button", { name: "读取工作表" }).click();
    await expect
      .poll(() => page.getByTestId("daily-file-kind").first().textContent())
      .toContain("万里牛订单导出");
    // Pasted into a General sheet, an 18-digit order number arrived as a number: the tab says so.
    await expect
      .poll(() => page.getByTestId("daily-file-destroyed").textContent())
      .toMatch(/科学计数法.*准备粘贴/);
    const link = page
      .locator('[data-testid=daily-item][data-item="wanliniu-abnormal"]')
      .getByTestId("back-office");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");

    await page.getByRole("button", { name: "导出今日表格 (在新工作簿中打开)" }).click();
    await expect
      .poll(() => page.getByTestId("daily-file-name").textContent())
      .toBe(reportFileName("2026-11-25"));
    const created = await page.evaluate(
      () =>
        (window as unknown as { __fakeExcel: { state: { createdWorkbooks: string[] } } }).__fakeExcel.state
          .createdWorkbooks,
    );
    expect(created).toHaveLength(1);
    // The values as the workbook holds them: pasted into a General sheet (no 准备粘贴), long numbers turned numeric.
    const held = await page.evaluate(() =>
      (
        window as unknown as { __fakeExcel: { sheetValues: (s: string) => unknown[][] } }
      ).__fakeExcel.sheetValues("Sheet1"),
    );
    const input = await readDayExport(
      tableFromValues(asRangeValues(held as string[][]), { sheetName: "Sheet1" }),
      {
        fileName: "Sheet1",
      },
    );
    const list = checklist({ now: AT, config: DEFAULT_CONFIG, inputs: [input] });
    expect(await allSheetRows(new Uint8Array(Buffer.from(created[0] ?? "", "base64")))).toEqual(
      await allSheetRows(await checklistBytes(list, DEFAULT_CONFIG.links)),
    );
    expect(session.leaks).toEqual([]);
  });
});

const TICKS_KEY = "syt-daily-ticks";

/** The ids of the items in one part of the list (现在要做, 其余待办, 已完成), top to bottom. */
const bucketIds = (page: Page, bucket: "now" | "rest" | "done") =>
  page
    .locator(`[data-testid=daily-bucket][data-bucket=${bucket}] [data-testid=daily-item]`)
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-item")));

const itemBox = (page: Page, id: string) => page.locator(`[data-testid=daily-item][data-item="${id}"]`);

describe("今日待办 worked down (ticks, 现在要做, the COD item)", () => {
  it("opens on 今日待办; ticks an item and a group, keeps them through a reload, and reopens the group when an export shows other orders", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 320, height: 900 }, undefined, {
      now: AT,
      tab: null,
    });
    const { page } = session;
    // The day starts with the 09:30 万里牛 block: the taskpane opens on it.
    await page.getByTestId("daily").waitFor();
    expect(await page.getByRole("tab", { name: "今日待办" }).getAttribute("aria-selected")).toBe("true");
    await chooseDay(page);
    const day = cli.day;
    const now = day.items.filter((i) => i.state === "due-soon" || i.state === "overdue").map((i) => i.id);
    expect(now).toContain("wanliniu-abnormal");
    await expect.poll(() => bucketIds(page, "now")).toEqual(now);
    expect(await page.locator("[data-bucket=now] h3").textContent()).toBe(`现在要做 (${now.length})`);

    // A group of 关注异常订单 ticked with the orders it shows; another 09:30 item ticked as a whole.
    const other = now.find((id) => id !== "wanliniu-abnormal");
    if (!other) throw new Error("only one item is due at 09:10");
    const wanliniu = await openItem(page, "wanliniu-abnormal");
    const group = wanliniu.getByTestId("group-tick").first();
    await group.getByRole("checkbox", { name: "标为已处理" }).check();
    await expect.poll(() => group.getAttribute("data-tick")).toBe("ticked");
    expect(await group.textContent()).toBe("已处理 09:10");
    // Ticked, the item moves to 已完成 (another list): a click, not check(), which expects the same element.
    const open = [...(await bucketIds(page, "now")), ...(await bucketIds(page, "rest"))];
    const next = open[open.indexOf(other) + 1] ?? open[open.indexOf(other) - 1];
    if (!next) throw new Error("no other open item to go on to");
    const box = itemBox(page, other).getByRole("checkbox", { name: "标为已处理" });
    await box.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await box.click();
    await expect.poll(() => bucketIds(page, "done")).toContain(other);
    // The keyboard goes on to the next open item, where the ticked one stood: the page stays put.
    await expect
      .poll(() => itemBox(page, next).evaluate((el) => el.contains(document.activeElement)))
      .toBe(true);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(200);
    expect(await itemBox(page, other).getByTestId("item-state").textContent()).toBe("已处理");
    expect(await itemBox(page, other).getByTestId("item-tick").textContent()).toBe("已处理 09:10");
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);

    // Reloaded (the files chosen again): the ticks are still there, for today.
    await page.reload();
    await chooseDay(page);
    await expect.poll(() => bucketIds(page, "done")).toContain(other);
    expect(await itemBox(page, other).getByRole("checkbox").isChecked()).toBe(true);
    const again = await openItem(page, "wanliniu-abnormal");
    expect(await again.getByTestId("group-tick").first().getAttribute("data-tick")).toBe("ticked");
    await screenshot(page, "taskpane-daily-ticked.png");

    // A new 万里牛 export: the same problem, but one of its orders is another order now. The group
    // opens again and names the order its tick did not cover.
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), TICKS_KEY)) ?? "{}");
    const [tick] = Object.values(stored.groups as Record<string, { orders: string[] }>);
    const first = tick?.orders[0];
    if (!first) throw new Error("the group's tick was not stored with its orders");
    const renamed = `${first.slice(0, -1)}${first.endsWith("7") ? "8" : "7"}`;
    expect(tick?.orders).not.toContain(renamed);
    const wanliniuFile = dayFiles().find((f) => f.name.startsWith("万里牛订单"));
    if (!wanliniuFile) throw new Error("no 万里牛 export among the day's files");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(wanliniuFile.bytes.slice().buffer);
    let replaced = 0;
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === first) {
            cell.value = renamed;
            replaced++;
          }
        }),
      ),
    );
    expect(replaced).toBeGreaterThan(0);
    await page.getByTestId("daily-files").setInputFiles({
      name: wanliniuFile.name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    // The item stays open over the new export.
    const back = again.getByTestId("group-tick").first();
    await expect.poll(() => back.getAttribute("data-tick")).toBe("reopened");
    expect(await back.getByRole("checkbox").isChecked()).toBe(false);
    expect(await back.getByTestId("group-reopened").textContent()).toBe(
      `又出现了: 09:10 标过已处理, 这次的导出里有 1 个订单不在当时的名单里 (${renamed})`,
    );
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);
    await screenshot(page, "taskpane-daily-reopened.png");

    // Unticked, the item goes back among what is to do now.
    await itemBox(page, other).getByRole("checkbox").click();
    await expect.poll(() => bucketIds(page, "now")).toContain(other);
    await page.evaluate((k) => localStorage.removeItem(k), TICKS_KEY);
  });

  it("at 15:30 puts what is due now first, and the 09:30 items ticked at 09:20 last", async () => {
    const afternoon = runDailyCli("2026-11-25", "15:30").day;
    const at = new Date("2026-11-25T15:30:00+08:00");
    session = await openTaskpane(browser, { kind: "file" }, { width: 420, height: 900 }, undefined, {
      now: at,
      tab: null,
    });
    const { page } = session;
    await page.getByTestId("daily").waitFor();
    await chooseDay(page);
    // Nothing ticked yet: the four 09:30 items are overdue and lead the list.
    await expectChecklist(page, afternoon);
    const morning = afternoon.items.filter((i) => itemTimeStarts(i, "09:30")).map((i) => i.id);
    expect(morning.length).toBeGreaterThan(0);
    const ticks = {
      date: "2026-11-25",
      items: Object.fromEntries(morning.map((id) => [id, { at: "2026-11-25T01:20:00.000Z" }])),
      groups: {},
    };
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k as string, v as string),
      [TICKS_KEY, JSON.stringify(ticks)],
    );
    await page.reload();
    await chooseDay(page);
    const ticked = new Set(morning);
    const due = taskpaneOrder(afternoon.items).filter(
      (i) => !ticked.has(i.id) && (i.state === "overdue" || i.state === "due-soon"),
    );
    await expect.poll(() => bucketIds(page, "now")).toEqual(due.map((i) => i.id));
    expect(await page.getByTestId("daily-item").first().getAttribute("data-item")).not.toBe(morning[0]);
    // Ticked, the morning items are with what is done (in the routine's order there).
    const done = await bucketIds(page, "done");
    expect(morning.filter((id) => !done.includes(id))).toEqual([]);
    expect(
      await itemBox(page, morning[0] as string)
        .getByTestId("item-tick")
        .textContent(),
    ).toBe("已处理 09:20");
    await page.evaluate((k) => localStorage.removeItem(k), TICKS_KEY);
  });

  it("the 17:00 COD item opens 货到付款, is due soon at 16:30, and is done once today's report is saved", async () => {
    const files = exportFiles();
    session = await openTaskpane(browser, { kind: "file" }, { width: 420, height: 900 }, undefined, {
      now: new Date("2026-11-25T16:30:00+08:00"),
      tab: null,
    });
    const { page } = session;
    const cod = itemBox(page, "cod-report");
    await expect.poll(() => cod.getAttribute("data-state")).toBe("due-soon");
    expect(await cod.getByTestId("item-time").textContent()).toBe("截止 17:00 · 还剩 30 分");
    expect(await cod.textContent()).not.toContain("pnpm");
    await cod.getByRole("button", { name: "打开货到付款" }).click();
    expect(await page.getByRole("tab", { name: "货到付款" }).getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    // Generated but not saved: the item is still to do.
    await page.getByRole("tab", { name: "今日待办" }).click();
    expect(await cod.getAttribute("data-state")).toBe("due-soon");
    await page.getByRole("tab", { name: "货到付款" }).click();
    await download(page, "保存文件");
    await page.getByRole("tab", { name: "今日待办" }).click();
    await expect.poll(() => cod.getAttribute("data-state")).toBe("done");
    expect(await cod.getByTestId("item-reason").textContent()).toBe("今天的货到付款日报已保存 (16:30)");
    expect(await bucketIds(page, "done")).toContain("cod-report");
    await expectNoSeriousViolations(page);
    // Kept with the day's ticks: still done after a reload.
    await page.reload();
    await expect.poll(() => itemBox(page, "cod-report").getAttribute("data-state")).toBe("done");
    await page.evaluate((k) => localStorage.removeItem(k), TICKS_KEY);
  });

  it("in Excel keeps the ticks in the workbook: opened again, the workbook still has them", async () => {
    session = await openTaskpane(
      browser,
      { kind: "excel", options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" } } },
      { width: 320, height: 900 },
      undefined,
      { now: AT, tab: null },
    );
    let { page } = session;
    await itemBox(page, "wanliniu-abnormal").getByRole("checkbox", { name: "标为已处理" }).click();
    const saved = async () =>
      (await page.evaluate(
        () =>
          (window as unknown as { __fakeExcel: { state: { savedSettings: Record<string, unknown> } } })
            .__fakeExcel.state.savedSettings,
      )) as Record<string, unknown>;
    await expect.poll(async () => typeof (await saved())[TICKS_KEY]).toBe("string");
    const settings = await saved();
    expect(JSON.parse(settings[TICKS_KEY] as string)).toMatchObject({
      date: "2026-11-25",
      items: { "wanliniu-abnormal": { at: "2026-11-25T01:10:00.000Z" } },
    });
    // Nothing of it in the browser's storage: another workbook starts clean.
    expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
    await page.close();

    session = await openTaskpane(
      browser,
      { kind: "excel", options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" }, settings } },
      { width: 320, height: 900 },
      undefined,
      { now: AT, tab: null },
    );
    page = session.page;
    const item = itemBox(page, "wanliniu-abnormal");
    await expect.poll(() => item.getByTestId("item-tick").textContent()).toBe("已处理 09:10");
    expect(await bucketIds(page, "done")).toContain("wanliniu-abnormal");
    await expectNoHorizontalScroll(page);
    await expectNoSeriousViolations(page);
    await screenshot(page, "taskpane-daily-excel-ticked.png");
  });
});

function itemTimeStarts(item: CliDay["items"][number], time: string): boolean {
  return formatBusinessTime(new Date(item.deadline), "HH:mm") === time;
}
