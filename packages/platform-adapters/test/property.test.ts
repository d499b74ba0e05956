import { fakeOrders, guanwangExport, type IdGuard, toValues } from "@syt/fake-exports";
import type { Order } from "@syt/orders-model";
import fc from "fast-check";
import { expect, it } from "vitest";
import { guanwang, normalizeHeader, parseOrders } from "../src/index";

const orders = fakeOrders({ seed: 3, count: 8 });
const header = guanwangExport(orders).rows[0] as string[];

/** Every alias of the field a header names: any of them must read the same. */
function aliasesOf(text: string): string[] {
  const fields = Object.values(guanwang.fields).filter((aliases) =>
    aliases?.some((a) => normalizeHeader(a) === normalizeHeader(text)),
  );
  return fields[0] ? [...fields[0]] : [text];
}

/** Spellings real exports produce for the same header: full-width brackets, spaces, a BOM. */
const spelling = (alias: string) =>
  fc.constantFrom(alias, alias.replace("(", "（").replace(")", "）"), ` ${alias}\t`, `\uFEFF${alias}`);

const renames = fc.record(
  Object.fromEntries(header.map((text) => [text, fc.constantFrom(...aliasesOf(text)).chain(spelling)])),
);

const withoutRows = (order: Order) => ({
  ...order,
  sourceRows: [],
  lines: order.lines.map(({ sourceRow: _row, ...line }) => line),
});

const baseline = (await parseOrders(guanwangExport(orders).rows)).orders.map(withoutRows);

it("shuffled columns, aliased headers, title/blank/total rows and ID guards leave the orders unchanged", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        renameHeaders: renames,
        shuffleColumnsSeed: fc.integer({ min: 0, max: 10_000 }),
        title: fc.boolean(),
        blankRows: fc.integer({ min: 0, max: 3 }),
        repeatedHeader: fc.boolean(),
        totalRow: fc.boolean(),
        idGuard: fc.constantFrom<IdGuard>("none", "tab", "formula", "apostrophe", "mixed"),
        statuses: fc.constantFrom("separate" as const, "composite" as const),
      }),
      async (traps) => {
        const sheet = guanwangExport(orders, traps);
        const result = await parseOrders(toValues(sheet));
        expect(result.orders.map(withoutRows)).toEqual(baseline);
        const { dataRows, used, skipped, issues } = result.meta.accounting;
        expect(used + skipped + issues).toBe(dataRows);
        expect(used).toBe(sheet.dataRows.length);
      },
    ),
    { numRuns: 40, seed: 20261125 },
  );
});
