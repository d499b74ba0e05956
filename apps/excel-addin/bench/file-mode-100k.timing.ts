// `pnpm --filter excel-addin bench` (after `pnpm --filter excel-addin build`): the 100k-line busy day in
// file mode, timed as the operator waits for it. Figures only: what the page must do is asserted by
// test/browser/file-mode-100k.test.ts, and no time is asserted anywhere.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCodReport } from "@syt/cod-report";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Chromium, FIXED_NOW, launchChromium, openTaskpane, PACKAGE_DIR } from "../test/browser/browser";
import { bigDayExports, type ExportFiles } from "../test/browser/inputs";

const LINE_ROWS = 100_000;
const ROUNDS = Number(process.env.SYT_BENCH_ROUNDS ?? 3);
const RESULT_FILE = path.join(PACKAGE_DIR, ".bench/file-mode-100k.json");

let browser: Chromium;
let files: ExportFiles;

beforeAll(async () => {
  [browser, files] = await Promise.all([launchChromium(), bigDayExports(LINE_ROWS)]);
});

afterAll(async () => {
  await browser?.close();
});

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

it(`file mode, ${LINE_ROWS} order lines: click to verdict and to the file written, ${ROUNDS} rounds`, async () => {
  const rounds: { clickToReportMs: number; clickToFileMs: number; libraryInNodeMs: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const session = await openTaskpane(browser, { kind: "file" }, { width: 760, height: 900 });
    const { page } = session;
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    const generate = page.getByRole("button", { name: "生成报表" });
    await expect.poll(() => generate.isEnabled(), { timeout: 60_000 }).toBe(true);
    const save = page.getByRole("button", { name: "保存文件", exact: true });

    const clicked = performance.now();
    await generate.click();
    await page.getByTestId("verdict").waitFor({ timeout: 300_000 });
    const clickToReportMs = Math.round(performance.now() - clicked);
    await expect.poll(() => save.isEnabled(), { timeout: 300_000, interval: 20 }).toBe(true);
    const clickToFileMs = Math.round(performance.now() - clicked);
    await page.close();

    const libraryStarted = performance.now();
    await buildCodReport({
      now: FIXED_NOW,
      orders: { bytes: files.orders.bytes, fileName: path.basename(files.orders.path) },
      wms: { bytes: files.wms.bytes, fileName: path.basename(files.wms.path) },
    });
    rounds.push({
      clickToReportMs,
      clickToFileMs,
      libraryInNodeMs: Math.round(performance.now() - libraryStarted),
    });
  }
  const figure = {
    lineRows: LINE_ROWS,
    ordersBytes: files.orders.bytes.byteLength,
    wmsBytes: files.wms.bytes.byteLength,
    rounds,
    median: {
      clickToReportMs: median(rounds.map((r) => r.clickToReportMs)),
      clickToFileMs: median(rounds.map((r) => r.clickToFileMs)),
      libraryInNodeMs: median(rounds.map((r) => r.libraryInNodeMs)),
    },
    targetMs: 4000,
  };
  mkdirSync(path.dirname(RESULT_FILE), { recursive: true });
  writeFileSync(RESULT_FILE, `${JSON.stringify(figure, null, 2)}\n`);
  console.log(
    `file mode, ${LINE_ROWS} order lines, median of ${ROUNDS}: click to verdict ${figure.median.clickToReportMs} ms, ` +
      `to the file ${figure.median.clickToFileMs} ms (the same report in Node: ${figure.median.libraryInNodeMs} ms) -> ${path.relative(PACKAGE_DIR, RESULT_FILE)}`,
  );
});
