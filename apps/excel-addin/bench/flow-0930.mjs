// The operator's effort for "working the 09:30 block" in file mode at 350 px: from the taskpane
// opened with nothing loaded, through choosing the day's files, to every 09:30 万里牛 item of
// 今日待办 ticked 已处理. Counts clicks, file-dialog choices and the scrolling needed to bring each
// next control into view. Figures only (not a test); run on a built dist/, e.g. of an older commit:
//
//   node apps/excel-addin/bench/flow-0930.mjs [--dist <dist folder>] [--width 350] [--height 800]
//
// The day is the bundled fake one (examples/今日, 2026-11-25), the page clock fixed at 09:10 Shanghai.
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const HERE = import.meta.dirname;
const { values: args } = parseArgs({
  options: {
    dist: { type: "string", default: path.resolve(HERE, "../dist") },
    width: { type: "string", default: "350" },
    height: { type: "string", default: "800" },
    day: { type: "string", default: path.resolve(HERE, "../../../examples/今日") },
  },
});
const DIST = path.resolve(args.dist);
const NOW = new Date("2026-11-25T09:10:00+08:00");
// The routine's 09:30 万里牛 block (运营日常.md "万里牛 before of 9:30"): the checklist's 万里牛 items.
const BLOCK = /^wanliniu-/;

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

function serve(root) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

const dayFiles = readdirSync(args.day)
  .filter((name) => name.endsWith(".xlsx"))
  .sort()
  .map((name) => path.join(args.day, name));

const effort = { clicks: 0, fileDialogs: 0, filesChosen: 0, scrollPx: 0, pageMovedPx: 0, steps: [] };

/**
 * Brings the control into view as an operator scrolls (the least distance: block "nearest") and
 * adds how far every scrolled box (the page or a pane inside it) moved.
 */
async function bringIntoView(locator) {
  const moved = await locator.evaluate((el) => {
    const boxes = [];
    for (let box = el.parentElement; box; box = box.parentElement)
      if (box.scrollHeight > box.clientHeight) boxes.push(box);
    const before = boxes.map((box) => box.scrollTop);
    const pageBefore = window.scrollY;
    el.scrollIntoView({ block: "nearest", inline: "nearest" });
    const inner = boxes.reduce((sum, box, i) => sum + Math.abs(box.scrollTop - before[i]), 0);
    // The document's scrolling element is one of the boxes when the page itself scrolls.
    const pageMoved = boxes.includes(document.scrollingElement) ? 0 : Math.abs(window.scrollY - pageBefore);
    return inner + pageMoved;
  });
  effort.scrollPx += moved;
  return moved;
}

async function click(locator, what) {
  const scrolled = await bringIntoView(locator);
  effort.scrollYBeforeClick = await locator.page().evaluate(() => window.scrollY);
  await locator.click();
  effort.clicks++;
  effort.steps.push(`${what}${scrolled ? ` (滚动 ${Math.round(scrolled)} px)` : ""}`);
}

const { server, origin } = await serve(DIST);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true });
try {
  const context = await browser.newContext({
    viewport: { width: Number(args.width), height: Number(args.height) },
    locale: "zh-CN",
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  // Nothing leaves the machine: index.html is the file-mode page and needs no Office.js.
  await page.route("**/*", (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort("blockedbyclient"),
  );
  await page.goto(`${origin}/index.html`);

  const dailyTab = page.getByRole("tab", { name: "今日待办" });
  await dailyTab.waitFor();
  if ((await dailyTab.getAttribute("aria-selected")) !== "true") await click(dailyTab, "今日待办 标签");

  // The day's files, all in one file dialog.
  const input = page.getByTestId("daily-files");
  await input.waitFor();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), click(input, "选择文件")]);
  await chooser.setFiles(dayFiles);
  effort.fileDialogs++;
  effort.filesChosen += dayFiles.length;
  const items = page.getByTestId("daily-item");
  await items.first().waitFor({ timeout: 60_000 });
  await page.getByTestId("daily-verdict").waitFor();
  // How far down the checklist starts (the file cards above it), in px from the top of the page.
  const checklistTop = await items
    .first()
    .evaluate((el) => Math.round(el.getBoundingClientRect().top + window.scrollY));

  const block = (await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-item")))).filter(
    (id) => id && BLOCK.test(id),
  );
  const notTickable = [];
  // Each item in turn, wherever the list has moved it after the last tick.
  for (const id of block) {
    const item = page.locator(`[data-testid="daily-item"][data-item="${id}"]`);
    const tick = item.getByTestId("item-tick").getByRole("checkbox");
    if ((await tick.count()) === 0) {
      notTickable.push(id);
      continue;
    }
    await click(tick, `${id} 标为已处理`);
    const before = effort.scrollYBeforeClick;
    await item
      .getByTestId("item-tick")
      .getByText(/^已处理/)
      .waitFor();
    // The page's own move after a tick (the ticked item goes down to 已处理 and focus follows it):
    // not the operator's scrolling, but what they see happen, so said apart.
    await page.waitForTimeout(300);
    const moved = Math.abs((await page.evaluate(() => window.scrollY)) - before);
    effort.pageMovedPx += moved;
    if (moved) effort.steps.push(`  (页面随勾选自己移动 ${Math.round(moved)} px)`);
  }
  const ticked = await page
    .locator('[data-testid="daily-item"][data-ticked="true"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-item")));

  console.log(
    JSON.stringify(
      {
        dist: DIST,
        viewport: `${args.width}x${args.height}`,
        now: "2026-11-25 09:10 (Asia/Shanghai)",
        files: dayFiles.length,
        checklistTop,
        block,
        ticked: ticked.filter((id) => BLOCK.test(id)),
        notTickable,
        clicks: effort.clicks,
        fileDialogs: effort.fileDialogs,
        filesChosen: effort.filesChosen,
        scrollPx: Math.round(effort.scrollPx),
        pageMovedPx: Math.round(effort.pageMovedPx),
        steps: effort.steps,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
