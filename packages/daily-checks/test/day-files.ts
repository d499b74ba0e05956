import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type FakeOrder, type FakePlatform, type FakeSheet, fakeOrders, toXlsx } from "@syt/fake-exports";
import type { DayExport } from "../src/index";
import { readDayFiles } from "../src/node";

export const HOUR = 3_600_000;

/** Each sheet written as the xlsx an operator downloads, then read back as the CLI reads a folder. */
export async function readBack(files: Record<string, FakeSheet>): Promise<DayExport[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "daily-checks-rules-"));
  const paths = await Promise.all(
    Object.entries(files).map(async ([fileName, sheet]) => {
      const file = path.join(dir, fileName);
      await writeFile(file, await toXlsx({ name: sheet.name, rows: sheet.rows }));
      return file;
    }),
  );
  try {
    return await readDayFiles(paths);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One generated order with the fields a case is about set by hand. */
export function fakeOrder(platform: FakePlatform, seed: number, fields: Partial<FakeOrder>): FakeOrder {
  const [order] = fakeOrders({ platform, seed, count: 1 });
  if (!order) throw new Error("fakeOrders made no order");
  return Object.assign(order, fields);
}
