import { type CodSummary, countProblems, formatGroupZh, formatVerdictZh } from "@syt/cod-report";
import { maskPhonesInText } from "@syt/orders-model";
import { expect } from "vitest";
import type { Session } from "./browser";

type Page = Session["page"];

/** Distinct rows of the pasted sheets that the problems point at: what 需要处理 counts under the number of problems. */
export function rowsToFix(summary: CodSummary): number {
  return new Set(summary.findings.flatMap((f) => (f.row === undefined ? [] : [`${f.sheet}:${f.row}`]))).size;
}

/** The verdict on top, then one box per problem in the core's order, each with its sentence and count. */
export async function expectGroupedReport(page: Page, summary: CodSummary) {
  await expect.poll(() => page.getByTestId("verdict").textContent()).toBe(formatVerdictZh(summary));
  const verdictFirst = await page.getByTestId("report").evaluate((report) => {
    const verdict = report.querySelector("[data-testid=verdict]");
    const group = report.querySelector("[data-testid=finding-group]");
    return verdict !== null && group !== null && (verdict.compareDocumentPosition(group) & 4) !== 0;
  });
  expect(verdictFirst).toBe(true);
  const groups = page.getByTestId("finding-group");
  await expect.poll(() => groups.count()).toBe(summary.groups.length);
  expect(await groups.locator(".group-text").allTextContents()).toEqual(
    summary.groups.map((group) =>
      // Without a WMS export the missing waybills are said once, as what they are.
      !summary.wmsProvided && group.code === "missing-waybill"
        ? `没有选择 WMS 导出, 所以没有核对物流: ${group.count} 个订单的物流单号要到 WMS 查`
        : maskPhonesInText(formatGroupZh(group)),
    ),
  );
  if (!summary.wmsProvided)
    expect(await page.getByTestId("no-wms").textContent()).toBe("没有选择 WMS 导出, 所以没有核对物流。");
  expect(await groups.getByTestId("group-count").allTextContents()).toEqual(
    summary.groups.map((group) => `${group.count.toLocaleString("en-US")} 条`),
  );
  // The verdict and the figures under it count the same problems, and the same notes.
  const { problems, notes } = countProblems(summary.groups);
  const verdict = (await page.getByTestId("verdict").textContent()) ?? "";
  expect(verdict).toMatch(problems > 0 ? new RegExp(`^交付前需要处理 ${problems} 个问题`) : /^可以交付/);
  expect(await page.getByTestId("problems-count").textContent()).toBe(`${problems} 个问题`);
  if (notes > 0) {
    expect(verdict).toContain(`另有 ${notes} 个提醒`);
    expect(await page.getByTestId("notes-count").textContent()).toBe(`另有 ${notes} 个提醒`);
  } else expect(await page.getByTestId("notes-count").count()).toBe(0);
  // And the boxes below: one 错误 box per problem the verdict counts, one 提醒 box per note.
  const badges = await groups.locator(".finding-badge").allTextContents();
  expect(badges.filter((word) => word === "错误")).toHaveLength(problems);
  expect(badges.filter((word) => word === "提醒")).toHaveLength(notes);
  expect(await page.getByTestId("rows-to-fix").textContent()).toBe(
    `涉及 ${rowsToFix(summary).toLocaleString("en-US")} 行`,
  );
}

/**
 * A finding row's button by where it is: the order number comes first in the row (`订单 … · `), the
 * sheet or file and the row after it; a row without an order starts with where it is.
 */
export function rowButton(label: string, row: number): RegExp {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|· )${escaped} 第 ${row} 行(?!\\d)`);
}
