import { describe, expect, it } from "vitest";
import { dayConfig, generatedDays, MEASURED, percent, runDay, score } from "./own-words-reference";

const SEEDS = [27, 28, 29, 30, 31, 32, 33, 34];

describe("the rules against a reference on days in each platform's own words", () => {
  it("finds every order each rule should flag, and flags nothing else", async () => {
    const totals = Object.fromEntries(
      MEASURED.map((rule) => [rule, { expected: 0, flagged: 0, found: 0, right: 0 }]),
    );
    for (const day of generatedDays(SEEDS)) {
      const config = dayConfig(day);
      const scores = score(day, await runDay(day, config), config);
      for (const rule of MEASURED) {
        const t = totals[rule] as (typeof scores)[typeof rule];
        const s = scores[rule];
        t.expected += s.expected;
        t.flagged += s.flagged;
        t.found += s.found;
        t.right += s.right;
      }
    }
    const table = MEASURED.map((rule) => {
      const t = totals[rule] as { expected: number; flagged: number; found: number; right: number };
      return `| ${rule} | ${t.expected} | ${percent(t.found, t.expected)} | ${t.flagged} | ${percent(t.right, t.flagged)} |`;
    });
    console.log(["| rule | should flag | found | flagged | right |", ...table].join("\n"));
    for (const rule of MEASURED) {
      const t = totals[rule] as { expected: number; flagged: number; found: number };
      expect.soft(t.expected, `${rule}: the generated days give it orders to flag`).toBeGreaterThan(0);
      expect
        .soft({ rule, found: t.found, flagged: t.flagged })
        .toEqual({ rule, found: t.expected, flagged: t.expected });
    }
  });
});
