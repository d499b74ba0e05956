import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type FakeOfficeOptions, fakeOfficeScript } from "../fake-office";
import { type StaticServer, serveStatic } from "./server";

export const CHROMIUM = "/usr/bin/chromium";
/** Where taskpane.html's script tag loads Office.js from. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The CDN folder Office.js loads its other files from (host scripts, strings, the file mapping table). */
export const OFFICE_JS_FOLDER = OFFICE_JS.slice(0, OFFICE_JS.lastIndexOf("/") + 1);
/** Microsoft's Office.js as published on npm (`@microsoft/office-js`, pinned): its dist/ holds what the CDN folder serves. */
export const OFFICE_JS_DIST = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);
export const PACKAGE_DIR = path.resolve(import.meta.dirname, "../..");
export const DIST = path.join(PACKAGE_DIR, "dist");
/** The page's clock in every browser test, so file names and the committed screenshots do not change by the day. */
export const FIXED_NOW = new Date("2026-11-25T09:30:00+08:00");

export const SCREENSHOTS = path.resolve(PACKAGE_DIR, "../../docs/screenshots");

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  // No host name resolves, so nothing the page's routes do not answer (a preconnect, a prefetch) can
  // leave the machine; the static server is on 127.0.0.1.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/** Never skip: a machine without Chromium fails here and says how to get it. */
export function requireChromium(executable = CHROMIUM): void {
  if (!existsSync(executable)) {
    throw new Error(
      `Chromium not found at ${executable}: the browser tests need Debian's chromium. ` +
        "Install it with `apt-get install -y chromium` (as .ci/run does), then run the tests again.",
    );
  }
}

export function requireBuild(): void {
  if (!existsSync(path.join(DIST, "index.html")) || !existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(`No production build in ${DIST}: run \`pnpm --filter excel-addin build\` first.`);
  }
}

export interface Chromium {
  context: BrowserContext;
  server: StaticServer;
  close: () => Promise<void>;
}

/** One Chromium with a fresh profile and one local server for a test file; each test opens its own page. */
export async function launchChromium(): Promise<Chromium> {
  requireChromium();
  requireBuild();
  const server = await serveStatic(DIST);
  const profile = mkdtempSync(path.join(os.tmpdir(), "syt-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    locale: "zh-CN",
  });
  return {
    context,
    server,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Session {
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /**
   * Every request that tried to leave 127.0.0.1 and was blocked: all but the Office.js files the
   * test answers (the fake, or in file mode Microsoft's own from `@microsoft/office-js`).
   */
  leaks: string[];
  /** Requests for office.js and any other file of its CDN folder, in order (index.html must make none). */
  officeJs: string[];
}

/**
 * `excel`: taskpane.html with the fake Office.js; `offline`: taskpane.html with Office.js failing
 * to load (falls back to file mode); `file`: index.html, the file-mode page, with office.js and
 * the files it loads answered by Microsoft's own from `@microsoft/office-js` (index.html must
 * never ask for them; taskpane.html, when the test goes there, does).
 */
export type OfficeMode =
  | { kind: "excel"; options: FakeOfficeOptions }
  | { kind: "offline" }
  | { kind: "file" };

/** The file of `@microsoft/office-js`'s dist/ that the CDN serves at `url`, if the package has it. */
export function officeJsFile(url: string): string | undefined {
  const { origin, pathname } = new URL(url);
  const folder = new URL(OFFICE_JS_FOLDER);
  if (origin !== folder.origin || !pathname.startsWith(folder.pathname)) return undefined;
  const file = path.join(OFFICE_JS_DIST, decodeURIComponent(pathname.slice(folder.pathname.length)));
  if (!file.startsWith(`${OFFICE_JS_DIST}${path.sep}`) || !existsSync(file) || !statSync(file).isFile())
    return undefined;
  return file;
}

export interface OpenOptions {
  /** The page's clock: fixed at `now` (timers run, the time does not move) or installed at `now` to move with page.clock. */
  clock?: "fixed" | "installed";
  now?: Date;
  /**
   * The tab to show once the page is up. The taskpane opens on 今日待办; the tests written for the
   * COD report (most of them) open 货到付款 as the operator would. `null` leaves the page as it opened.
   */
  tab?: "今日待办" | "货到付款" | "消息" | null;
}

/**
 * The built taskpane in a new page. office.js is answered by the fake (or refused, as when
 * offline; or in file mode by Microsoft's own file, with the other files of its folder that the
 * package has), and any other request that does not go to the local server is blocked and recorded.
 */
export async function openTaskpane(
  browser: Chromium,
  mode: OfficeMode,
  viewport = { width: 420, height: 900 },
  /** Runs in the page before its own scripts and before the fixed clock (to watch a browser API the app uses). */
  initScript?: () => void,
  options: OpenOptions = {},
): Promise<Session> {
  const { origin } = browser.server;
  const page = await browser.context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const now = options.now ?? FIXED_NOW;
  if (options.clock === "installed") await page.clock.install({ time: now });
  else await page.clock.setFixedTime(now);
  await page.setViewportSize(viewport);
  const leaks: string[] = [];
  const requests: string[] = [];
  const officeJs: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS_FOLDER)) {
      officeJs.push(url);
      if (mode.kind === "offline") return route.abort("internetdisconnected");
      if (mode.kind === "excel" && url === OFFICE_JS)
        return route.fulfill({ contentType: "text/javascript", body: fakeOfficeScript(mode.options) });
      const file = mode.kind === "file" ? officeJsFile(url) : undefined;
      // Playwright sets the content type from the extension, as the CDN does.
      if (file) return route.fulfill({ path: file });
    }
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    leaks.push(url);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${origin}/${mode.kind === "file" ? "index.html" : "taskpane.html"}`);
  const tab = options.tab === undefined ? "货到付款" : options.tab;
  if (tab) await page.getByRole("tab", { name: tab }).click();
  return { page, requests, leaks, officeJs };
}

/**
 * Clicks the button and saves what it downloads into `folder`: the name the page suggested
 * and the bytes, as the operator's browser would save them.
 */
export async function download(
  page: Page,
  button: string | RegExp,
  folder: string,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  const saved = path.join(folder, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(saved)) };
}

/**
 * A screenshot of the page at rest (no hover, no focus ring, no caret) into docs/screenshots: the
 * whole page, or only what is in view (to show what stays at the top when scrolled).
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({
    path: path.join(SCREENSHOTS, name),
    fullPage,
    animations: "disabled",
    caret: "hide",
  });
}

/** What the operator pastes into a sheet in Excel, through the fake host (`window.__fakeExcel`). */
export async function paste(page: Page, sheet: string, rows: string[][]): Promise<void> {
  await page.evaluate(
    ({ sheet, rows }) =>
      (window as unknown as { __fakeExcel: { paste: (s: string, r: string[][]) => void } }).__fakeExcel.paste(
        sheet,
        rows,
      ),
    { sheet, rows },
  );
}
