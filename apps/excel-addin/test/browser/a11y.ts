import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const axeSource = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** No pointer over a control and no transition running (a button's selected colour, a field's underline). */
export async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
}

/**
 * Runs axe-core (served from node_modules into the page, not from any CDN) over what the page shows
 * once it is at rest (colours are judged after transitions, not half way) and returns the serious and
 * critical violations, each with the elements it found. One finding is left out: Fluent's TabList
 * puts `aria-hidden` focusable `<i data-tabster-dummy>` guards around itself (they hand the focus on
 * at once and are never read), which axe's aria-hidden-focus flags. Fluent closed this as by design
 * (microsoft/fluentui#27517) and Accessibility Insights suppresses exactly these
 * (microsoft/accessibility-insights-web#7605). Any other element, or any other rule, still counts.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await settle(page);
  const kept: AxeViolation[] = [];
  for (const violation of await allSeriousViolations(page)) {
    if (violation.id === "aria-hidden-focus" && (await onlyTabsterGuards(page, violation.targets))) continue;
    kept.push(violation);
  }
  return kept;
}

function onlyTabsterGuards(page: Page, targets: string[]): Promise<boolean> {
  return page.evaluate(
    (selectors) =>
      selectors.every((selector) => {
        const elements = [...document.querySelectorAll(selector)];
        return elements.length > 0 && elements.every((element) => element.hasAttribute("data-tabster-dummy"));
      }),
    targets,
  );
}

async function allSeriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected above and has no types in the page
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    // biome-ignore lint/suspicious/noExplicitAny: axe's result objects
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // biome-ignore lint/suspicious/noExplicitAny: axe's node objects
      targets: v.nodes.map((n: any) => String(n.target)),
    }));
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** No serious or critical axe-core violation on what the page shows. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}
