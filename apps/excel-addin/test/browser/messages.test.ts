import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildCodReport } from "@syt/cod-report";
import { type FakeOrder, fakeOrders, guanwangExport, toXlsx, wanliniuExport } from "@syt/fake-exports";
import { parseOrders, parseWms, shipmentOrderRefs } from "@syt/platform-adapters";
import { exampleConfig, parseConfig, render, TEMPLATES } from "@syt/templates";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FakeExcel } from "../fake-office";
import { seriousViolations, settle } from "./a11y";
import {
  type Chromium,
  FIXED_NOW,
  launchChromium,
  openTaskpane,
  SCREENSHOTS,
  type Session,
  download as saveDownload,
} from "./browser";
import { exportFiles } from "./inputs";
import { rowButton } from "./report-checks";

/** The fake Office.js's handle in the page (test/fake-office-script.js). */
type FakeWindow = Window & { __fakeExcel: FakeExcel };

/** The templates CLI as built (`pnpm turbo run build --filter=excel-addin...` builds it). */
const TEMPLATES_CLI = path.resolve(import.meta.dirname, "../../../../packages/templates/dist/cli.js");

const work = mkdtempSync(path.join(os.tmpdir(), "syt-messages-"));
let browser: Chromium;
let session: Session | undefined;

const config = parseConfig(exampleConfig);
const CONFIG_FILE = path.join(work, "配置.json");
const BAD_CONFIG_FILE = path.join(work, "配置-有误.json");

/** Fake orders only; the one the operator writes about has a courier, a waybill and two product lines. */
const orders = fakeOrders({ seed: 41, count: 30 });
const order = orders.find(
  (candidate) =>
    candidate.logistics.waybills.length === 1 &&
    candidate.logistics.courier &&
    candidate.lines.length >= 2 &&
    /^1\d{10}$/.test(candidate.receiver.mobile ?? ""),
) as FakeOrder;
const EXPORT_FILE = path.join(work, "万里牛订单导出.xlsx");

beforeAll(async () => {
  browser = await launchChromium();
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: browser.server.origin,
  });
  writeFileSync(CONFIG_FILE, JSON.stringify(exampleConfig, null, 2));
  const bad = { ...exampleConfig, couriers: { zto: { ...exampleConfig.couriers.zto, app: "weibo" } } };
  writeFileSync(BAD_CONFIG_FILE, JSON.stringify(bad));
  const sheet = wanliniuExport(orders);
  writeFileSync(EXPORT_FILE, await toXlsx({ name: "订单", rows: sheet.rows }));
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

afterEach(async () => {
  await session?.page.close();
  session = undefined;
});

async function openMessages(page: Page) {
  await page.getByRole("tab", { name: "消息" }).click();
  await page.getByTestId("messages-tab").waitFor();
}

function field(page: Page, label: string) {
  return page.getByTestId("template-form").getByRole("textbox", { name: label, exact: true });
}

async function pickTemplate(page: Page, query: string, title: string) {
  const search = page.getByRole("searchbox", { name: "搜索模板" });
  await search.fill(query);
  const list = page.getByRole("list", { name: "模板列表" });
  await expect.poll(() => list.getByRole("button").count()).toBe(1);
  await list.getByRole("button", { name: new RegExp(`^${title}`) }).click();
  await page.getByRole("heading", { name: title, exact: true }).waitFor();
  await search.fill("");
}

/** The focused control, whether it is on screen, and the first required field of the form left empty. */
async function focusedControl(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const form = document.querySelector('[data-testid="template-form"]');
    const required = [
      ...(form?.querySelectorAll<HTMLInputElement>("input[required], textarea[required]") ?? []),
    ];
    const firstEmpty = required.find((input) => input.value.trim() === "");
    const box = active?.getBoundingClientRect();
    const label = (element: HTMLElement | undefined | null) =>
      element
        ? ((element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? "").replace(
            /\s+/g,
            "",
          )
        : null;
    return {
      firstEmptyRequired: firstEmpty ? label(firstEmpty) : null,
      name: label(active),
      inView: box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
}

const download = (page: Session["page"], button: string | RegExp) => saveDownload(page, button, work);

/** The header block of an .eml, unfolded, as name -> value. */
function emlHeaders(eml: string): Map<string, string> {
  const head = eml.split(/\r\n\r\n/)[0] ?? "";
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function addresses(value: string | undefined): string[] {
  return [...(value ?? "").matchAll(/[\w.+-]+@[\w.-]+/g)].map((match) => match[0]);
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Every element Tab reaches inside the tab, and whether each showed a keyboard focus. */
async function tabThrough(
  page: Page,
): Promise<{ reached: number; total: number; withoutFocusRing: string[] }> {
  await page.getByRole("tab", { name: "消息" }).focus();
  const seen = new Set<string>();
  const withoutFocusRing: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const tab = document.querySelector('[data-testid="messages-tab"]');
      if (!active || !tab?.contains(active)) return null;
      if (!active.dataset.tabKey) active.dataset.tabKey = String(Math.random());
      return {
        key: active.dataset.tabKey,
        name: `${active.tagName} ${active.getAttribute("aria-label") ?? active.textContent?.slice(0, 20) ?? ""}`,
        visible: active.matches(":focus-visible"),
      };
    });
    if (info === null) {
      if (seen.size > 0) break;
      continue;
    }
    if (seen.has(info.key)) break;
    seen.add(info.key);
    if (!info.visible) withoutFocusRing.push(info.name);
  }
  const total = await page.evaluate(() => {
    const tab = document.querySelector('[data-testid="messages-tab"]');
    const controls = [
      ...(tab?.querySelectorAll<HTMLElement>("button, input, textarea, select, [tabindex]") ?? []),
    ];
    // Radio groups take one Tab stop; hidden file inputs are reached through their buttons.
    const radios = new Set<string>();
    return controls.filter((element) => {
      if (element.tabIndex < 0 || element.hasAttribute("disabled") || element.offsetParent === null)
        return false;
      if (element instanceof HTMLInputElement && element.type === "radio") {
        if (radios.has(element.name)) return false;
        radios.add(element.name);
      }
      return true;
    }).length;
  });
  return { reached: seen.size, total, withoutFocusRing };
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe("消息 in file mode", () => {
  it("imports the configuration, writes 快递拦截报备 for a picked order, copies it, downloads the .eml and the 不放清单 picture, and keeps the configuration over a reload", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 360, height: 900 });
    const { page } = session;
    await openMessages(page);

    // No configuration yet: said plainly, and the templates that need one say so.
    await page.getByTestId("config-missing").waitFor();
    expect(await page.getByRole("list", { name: "模板列表" }).getByRole("button").count()).toBe(10);
    await pickTemplate(page, "货到付款", "货到付款引导");
    await expect.poll(() => page.getByTestId("needs-config").textContent()).toContain("需要配置");
    expect(await seriousViolations(page)).toEqual([]);

    // A configuration with a wrong field is refused with the library's Chinese field error.
    // The template offers the import where it says it needs the configuration.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByTestId("needs-config").getByRole("button", { name: "导入配置文件…" }).click(),
    ]);
    await chooser.setFiles(BAD_CONFIG_FILE);
    await expect
      .poll(() => page.getByTestId("config-problem").textContent())
      .toContain("「快递公司 › 中通 › 群所在软件」(couriers.zto.app) 只能是 dingtalk、qq、wechat、um 之一");
    await page.getByTestId("config-file").setInputFiles(CONFIG_FILE);
    await expect.poll(() => page.getByTestId("config-summary").textContent()).toContain("配置.json");
    expect(await page.getByTestId("config-problem").count()).toBe(0);
    expect(await page.getByTestId("preview-text").textContent()).toContain(config.pharmacistWechat);

    // Search, pick 快递拦截报备, choose an export and the order.
    await pickTemplate(page, "拦截", "快递拦截报备");
    await page.getByTestId("messages-export-file").setInputFiles(EXPORT_FILE);
    await expect
      .poll(() => page.getByTestId("loaded-exports").textContent())
      .toContain(`万里牛订单导出.xlsx（万里牛订单导出，${orders.length} 个订单）`);
    // The search finds an order by its number, its receiver's name or the phone's digits; the
    // list shows the phone masked.
    const search = page.getByRole("searchbox", { name: "查找订单" });
    const found = page
      .getByRole("list", { name: "找到的订单" })
      .getByRole("button", { name: new RegExp(order.orderNo) });
    const mobile = order.receiver.mobile as string;
    const masked = `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
    for (const query of [order.orderNo.slice(-6), order.receiver.name, mobile.slice(-8)]) {
      await search.fill(query);
      await expect.poll(() => found.textContent()).toContain(masked);
      expect(await page.getByRole("list", { name: "找到的订单" }).textContent()).not.toContain(mobile);
    }
    await search.fill("没有这个人");
    await page.getByText("没有找到：请输入订单号、收货人姓名或手机号的一部分。").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await search.fill(mobile.slice(-8));
    await found.click();
    await expect.poll(() => page.getByTestId("order-source").textContent()).toContain(order.orderNo);
    expect(await field(page, "运单号").inputValue()).toBe(order.logistics.waybills[0]);
    expect(await field(page, "收货人姓名").inputValue()).toBe(order.receiver.name);
    // 万里牛 exports the address in one cell: 省 and 市 are taken from its front.
    expect(await field(page, "省份").inputValue()).toBe(order.receiver.address.province);
    expect(await field(page, "城市").inputValue()).toBe(order.receiver.address.city);
    expect(await field(page, "详细地址").inputValue()).toBe(
      `${order.receiver.address.district} ${order.receiver.address.detail}`,
    );

    // The library's message on the field the operator got wrong.
    const waybill = field(page, "运单号");
    await waybill.fill("12");
    await waybill.blur();
    await expect.poll(() => page.getByText(/格式不对：应为 6 到 30 位数字或字母/).count()).toBe(1);
    await waybill.fill(order.logistics.waybills[0] as string);
    await expect.poll(() => page.getByText(/格式不对/).count()).toBe(0);

    const expected = render(
      "courier-intercept",
      {
        courier: order.logistics.courier as string,
        waybill: order.logistics.waybills[0] as string,
        receiver: {
          name: order.receiver.name,
          phone: order.receiver.mobile,
          province: await field(page, "省份").inputValue(),
          city: await field(page, "城市").inputValue(),
          address: await field(page, "详细地址").inputValue(),
        },
      },
      { config },
    );
    expect(await page.getByTestId("preview-text").textContent()).toBe(expected.text);
    expect(expected.text).toContain(order.receiver.name);
    await page.getByRole("button", { name: "复制消息" }).click();
    await expect.poll(() => page.getByTestId("preview-status").textContent()).toBe("已复制到剪贴板。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.text);

    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "messages-file-mode.png"), fullPage: true });

    // 破损邮件 for the same order: the .eml goes to the courier's two mailboxes, copied to the two colleagues.
    await pickTemplate(page, "邮件", "破损邮件");
    expect(await field(page, "订单编号").inputValue()).toBe(order.orderNo);
    await page.getByRole("button", { name: "复制消息" }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await field(page, "破损数量").fill("2");
    await field(page, "记责金额").fill("36.8");
    await page.getByTestId("email-headers").waitFor();
    const eml = await download(page, "下载邮件 (.eml)");
    expect(eml.fileName).toBe(`破损邮件_${order.logistics.waybills[0]}.eml`);
    const headers = emlHeaders(new TextDecoder().decode(eml.bytes));
    const courier = order.logistics.courier?.startsWith("中通") ? config.couriers.zto : config.couriers.sto;
    expect(addresses(headers.get("to"))).toEqual(courier?.damageMailboxes);
    expect(addresses(headers.get("cc"))).toEqual(config.damageMail.internal.map((box) => box.email));
    expect(new Set([...addresses(headers.get("to")), ...addresses(headers.get("cc"))]).size).toBe(4);
    expect(headers.get("x-unsent")).toBe("1");

    // QQ Mail cannot open an .eml: recipients, copies, subject and body each copied with one click.
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    const parts = page.getByTestId("email-parts");
    await parts.getByRole("button", { name: "复制收件人" }).click();
    await expect.poll(clipboard).toBe(courier?.damageMailboxes?.join(";"));
    await parts.getByRole("button", { name: "复制抄送" }).click();
    await expect.poll(clipboard).toBe(config.damageMail.internal.map((box) => box.email).join(";"));
    await parts.getByRole("button", { name: "复制主题" }).click();
    await expect.poll(clipboard).toContain(order.logistics.waybills[0] as string);
    expect(await page.getByTestId("email-headers").textContent()).toContain(await clipboard());
    await parts.getByRole("button", { name: "复制正文" }).click();
    await expect.poll(clipboard).toBe(await page.getByTestId("preview-text").textContent());
    expect(await seriousViolations(page)).toEqual([]);

    // 不放清单: the library's table as a PNG drawn on a canvas, downloaded and copied as an image.
    await pickTemplate(page, "不放", "不放清单");
    await page.getByTestId("list-picture").waitFor();
    const listText = await page.getByTestId("preview-text").textContent();
    expect(listText).toBe(
      render("not-put-list", {
        orderNo: order.orderNo,
        lines: order.lines.map((line) => ({
          product: line.product.name,
          quantity: line.quantity,
          sku: line.product.sku,
        })),
      }).text,
    );
    const picture = await download(page, "下载图片");
    expect(picture.fileName).toBe(`${order.orderNo}_不放清单.png`);
    expect([...picture.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const size = pngSize(picture.bytes);
    // Drawn at twice its CSS size: a title, a header and one row per product.
    expect(size.width).toBeGreaterThan(400);
    expect(size.height).toBeGreaterThan(2 * (16 + 34 * (order.lines.length + 1)));
    expect(size.height).toBeLessThan(2 * 60 * (order.lines.length + 3));
    await page.getByRole("button", { name: "复制图片" }).click();
    await expect.poll(() => page.getByTestId("preview-status").textContent()).toContain("图片已复制");
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return null;
      const blob = await item.getType("image/png");
      return [...new Uint8Array(await blob.arrayBuffer()).subarray(0, 8)];
    });
    expect(copied).toEqual(PNG_SIGNATURE);

    expect(await seriousViolations(page)).toEqual([]);
    expect(session.leaks).toEqual([]);

    // The configuration stays on this computer (localStorage): still there after a reload.
    await page.reload();
    await openMessages(page);
    await expect.poll(() => page.getByTestId("config-summary").textContent()).toContain("配置.json");
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["syt-templates-config"]);
    await page.getByRole("button", { name: "清除配置" }).click();
    await page.getByRole("button", { name: "确认清除" }).click();
    await page.getByTestId("config-missing").waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(session.leaks).toEqual([]);
  });

  it("config form round trip: typed in the form with the library's messages, exported, read by the templates CLI's --config; 处理人 kept over a reload; 清除 asks first; a broken file says so in Chinese", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 350, height: 800 });
    const { page } = session;
    // The browser context is shared by the tests: start from a machine with nothing saved.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await openMessages(page);
    await page.getByTestId("config-missing").waitFor();
    // A broken file: Chinese words, not the engine's.
    const broken = path.join(work, "半截配置.json");
    writeFileSync(broken, '{ "returnAddress": { "address": "示例');
    await page.getByTestId("config-file").setInputFiles(broken);
    const problem = await page.getByTestId("config-problem").textContent();
    expect(problem).toContain("不是完整的 JSON 配置");
    expect(problem).not.toMatch(/Unexpected|JSON input/);

    await page.getByRole("button", { name: "在这里填写配置" }).click();
    const form = page.getByTestId("config-form");
    const box = (label: string) => form.getByRole("textbox", { name: label, exact: true });
    // Saved empty: the library's own message under a field.
    await form.getByRole("button", { name: "保存配置" }).click();
    await form.getByTestId("config-form-problem").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await box("邮编").fill("1000");
    await form.getByRole("button", { name: "保存配置" }).click();
    await expect.poll(() => form.textContent()).toMatch(/邮编.*格式不对/);

    await box("地址").fill("示例省示例市样板路 100 号上元堂售后收");
    await box("邮编").fill("100000");
    await box("官网").fill("上元堂官网");
    await box("第 1 位 姓名").fill("王晓明");
    await box("第 1 位 手机号").fill("139 0000 1111");
    await form.getByRole("button", { name: "添加快递公司" }).click();
    await form.getByRole("combobox", { name: "第 1 家 快递公司" }).selectOption({ label: "中通" });
    await form.getByTestId("config-courier").getByRole("combobox", { name: "群所在软件" }).selectOption("qq");
    await form
      .getByTestId("config-courier")
      .getByRole("textbox", { name: "群名", exact: true })
      .fill("中通对接群（示例）");
    await box("药师微信").fill("syt-pharmacist-example");
    const mailboxes = form.getByRole("textbox", { name: "邮箱地址", exact: true });
    await mailboxes.nth(0).fill("ops@example.com");
    await mailboxes.nth(1).fill("aftersale-lead@example.com");
    await mailboxes.nth(2).fill("finance@example.com");
    await form.getByRole("button", { name: "保存配置" }).click();
    await page.getByTestId("config-saved").waitFor();
    // The list no longer says 需要配置 once the configuration is saved.
    expect(await page.getByRole("list", { name: "模板列表" }).textContent()).not.toContain("需要配置");

    const exported = await download(page, "导出配置文件");
    const configFile = path.join(work, exported.fileName);
    writeFileSync(configFile, exported.bytes);
    const data = path.join(work, "拦截.json");
    writeFileSync(
      data,
      JSON.stringify({
        courier: "中通",
        waybill: "75123456789012",
        receiver: {
          name: "赵丽华",
          phone: "13900003333",
          province: "示例省",
          city: "示例市",
          address: "幸福路 8 号",
        },
      }),
    );
    const cli = spawnSync(
      process.execPath,
      [TEMPLATES_CLI, "render", "courier-intercept", "--data", data, "--config", configFile],
      {
        encoding: "utf8",
        env: { ...process.env, SYT_TEMPLATES_CONFIG: "" },
      },
    );
    expect(cli.stderr).toContain("中通对接群（示例）");
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain("75123456789012");

    // The 处理人 chosen once is there after a reload.
    await pickTemplate(page, "退货退款", "退货退款提示");
    await page.getByTestId("template-form").getByRole("combobox", { name: "处理人" }).click();
    await page.getByRole("option", { name: "王晓明" }).click();
    await page.reload();
    await openMessages(page);
    await page.getByTestId("config-summary").waitFor();
    await pickTemplate(page, "退货退款", "退货退款提示");
    await expect
      .poll(() => page.getByTestId("template-form").getByRole("combobox", { name: "处理人" }).textContent())
      .toContain("王晓明");

    // 清除 asks first.
    await page.getByRole("button", { name: "清除配置" }).click();
    await page.getByTestId("config-clear-confirm").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "不清除" }).click();
    expect(await page.getByTestId("config-summary").count()).toBe(1);
    await page.getByRole("button", { name: "清除配置" }).click();
    await page.getByRole("button", { name: "确认清除" }).click();
    await page.getByTestId("config-missing").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("syt-templates-config"))).toBeNull();
    await page.evaluate(() => localStorage.clear());
    expect(session.leaks).toEqual([]);
  });

  it("a 申通 COD finding's 写拦截报备 has the WMS waybill and 快递公司, opens at 350 px with 复制消息 focused in view (every field filled), and Enter copies", async () => {
    session = await openTaskpane(browser, { kind: "file" }, { width: 350, height: 700 });
    const { page } = session;
    const files = exportFiles();
    await openMessages(page);
    await page.getByTestId("config-file").setInputFiles(CONFIG_FILE);
    await page.getByTestId("config-summary").waitFor();

    await page.getByRole("tab", { name: "货到付款" }).click();
    await page.getByTestId("orders-file").setInputFiles(files.orders.path);
    await page.getByTestId("wms-file").setInputFiles(files.wms.path);
    await page.getByRole("button", { name: "生成报表" }).click();
    await page.getByTestId("report").waitFor();
    const { summary } = await buildCodReport({
      now: FIXED_NOW,
      orders: { bytes: files.orders.bytes, fileName: path.basename(files.orders.path) },
      wms: { bytes: files.wms.bytes, fileName: path.basename(files.wms.path) },
    });
    const index = summary.groups.findIndex((g) => g.code === "not-zto");
    const finding = summary.groups[index]?.findings.find((f) => f.code === "not-zto" && f.row !== undefined);
    if (!finding?.orderNo || finding.code !== "not-zto") throw new Error("no 申通 finding in the example");
    const { orders: parsed } = await parseOrders(files.orders.bytes, {
      fileName: path.basename(files.orders.path),
    });
    const target = parsed.find((o) => o.orderNo === finding.orderNo);
    if (!target?.receiver.name) throw new Error(`order ${finding.orderNo} has no receiver`);
    const { shipments } = await parseWms(files.wms.bytes, { fileName: path.basename(files.wms.path) });
    const shipment = shipments.find((s) => shipmentOrderRefs(s).includes(target.orderNo));
    const waybill = shipment?.waybills[0];
    if (!waybill || !shipment.courierRaw) throw new Error("the WMS export has no waybill for the order");

    const group = page.getByTestId("finding-group").nth(index);
    const toggle = group.getByRole("button", { name: "查看每一行" });
    if (await toggle.count()) await toggle.click();
    await group
      .getByRole("button", { name: rowButton(path.basename(files.orders.path), finding.row ?? 0) })
      .click();
    // A shipped 申通 order offers the intercept; a 货到付款引导 would not fit it.
    await group.getByRole("button", { name: "写拦截报备" }).click();
    expect(await group.getByRole("button", { name: "货到付款引导" }).count()).toBe(0);

    await page.getByRole("heading", { name: "快递拦截报备", exact: true }).waitFor();
    await expect.poll(() => page.getByTestId("order-source").textContent()).toContain(`第 ${finding.row} 行`);
    expect(await page.getByTestId("order-source").textContent()).toContain(
      `补充自 WMS导出 第 ${shipment.rowNumber} 行`,
    );
    expect(await field(page, "收货人姓名").inputValue()).toBe(target.receiver.name);
    expect(await field(page, "运单号").inputValue()).toBe(waybill);
    expect(await field(page, "快递公司").inputValue()).toBe(shipment.courierRaw);

    // Every required field came from the two exports: the cursor is on 复制消息, on screen; Enter copies.
    expect(await focusedControl(page)).toEqual({ firstEmptyRequired: null, name: "复制消息", inView: true });
    const text = await page.getByTestId("preview-text").textContent();
    expect(text).toContain(waybill);
    expect(text).toContain(`收货人地址：${target.receiver.name}，`);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.leaks).toEqual([]);
  });

  for (const width of [320, 800]) {
    it(`works at ${width} px: no sideways scrolling, every control reached by Tab with a visible focus, axe clean`, async () => {
      session = await openTaskpane(browser, { kind: "file" }, { width, height: 900 });
      const { page } = session;
      await openMessages(page);
      await page.getByTestId("config-file").setInputFiles(CONFIG_FILE);
      await page.getByTestId("config-summary").waitFor();
      await pickTemplate(page, "不放", "不放清单");
      await field(page, "官网订单号").fill("GW2411250001");
      await field(page, "商品名称").fill("连花清瘟胶囊 0.35g*24粒");
      await field(page, "数量").fill("2");
      await field(page, "SKU").fill("6901234567885");
      await page.getByTestId("list-picture").waitFor();
      expect(await noHorizontalScroll(page)).toBe(true);
      const { reached, total, withoutFocusRing } = await tabThrough(page);
      expect(reached).toBe(total);
      expect(withoutFocusRing).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      // Every other template's form too: labels, dropdowns, the platform checkboxes, the radio group.
      for (const template of TEMPLATES.filter((t) => t.id !== "not-put-list")) {
        await page
          .getByRole("list", { name: "模板列表" })
          .locator(`[data-template="${template.id}"]`)
          .click();
        await page.getByRole("heading", { name: template.title, exact: true }).waitFor();
        expect(await noHorizontalScroll(page), template.id).toBe(true);
        expect(await seriousViolations(page), template.id).toEqual([]);
      }
    });
  }
});

describe("消息 in Excel (fake Office.js)", () => {
  it("从选中行填入 fills 快递拦截报备 from the selected row and the header of its sheet; the configuration goes to the document settings", async () => {
    session = await openTaskpane(
      browser,
      { kind: "excel", options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" } } },
      { width: 360, height: 900 },
    );
    const { page } = session;
    const sheet = guanwangExport(orders);
    const row = sheet.dataRows[sheet.records.findIndex((record) => record.order === order)] as number;
    await page.evaluate(
      ({ rows, row }) => {
        const fake = (window as unknown as FakeWindow).__fakeExcel;
        fake.paste("官网导出", rows);
        fake.select("官网导出", `C${row}`);
      },
      {
        rows: sheet.rows.map((cells) =>
          cells.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)),
        ),
        row,
      },
    );
    await openMessages(page);
    await page.getByTestId("config-file").setInputFiles(CONFIG_FILE);
    await expect.poll(() => page.getByTestId("config-summary").textContent()).toContain("工作簿");
    const settings = await page.evaluate(
      () => (window as unknown as FakeWindow).__fakeExcel.state.savedSettings,
    );
    expect(Object.keys(settings)).toEqual(["syt-templates-config"]);

    await pickTemplate(page, "拦截", "快递拦截报备");
    await page.getByRole("button", { name: "从选中行填入" }).click();
    await expect
      .poll(() => page.getByTestId("order-source").textContent())
      .toContain(`「官网导出」第 ${row} 行`);
    expect(await field(page, "收货人姓名").inputValue()).toBe(order.receiver.name);
    expect(await field(page, "收货人手机号").inputValue()).toBe(order.receiver.mobile);
    expect(await field(page, "省份").inputValue()).toBe(order.receiver.address.province);
    expect(await field(page, "城市").inputValue()).toBe(order.receiver.address.city);

    // 不放清单 from both product rows of the order, selected together.
    await page.evaluate(
      ({ from, to }) => (window as unknown as FakeWindow).__fakeExcel.select("官网导出", `A${from}:B${to}`),
      {
        from: row,
        to: row + order.lines.length - 1,
      },
    );
    await pickTemplate(page, "不放", "不放清单");
    await page.getByRole("button", { name: "从选中行填入" }).click();
    await expect
      .poll(() => page.getByTestId("order-source").textContent())
      .toContain(`第 ${row} 至 ${row + order.lines.length - 1} 行`);
    for (const [index, line] of order.lines.entries()) {
      expect(await page.locator(`[data-field="lines.${index}.product"]`).inputValue()).toBe(
        line.product.name,
      );
    }
    await pickTemplate(page, "拦截", "快递拦截报备");
    expect(await page.getByTestId("preview-incomplete").textContent()).toBe(
      "还要填写或改正：快递公司、运单号。填好后这里会显示消息。",
    );
    // The 官网 export has no waybill: the operator types courier and waybill, and the message shows.
    await field(page, "快递公司").fill("申通");
    await field(page, "运单号").fill("773012345678901");
    await expect
      .poll(() => page.getByTestId("preview-text").textContent())
      .toContain("运单号：773012345678901");
    await settle(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, "messages-excel.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.leaks).toEqual([]);
  });

  it("keeps the configuration in OfficeRuntime.storage where the host has it (and not in the workbook), also when changed in the form", async () => {
    session = await openTaskpane(
      browser,
      { kind: "excel", options: { host: "Excel", platform: "PC", sets: { ExcelApi: "1.9" } } },
      { width: 360, height: 900 },
      () => {
        // OfficeRuntime.storage as Office gives it: a string store of the add-in on this computer.
        const items = new Map<string, string>();
        (
          window as unknown as { OfficeRuntime: unknown; __runtimeItems: Map<string, string> }
        ).__runtimeItems = items;
        (window as unknown as { OfficeRuntime: unknown }).OfficeRuntime = {
          storage: {
            getItem: async (key: string) => items.get(key) ?? null,
            setItem: async (key: string, value: string) => void items.set(key, value),
            removeItem: async (key: string) => void items.delete(key),
          },
        };
      },
    );
    const { page } = session;
    await openMessages(page);
    await page.getByTestId("config-file").setInputFiles(CONFIG_FILE);
    await expect
      .poll(() => page.getByTestId("config-summary").textContent())
      .toContain("OfficeRuntime.storage");
    const stored = await page.evaluate(() => [
      ...(window as unknown as { __runtimeItems: Map<string, string> }).__runtimeItems.keys(),
    ]);
    expect(stored).toEqual(["syt-templates-config"]);
    expect(
      await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.state.savedSettings),
    ).toEqual({});
    // Changed in the form: saved to the same place, the same JSON the CLI reads.
    await page.getByRole("button", { name: "修改配置" }).click();
    const form = page.getByTestId("config-form");
    expect(await form.getByRole("textbox", { name: "药师微信", exact: true }).inputValue()).toBe(
      config.pharmacistWechat,
    );
    await form.getByRole("textbox", { name: "药师微信", exact: true }).fill("syt-pharmacist-2");
    await form.getByRole("button", { name: "保存配置" }).click();
    await page.getByTestId("config-saved").waitFor();
    const saved = await page.evaluate(() =>
      (window as unknown as { __runtimeItems: Map<string, string> }).__runtimeItems.get(
        "syt-templates-config",
      ),
    );
    const json = JSON.parse(JSON.parse(saved ?? "{}").json ?? "{}");
    expect(parseConfig(json)).toEqual({ ...config, pharmacistWechat: "syt-pharmacist-2" });
    await page.getByRole("button", { name: "清除配置" }).click();
    await page.getByRole("button", { name: "确认清除" }).click();
    await page.getByTestId("config-missing").waitFor();
    expect(
      await page.evaluate(
        () => (window as unknown as { __runtimeItems: Map<string, string> }).__runtimeItems.size,
      ),
    ).toBe(0);
  });
});
