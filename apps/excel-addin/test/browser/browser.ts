import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type FakeOfficeOptions, fakeOfficeScript } from "../fake-office";
import { type StaticServer, serveStatic } from "./server";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
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
  /** Every request that tried to leave 127.0.0.1 (office.js excepted: it is answered in the test). */
  leaks: string[];
  /** Requests for office.js (file mode must make none). */
  officeJs: string[];
}

/**
 * `excel`: taskpane.html with the fake Office.js; `offline`: taskpane.html with Office.js failing
 * to load (falls back to file mode); `file`: index.html, the file-mode page, with office.js
 * answered by a stand-in that records it ran (the page must never ask for it).
 */
export type OfficeMode =
  | { kind: "excel"; options: FakeOfficeOptions }
  | { kind: "offline" }
  | { kind: "file" };

/** Stands in for the real office.js where it must never run: it marks the page, and calls out as Office.js does. */
export const OFFICE_JS_STAND_IN = `window.__officeJsRan = true;
fetch("https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/api/telemetry").catch(() => {});`;

export interface OpenOptions {
  /** The page's clock: fixed at `now` (timers run, the time does not move) or installed at `now` to move with page.clock. */
  clock?: "fixed" | "installed";
  now?: Date;
}

/**
 * The built taskpane in a new page. office.js is answered by the fake (or refused, as when
 * offline), and any other request that does not go to the local server is blocked and recorded.
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
    if (url === OFFICE_JS) {
      officeJs.push(url);
      if (mode.kind === "file")
        return route.fulfill({ contentType: "text/javascript", body: OFFICE_JS_STAND_IN });
      if (mode.kind === "offline") return route.abort("internetdisconnected");
      return route.fulfill({ contentType: "text/javascript", body: fakeOfficeScript(mode.options) });
    }
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    leaks.push(url);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${origin}/${mode.kind === "file" ? "index.html" : "taskpane.html"}`);
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
