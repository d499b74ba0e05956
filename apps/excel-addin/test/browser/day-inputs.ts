import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHECKLIST, type ItemState, needZh, timeLeftZh } from "@syt/daily-checks";
import { formatBusinessTime, maskPhonesInText } from "@syt/orders-model";
import type { Confidence } from "@syt/platform-adapters";
import { expect } from "vitest";
import type { Session } from "./browser";
import { EXAMPLES } from "./inputs";

/** The bundled fake day (every export of 2026-11-25, fake people), as `pnpm daily examples/今日` reads it. */
export const DAY_DIR = path.join(EXAMPLES, "今日");
export const REPO = path.resolve(EXAMPLES, "..");

export function dayFiles(): { name: string; path: string; bytes: Uint8Array }[] {
  return readdirSync(DAY_DIR)
    .filter((name) => name.endsWith(".xlsx"))
    .sort()
    .map((name) => {
      const file = path.join(DAY_DIR, name);
      return { name, path: file, bytes: new Uint8Array(readFileSync(file)) };
    });
}

/** `pnpm daily --json`'s view of the day, as the CLI prints it. */
export interface CliDay {
  file: string;
  date: string;
  verdict: string;
  files: {
    fileName: string;
    kind: string;
    source?: string;
    rows: number;
    layout: string;
    confidence: Confidence;
    assumed: boolean;
    fresh: boolean;
  }[];
  items: {
    id: string;
    state: ItemState;
    deadline: string;
    minutesLeft: number;
    groups: {
      message: string;
      count: number;
      findings: { orderNo?: string; file?: string; row?: number }[];
    }[];
  }[];
}

/**
 * Runs the CLI itself (`pnpm daily`, which builds the package first) on the example day at a
 * Shanghai time, and returns what it printed and the workbook it wrote.
 */
export function runDailyCli(date: string, at: string): { day: CliDay; bytes: Uint8Array; fileName: string } {
  const out = mkdtempSync(path.join(os.tmpdir(), "syt-daily-cli-"));
  try {
    const stdout = execFileSync(
      "pnpm",
      ["--silent", "daily", DAY_DIR, "--date", date, "--at", at, "--out", out, "--json"],
      { cwd: REPO, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", INIT_CWD: REPO } },
    );
    const day = JSON.parse(stdout.slice(stdout.indexOf("{"))) as CliDay;
    return { day, bytes: new Uint8Array(readFileSync(day.file)), fileName: path.basename(day.file) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

type Page = Session["page"];

/** What an item's line shows under its title: deadline (Shanghai time) and time left. */
export function itemTimeText(item: CliDay["items"][number]): string {
  const definition = CHECKLIST.find((i) => i.id === item.id);
  const deadline =
    definition?.deadline === "end-of-day"
      ? "今天内"
      : `截止 ${formatBusinessTime(new Date(item.deadline), "HH:mm")}`;
  return item.state === "not-applicable" ? deadline : `${deadline} · ${timeLeftZh(item.minutesLeft)}`;
}

/**
 * The COD item as the taskpane shows it: the CLI leaves it to `pnpm cod-report` (手工); the tab
 * follows its 17:00 deadline (60 minutes before it: due soon), until today's report is saved.
 */
export function taskpaneState(item: CliDay["items"][number]): string {
  if (item.id !== "cod-report" || item.state !== "manual") return item.state;
  return item.minutesLeft < 0 ? "overdue" : item.minutesLeft <= 60 ? "due-soon" : "needs-action";
}

/** 现在要做 (overdue, due soon), then the rest of the routine, then done and not applicable. */
export function taskpaneOrder(items: CliDay["items"]): CliDay["items"] {
  const bucket = (item: CliDay["items"][number]) => {
    const state = taskpaneState(item);
    if (state === "overdue" || state === "due-soon") return 0;
    return state === "done" || state === "not-applicable" ? 2 : 1;
  };
  return [0, 1, 2].flatMap((b) => items.filter((item) => bucket(item) === b));
}

/** The tab shows the checklist the CLI printed: every item with its state and time, 现在要做 first, nothing ticked. */
export async function expectChecklist(page: Page, day: CliDay) {
  await expect.poll(() => page.getByTestId("daily-verdict").textContent()).toBe(day.verdict);
  const items = page.getByTestId("daily-item");
  await expect.poll(() => items.count()).toBe(day.items.length);
  const ordered = taskpaneOrder(day.items);
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-item")))).toEqual(
    ordered.map((i) => i.id),
  );
  expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-state")))).toEqual(
    ordered.map(taskpaneState),
  );
  expect(await items.getByTestId("item-time").allTextContents()).toEqual(ordered.map(itemTimeText));
}

/** Each file with what it was recognised as (the library's words) and its rows. */
export function fileKindText(file: CliDay["files"][number]): string {
  const need = (file.source ?? file.kind) as Parameters<typeof needZh>[0];
  // An assumed layout is said in plain words (its badge, then a line of why, outside this text).
  return `${needZh(need)} · ${file.rows.toLocaleString("en-US")} 行${file.assumed ? "表头是猜的" : ""}`;
}

export const groupMessages = (item: CliDay["items"][number]) =>
  item.groups.map((g) => maskPhonesInText(g.message));

/** Opens an item's grouped findings and returns the item's box. */
export async function openItem(page: Page, id: string) {
  const item = page.locator(`[data-testid=daily-item][data-item="${id}"]`);
  await item.getByRole("button", { name: /^查看问题/ }).click();
  await item.getByTestId("finding-group").first().waitFor();
  return item;
}

/** Nothing is wider than the page: no horizontal scrollbar. */
export async function expectNoHorizontalScroll(page: Page) {
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
}
