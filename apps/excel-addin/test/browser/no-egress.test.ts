import path from "node:path";
import { buildCodReport, formatFindingZh } from "@syt/cod-report";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type Chromium,
  launchChromium,
  OFFICE_JS,
  OFFICE_JS_FOLDER,
  officeJsFile,
  openTaskpane,
  type Session,
} from "./browser";
import { dayFiles, openItem } from "./day-inputs";
import { exportFiles } from "./inputs";
import { rowButton } from "./report-checks";

// The file-mode page handles patients' data: nothing may leave it. office.js is answered here by
// Microsoft's own file (from the pinned `@microsoft/office-js`, as are the other files it loads from
// its CDN folder), so a page that loaded it would show up in `officeJs`, run it, and have its call
// to Microsoft's telemetry blocked into `leaks`. Nothing reaches the network: every request outside
// 127.0.0.1 is answered from the package or blocked, and Chromium resolves no host name.

const AT = new Date("2026-11-25T09:10:00+08:00");
let browser: Chromium;
let session: Session | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await session?.page.close();
  session = undefined;
});

type Page = Session["page"];

/** Office.js outside Office loads its mapping table, then after 3 s opens this page in a hidden frame. */
const TELEMETRY_PROXY =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** Microsoft's Office.js ran in the page: `Office.onReady` and its internal `OSF` namespace (the fake has no `OSF`). */
const ranOfficeJs = (page: Page) =>
  page.evaluate(() => {
    const win = window as unknown as { OSF?: unknown; Office?: { onReady?: unknown } };
    return typeof win.OSF === "object" && typeof win.Office?.onReady === "function";
  });

/** Every request the page made went to its own origin (or a blob/data URL it made itself). */
function expectOwnOrigin(session: Session, origin: string) {
  expect(
    session.requests.filter((url) => !/^(blob|data):/.test(url) && !url.startsWith(`${origin}/`)),
  ).toEqual([]);
  expect(session.leaks).toEqual([]);
  expect(session.officeJs).toEqual([]);
}

describe("file mode (index.html) calls no one", () => {
  it("loads, reads the day's exports, opens a finding, writes 拦截报备 for it, makes the COD report: every request stays on its origin", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 420, height: 900 }, undefined, {
      now: AT,
    });
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    expect(await page.getByTestId("file-mode-notice").textContent()).toContain("本页不连接任何外部服务器");

    // 今日待办: the day's exports, a finding's row, 写拦截报备 for its order.
    await page.getByRole("tab", { name: "今日待办" }).click();
    await page.getByTestId("daily-files").setInputFiles(dayFiles().map((f) => f.path));
    await expect.poll(() => page.getByTestId("daily-file").count()).toBe(dayFiles().length);
    const item = await openItem(page, "wanliniu-abnormal");
    // A 发货失败 order (not 万里牛's own 拦截 hold): it offers 写拦截报备.
    const row = item
      .getByTestId("finding-group")
      .filter({ hasText: "发货失败" })
      .locator(".group-row-button")
      .first();
    const where = (await row.locator(".group-row-where").textContent()) ?? "";
    // A row starts with its order number, then the file and the row.
    const [, file, rowNumber] = /(?:^|· )(\S+) 第 (\d+) 行/.exec(where) ?? [];
    await row.click();
    await item.getByRole("button", { name: "写拦截报备" }).click();
    await expect
      .poll(() => page.getByRole("tab", { name: "消息" }).getAttribute("aria-selected"))
      .toBe("true");
    await page.getByTestId("messages-tab").waitFor();
    await expect
      .poll(() => page.getByTestId("messages-tab").textContent())
      .toContain(`${file} · 第 ${rowNumber} 行`);

    // 货到付款: the two exports, the report, a finding's row and its 写拦截报备.
    const files = exportFiles();
    await page.getByRole("tab", { name: "货到付款" }).click();
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.locator("#panel-cod").getByTestId("report").waitFor();
    const { summary } = await buildCodReport({
      now: AT,
      orders: { bytes: files.orders.bytes, fileName: path.basename(files.orders.path) },
      wms: { bytes: files.wms.bytes, fileName: path.basename(files.wms.path) },
    });
    // A 申通 order: it has a waybill, so it offers 写拦截报备.
    const index = summary.groups.findIndex((g) => g.code === "not-zto");
    const finding = summary.groups[index]?.findings.find(
      (f) => f.orderNo !== undefined && f.row !== undefined,
    );
    if (!finding) throw new Error("no COD finding of an order");
    // 今日待办 stays mounted (hidden) beside it: look in the 货到付款 panel only.
    const group = page.locator("#panel-cod").getByTestId("finding-group").nth(index);
    const toggle = group.getByRole("button", { name: "查看每一行" });
    if (await toggle.count()) await toggle.click();
    const ordersFile = path.basename(files.orders.path);
    await group.getByRole("button", { name: rowButton(ordersFile, finding.row ?? 0) }).click();
    await expect
      .poll(() => group.getByTestId("finding-detail").textContent())
      .toContain(formatFindingZh(finding));
    await group.getByRole("button", { name: "写拦截报备" }).click();
    await expect
      .poll(() => page.getByRole("tab", { name: "消息" }).getAttribute("aria-selected"))
      .toBe("true");
    await expect
      .poll(() => page.getByTestId("messages-tab").textContent())
      .toContain(`${ordersFile} · 第 ${finding.row} 行`);

    // Back to 货到付款: the report is still there and saves.
    await page.getByRole("tab", { name: "货到付款" }).click();
    await page.getByText("正在生成文件…").waitFor({ state: "detached" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "保存文件" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(summary.fileName);

    expect(await ranOfficeJs(page)).toBe(false);
    expect(await page.evaluate(() => "Office" in window || "Excel" in window || "OSF" in window)).toBe(false);
    expectOwnOrigin(session, browser.server.origin);
    expect(session.requests.length).toBeGreaterThan(3);
  });

  it("would see office.js and its telemetry: taskpane.html, the Office page, loads Microsoft's office.js, which calls out", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 420, height: 900 }, undefined, {
      now: AT,
    });
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    expect(session.officeJs).toEqual([]);
    await page.goto(`${browser.server.origin}/taskpane.html`);
    await expect.poll(() => ranOfficeJs(page)).toBe(true);
    // Outside Office, Office.js says so and the page falls back to file mode.
    await page.getByTestId("file-mode-notice").waitFor();
    await expect.poll(() => session?.leaks, { timeout: 15_000 }).toEqual([TELEMETRY_PROXY]);
    expect(session.officeJs).toEqual([OFFICE_JS, `${OFFICE_JS_FOLDER}o15apptofilemappingtable.js`]);
    expect(session.officeJs.filter((url) => !officeJsFile(url))).toEqual([]);
    expect(
      session.requests.filter(
        (url) => !url.startsWith(`${browser.server.origin}/`) && !session?.officeJs.includes(url),
      ),
    ).toEqual([TELEMETRY_PROXY]);
  });

  it("sends Office on to taskpane.html when an old manifest still opens index.html (Office adds _host_Info)", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 420, height: 900 }, undefined, {
      now: AT,
    });
    const { page } = session;
    const query = "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0";
    await page.goto(`${browser.server.origin}/index.html${query}`);
    await page.waitForURL(`${browser.server.origin}/taskpane.html${query}`);
    await expect.poll(() => ranOfficeJs(page)).toBe(true);
    // Office.js reads the host from _host_Info and loads Excel's Win32 script and its zh-CN strings.
    await expect
      .poll(() => [...(session?.officeJs ?? [])].sort())
      .toEqual(
        [
          OFFICE_JS,
          `${OFFICE_JS_FOLDER}excel-win32-16.01.js`,
          `${OFFICE_JS_FOLDER}zh-cn/office_strings.js`,
        ].sort(),
      );
    expect(session.officeJs.filter((url) => !officeJsFile(url))).toEqual([]);
  });
});
