// Writes examples/今日/: a whole day of fake exports, so `pnpm daily examples/今日` shows a full day.
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fakeDay, toXlsx } from "@syt/fake-exports";

export const EXAMPLE_DATE = "2026-11-25";
const dir = path.resolve(import.meta.dirname, "../../../examples/今日");
await mkdir(dir, { recursive: true });
for (const name of await readdir(dir)) await rm(path.join(dir, name));
for (const { fileName, sheet } of fakeDay({ date: EXAMPLE_DATE, at: "09:00" })) {
  await writeFile(path.join(dir, fileName), await toXlsx({ name: sheet.name, rows: sheet.rows }));
}
process.stdout.write(`examples written to ${dir}\n`);
