import { describe, expect, it } from "vitest";
import { dayFiles } from "../../test/browser/day-inputs";
import { contentId, dayFileFor, duplicateZh, withFiles } from "./day-files";
import { readChosen } from "./read";

// The day's files as every tab sees them, read from the example day (fake people) as the taskpane reads them.
const AT = new Date("2026-11-25T10:00:00+08:00");

async function read(names: string[]) {
  const chosen = dayFiles().filter((f) => names.includes(f.name));
  return readChosen(
    await Promise.all(chosen.map(async (f) => ({ ...f, id: await contentId(f.bytes) }))),
    undefined,
    AT,
  );
}

describe("the day's files", () => {
  it("tells each file's kind, rows, order dates and whether it is today's; 货到付款 finds its two", async () => {
    const files = await read(["官网订单_20261125.xlsx", "WMS物流_20261125.xlsx", "缺货清单_20261125.xlsx"]);
    const [oos, wms, orders] = [
      files.find((f) => f.name.startsWith("缺货")),
      files.find((f) => f.name.startsWith("WMS")),
      files.find((f) => f.name.startsWith("官网")),
    ];
    expect(orders?.summary).toMatchObject({
      kindZh: "官网订单导出",
      ok: true,
      codRole: "orders",
      today: true,
    });
    expect(orders?.summary.rows).toBeGreaterThan(10);
    expect(orders?.summary.datesZh).toMatch(/^下单时间 11-2\d \d\d:\d\d – 11-25 \d\d:\d\d$/);
    expect(wms?.summary).toMatchObject({ kindZh: "WMS物流导出", codRole: "wms", assumed: true });
    expect(oos?.summary.codRole).toBeUndefined();
    expect(orders?.loaded[0]?.orders.length).toBeGreaterThan(0);
    expect(dayFileFor(files, "orders")?.name).toBe("官网订单_20261125.xlsx");
    expect(dayFileFor(files, "wms")?.name).toBe("WMS物流_20261125.xlsx");
  });

  it("is not today's on the next day", async () => {
    const chosen = dayFiles().filter((f) => f.name === "官网订单_20261125.xlsx");
    const [file] = await readChosen(
      await Promise.all(chosen.map(async (f) => ({ ...f, id: await contentId(f.bytes) }))),
      undefined,
      new Date("2026-11-27T10:00:00+08:00"),
    );
    expect(file?.summary.today).toBe(false);
  });

  it("knows the same bytes under another name, and replaces a file by a new one of the same name", async () => {
    const [orders] = dayFiles().filter((f) => f.name === "官网订单_20261125.xlsx");
    if (!orders) throw new Error("no example");
    expect(await contentId(orders.bytes.slice())).toBe(await contentId(orders.bytes));
    expect(duplicateZh("官网订单_20261125 (1).xlsx", orders.name)).toBe(
      "已经载入过「官网订单_20261125.xlsx」: 「官网订单_20261125 (1).xlsx」的内容和它完全相同, 没有再次载入。",
    );
    const [a, b] = await read(["官网订单_20261125.xlsx", "拼多多订单_20261125.xlsx"]);
    if (!a || !b) throw new Error("not read");
    const newer = { ...a, id: "newer" };
    expect(withFiles([a, b], [newer]).map((f) => f.id)).toEqual([b.id, "newer"]);
  });
});
