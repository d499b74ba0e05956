import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseOrders } from "@syt/platform-adapters";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./a11y";
import { type Chromium, download, launchChromium, openTaskpane, paste, type Session } from "./browser";
import { expectNoHorizontalScroll } from "./day-inputs";
import { copiedText, exportFiles } from "./inputs";

const REPO = path.resolve(import.meta.dirname, "../../../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "syt-mapping-"));
const renamedFile = path.join(dir, "官网订单_新后台.xlsx");
let browser: Chromium;
let firstOrderNos: string[];

/** The example 官网 export with its 订单编号 column renamed by a new back office: no alias names it. */
async function writeRenamedExport(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(exportFiles().orders.bytes.slice().buffer);
  let renamed = 0;
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === "订单编号") {
          cell.value = "网店单号";
          renamed++;
        }
      }),
    );
  expect(renamed).toBe(1);
  writeFileSync(renamedFile, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function runCod(orders: string, extra: string[] = []) {
  const out = mkdtempSync(path.join(dir, "out-"));
  try {
    const stdout = execFileSync(
      "node",
      [
        "packages/cod-report/dist/cli.js",
        "--orders",
        orders,
        "--date",
        "2026-11-25",
        "--out",
        out,
        "--json",
        ...extra,
      ],
      { cwd: REPO, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    return { status: 0, json: JSON.parse(stdout) as Record<string, unknown> };
  } catch (failed) {
    const error = failed as { status: number; stdout: string };
    return { status: error.status, json: JSON.parse(error.stdout) as Record<string, unknown> };
  }
}

beforeAll(async () => {
  await writeRenamedExport();
  const original = await parseOrders(exportFiles().orders.bytes, { fileName: "官网订单导出_示例.xlsx" });
  firstOrderNos = original.orders.slice(0, 5).map((o) => o.orderNo);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Page = Session["page"];

async function expectNoHorizontalScrollIn(page: Page) {
  await expectNoHorizontalScroll(page);
  // The dialog's own surface: nothing in it wider than the pane.
  const wide = await page.locator(".mapping-dialog").evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    right: el.getBoundingClientRect().right,
  }));
  expect(wide.scroll).toBeLessThanOrEqual(wide.client);
  expect(wide.right).toBeLessThanOrEqual(350);
}

describe("设置表头对应 in file mode", () => {
  it("maps an export no layout reads, in 今日待办 and 货到付款, kept over a reload and read by the CLI", async () => {
    const session = await openTaskpane(browser, { kind: "file" }, { width: 350, height: 900 }, undefined, {
      tab: "货到付款",
    });
    const { page } = session;

    // 货到付款: the unrecognised file is an error, with the way out under it.
    await page.getByTestId("orders-file").setInputFiles(renamedFile);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByRole("alert").first().waitFor();
    await page.getByTestId("map-unrecognised").waitFor();
    expect(await page.getByTestId("verdict").count()).toBe(0);

    // 今日待办: the same file listed as not recognised, with 设置表头对应.
    await page.getByRole("tab", { name: "今日待办" }).click();
    await page.getByTestId("daily-files").setInputFiles(renamedFile);
    const card = page.getByTestId("daily-file");
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByTestId("daily-file-kind").getAttribute("class")).toContain("text-danger");
    await card.getByTestId("map-export").click();

    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("mapping-form").waitFor();
    expect(await dialog.getByTestId("mapping-header").textContent()).toContain("网店单号");
    // The guesses are prefilled; the renamed column is not guessed and the order number is asked for.
    expect(await dialog.getByTestId("mapping-field-totalAmount").inputValue()).toBe("订单总金额（元）");
    expect(await dialog.getByTestId("mapping-field-payment").inputValue()).toBe("订单支付方式");
    expect(await dialog.getByTestId("mapping-field-orderNo").inputValue()).toBe("");
    expect(await dialog.getByTestId("mapping-problems").textContent()).toContain("请选择「订单号」在哪一列");
    expect(await dialog.getByTestId("mapping-save").isDisabled()).toBe(true);

    await dialog.getByTestId("mapping-field-orderNo").selectOption("网店单号");
    await expect
      .poll(() => dialog.getByTestId("mapping-preview-row").allTextContents())
      .toEqual(firstOrderNos.map((n) => expect.stringMatching(new RegExp(`^${n} · `))));
    // Phones stay masked in the preview.
    expect((await dialog.getByTestId("mapping-preview").textContent()) ?? "").not.toMatch(/1[3-9]\d{9}/);
    await settleDialog(page);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoHorizontalScrollIn(page);

    await dialog.getByTestId("mapping-save").click();
    await dialog.getByTestId("mapping-saved").waitFor();
    const json = await download(page, /下载 JSON/, dir);
    expect(json.fileName).toMatch(/^guanwang-[0-9a-f]{6}\.json$/);
    await dialog.getByTestId("mapping-close").click();

    // 今日待办 now reads the file through the saved profile.
    await expect
      .poll(() => card.getByTestId("daily-file-kind").textContent())
      .toMatch(/^官网订单导出 · \d+ 行/);
    expect(await card.getByTestId("map-export").count()).toBe(0);

    // The CLI reads the same file with the JSON the page gave.
    const profiles = path.join(dir, "profiles");
    mkdirSync(profiles);
    writeFileSync(path.join(profiles, json.fileName), json.bytes);
    expect(runCod(renamedFile).status).toBe(2);
    const cli = runCod(renamedFile, ["--profiles", profiles]);
    const original = runCod(exportFiles().orders.path);
    expect(cli.status).toBe(0);
    expect(cli.json.orders).toEqual(original.json.orders);
    expect(cli.json.amountToCollectFen).toBe(original.json.amountToCollectFen);

    // After a reload the profile is still used: 货到付款 makes the report from the renamed file.
    await page.reload();
    await page.getByRole("tab", { name: "货到付款" }).click();
    await page.getByTestId("orders-file").setInputFiles(renamedFile);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("map-unrecognised").count()).toBe(0);
    await expectNoHorizontalScroll(page);

    // 今日待办 lists the saved profile; removed, the file is not read any more and can be mapped again.
    await page.getByRole("tab", { name: "今日待办" }).click();
    await page.getByTestId("daily-files").setInputFiles(renamedFile);
    await expect
      .poll(() => card.getByTestId("daily-file-kind").textContent())
      .toMatch(/^官网订单导出 · \d+ 行/);
    const saved = page.getByTestId("saved-profile");
    expect(await saved.count()).toBe(1);
    await saved.getByTestId("profile-remove").click();
    await expect
      .poll(() => card.getByTestId("daily-file-kind").getAttribute("class"))
      .toContain("text-danger");
    expect(await card.getByTestId("map-export").count()).toBe(1);
    expect(await page.getByTestId("saved-profile").count()).toBe(0);
    await page.close();
  });
});

/**
 * Fluent's dialog keeps its finished open motion (fill: forwards) on the surface and backdrop:
 * settled, its styles committed, so that axe's wait for running animations can end.
 */
async function settleDialog(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().every((a) => a.playState === "finished")))
    .toBe(true);
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      animation.commitStyles();
      animation.cancel();
    }
  });
}

describe("设置表头对应 in Excel mode", () => {
  it("货到付款 offers it under the error for a pasted 官网导出 it cannot read, makes the report after saving, and the workbook keeps it", async () => {
    const excel = { kind: "excel" as const, options: { host: "Excel" as const } };
    const session = await openTaskpane(browser, excel, { width: 350, height: 900 }, undefined, {
      tab: "货到付款",
    });
    const { page } = session;
    await page.getByRole("button", { name: "准备粘贴" }).click();
    await expect.poll(() => page.getByText("已新建").count()).toBe(1);
    const rows = await copiedText(new Uint8Array(readFileSync(renamedFile)));
    await paste(page, "官网导出", rows);

    // Refused, with the way out under the error, naming the paste sheet.
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByRole("alert").first().waitFor();
    const offer = page.getByTestId("map-unrecognised");
    await offer.waitFor();
    expect(await offer.textContent()).toContain("粘贴表「官网导出」的表头没有被识别");
    expect(await page.getByTestId("verdict").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await offer.getByTestId("map-export").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("mapping-form").waitFor();
    expect(await dialog.getByTestId("mapping-header").textContent()).toContain("网店单号");
    expect(await dialog.getByTestId("mapping-field-orderNo").inputValue()).toBe("");
    await dialog.getByTestId("mapping-field-orderNo").selectOption("网店单号");
    await expect
      .poll(() => dialog.getByTestId("mapping-preview-row").allTextContents())
      .toEqual(firstOrderNos.map((n) => expect.stringMatching(new RegExp(`^${n} · `))));
    await settleDialog(page);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoHorizontalScrollIn(page);
    await dialog.getByTestId("mapping-save").click();
    await dialog.getByTestId("mapping-saved").waitFor();
    await dialog.getByTestId("mapping-close").click();

    // Closed after saving: the report is made again from the same paste, now read.
    await page.getByTestId("verdict").waitFor();
    expect(await page.getByTestId("map-unrecognised").count()).toBe(0);
    const verdict = await page.getByTestId("verdict").textContent();
    expect(await seriousViolations(page)).toEqual([]);

    // The profile was saved with the workbook: opened again, the same paste makes the same report.
    const settings = await page.evaluate(
      () =>
        (window as unknown as { __fakeExcel: { state: { savedSettings: Record<string, unknown> } } })
          .__fakeExcel.state.savedSettings,
    );
    expect(Object.keys(settings)).toContain("syt-mapping-profiles");
    await page.close();
    const again = await openTaskpane(
      browser,
      { kind: "excel", options: { host: "Excel", settings } },
      { width: 350, height: 900 },
      undefined,
      { tab: "货到付款" },
    );
    await again.page.getByRole("button", { name: "准备粘贴" }).click();
    await expect.poll(() => again.page.getByText("已新建").count()).toBe(1);
    await paste(again.page, "官网导出", rows);
    await again.page.getByRole("button", { name: "生成报表" }).click();
    await again.page.getByTestId("verdict").waitFor();
    expect(await again.page.getByTestId("verdict").textContent()).toBe(verdict);
    expect(await again.page.getByTestId("map-unrecognised").count()).toBe(0);
    await again.page.close();
  });
});

describe("设置表头对应 in 消息", () => {
  it("an export 消息 cannot read is refused with 设置表头对应; once saved its orders are found by the search", async () => {
    const session = await openTaskpane(browser, { kind: "file" }, { width: 350, height: 900 }, undefined, {
      tab: "消息",
    });
    const { page } = session;
    await page.getByTestId("messages-export-file").setInputFiles(renamedFile);
    const offer = page.getByTestId("map-unrecognised");
    await offer.waitFor();
    expect(await offer.textContent()).toContain("「官网订单_新后台.xlsx」的表头没有被识别");
    expect(await page.getByRole("searchbox", { name: "查找订单" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await offer.getByTestId("map-export").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("mapping-form").waitFor();
    await dialog.getByTestId("mapping-field-orderNo").selectOption("网店单号");
    await dialog.getByTestId("mapping-preview-row").first().waitFor();
    await dialog.getByTestId("mapping-save").click();
    await dialog.getByTestId("mapping-saved").waitFor();
    await dialog.getByTestId("mapping-close").click();

    // Read again through the saved profile: listed as loaded, no error, its orders searchable.
    await expect.poll(() => page.getByTestId("loaded-exports").count()).toBe(1);
    expect(await page.getByTestId("loaded-exports").textContent()).toContain("官网订单_新后台.xlsx");
    expect(await page.getByTestId("map-unrecognised").count()).toBe(0);
    const wanted = firstOrderNos[0] as string;
    await page.getByRole("searchbox", { name: "查找订单" }).fill(wanted);
    await expect.poll(() => page.getByRole("list", { name: "找到的订单" }).textContent()).toContain(wanted);
    expect(await seriousViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Leave the browser's storage as found for the other tests.
    await page.evaluate(() => localStorage.removeItem("syt-mapping-profiles"));
    await page.close();
  });
});
