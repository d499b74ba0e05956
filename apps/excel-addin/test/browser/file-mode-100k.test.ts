import path from "node:path";
import { buildCodReport } from "@syt/cod-report";
import { formatFen } from "@syt/orders-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Chromium, FIXED_NOW, launchChromium, openTaskpane, type Session } from "./browser";
import { bigDayExports, type ExportFiles } from "./inputs";
import { expectGroupedReport } from "./report-checks";

/** Product-line rows of the 官网 export: the yardstick's busy day. */
const LINE_ROWS = 100_000;

let browser: Chromium;
let files: ExportFiles;
let session: Session | undefined;

beforeAll(async () => {
  [browser, files] = await Promise.all([launchChromium(), bigDayExports(LINE_ROWS)]);
});

afterAll(async () => {
  await session?.page.close();
  await browser?.close();
});

interface Watch {
  resources: () => { name: string }[];
  /** Each DecompressionStream the page opened: its format, and whether the verdict was on screen by then. */
  streams: { format: string; afterVerdict: boolean }[];
}

/**
 * Records every DecompressionStream the page opens. Each read opens one to probe for `deflate-raw`
 * before choosing an inflate; any further one inflates a zip entry. Runs before the page's fixed
 * clock is installed, which empties the resource timings: the real ones are kept here.
 */
function watchDecompression(): void {
  const entries = performance.getEntriesByType.bind(performance);
  const watch: Watch = { resources: () => entries("resource"), streams: [] };
  const Native = window.DecompressionStream;
  class Watched extends Native {
    constructor(format: CompressionFormat) {
      super(format);
      watch.streams.push({
        format,
        afterVerdict: document.querySelector('[data-testid="verdict"]') !== null,
      });
    }
  }
  Object.assign(window, { DecompressionStream: Watched, __watch: watch });
}

describe("file mode on a busy day (100,000 order lines)", () => {
  it("reads both xlsx exports with the browser's own inflate and shows the report the library makes of them", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 760, height: 900 }, watchDecompression);
    const { page } = session;
    await page.getByTestId("file-mode-notice").waitFor();
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    const generate = page.getByRole("button", { name: "生成报表" });
    await expect.poll(() => generate.isEnabled()).toBe(true);

    // The verdict, then the report file: 保存文件 is enabled once it is written.
    await generate.click();
    // Timeouts long enough for a busy machine: they stop a hang, the bench measures the time.
    await page.getByTestId("verdict").waitFor({ timeout: 200_000 });
    await expect
      .poll(() => page.getByRole("button", { name: "保存文件", exact: true }).isEnabled(), {
        timeout: 200_000,
      })
      .toBe(true);

    // Every inflate stream the page opened, and whether exceljs was fetched (the report writes without it).
    const { streams, exceljsFetched } = await page.evaluate(() => {
      const watch = (window as unknown as { __watch: Watch }).__watch;
      return {
        streams: watch.streams,
        exceljsFetched: watch
          .resources()
          .filter((entry) => /\/assets\/exceljs[^/]*\.js$/.test(entry.name))
          .map((entry) => entry.name),
      };
    });

    const { summary } = await buildCodReport({
      now: FIXED_NOW,
      orders: { bytes: files.orders.bytes, fileName: path.basename(files.orders.path) },
      wms: { bytes: files.wms.bytes, fileName: path.basename(files.wms.path) },
    });
    expect(summary.rows.read).toBe(LINE_ROWS);
    expect(summary.wmsRows.read).toBeGreaterThan(10_000);
    await expect.poll(() => page.getByTestId("orders-kept").textContent()).toBe(`${summary.orders.kept} 单`);
    await page
      .getByText(
        `读取 ${summary.rows.read} 行: 保留 ${summary.rows.kept} 行, 排除 ${summary.rows.read - summary.rows.kept} 行; ` +
          `全部订单 ${summary.orders.total} 个; WMS 导出使用 ${summary.wmsRows.used}/${summary.wmsRows.read} 行`,
      )
      .waitFor();
    expect(await page.getByTestId("amount").textContent()).toBe(`¥${formatFen(summary.amountToCollectFen)}`);
    await expectGroupedReport(page, summary);

    // Two reads, two probes; every other stream inflated a part of one of the files with the browser's own
    // inflate (fflate is never used), all of them before the verdict; exceljs is never fetched.
    expect(streams.every((stream) => stream.format === "deflate-raw")).toBe(true);
    expect(streams.length).toBeGreaterThanOrEqual(2 + 2 * 2);
    expect(exceljsFetched).toEqual([]);
    expect(streams.filter((stream) => stream.afterVerdict)).toEqual([]);
    expect(session.leaks).toEqual([]);
  });
});
