// A day of 7 exports × 10k rows each, read from xlsx and checked: `pnpm --filter @syt/daily-checks bench`.
import { performance } from "node:perf_hooks";
import {
  type FakePlatform,
  fakeOrders,
  guanwangExport,
  pinduoduoExport,
  profiledExport,
  shanghaiInstant,
  toXlsx,
  wanliniuExport,
  wmsExport,
} from "@syt/fake-exports";
import { readTable } from "@syt/platform-adapters";
import { checklist, DEFAULT_CONFIG, readDayExport } from "../src/index";

const ROWS = 10_000;
const date = "2026-11-25";
const now = shanghaiInstant(date, "10:00");
const from = shanghaiInstant("2026-11-23");
const orders = (platform: FakePlatform, seed: number, count: number) =>
  fakeOrders({ platform, seed, count, from, to: now, firstSeq: 10000 });

// Line exports have ~1.9 rows per order; 拼多多 and the WMS one row per order.
const sheets = [
  guanwangExport(orders("guanwang", 1, 5300), { headers: "operator" }),
  pinduoduoExport(orders("pinduoduo", 2, ROWS), { layout: "current" }),
  profiledExport("yaofangwang", orders("yaofangwang", 3, 5300)),
  profiledExport("pingan", orders("pingan", 4, 5300)),
  profiledExport("suning", orders("suning", 5, 5300)),
  wanliniuExport(orders("guanwang", 6, 5300)),
  wmsExport(orders("guanwang", 7, 11_000)),
];
const files = await Promise.all(sheets.map((sheet) => toXlsx({ name: sheet.name, rows: sheet.rows })));
const start = performance.now();
const inputs = [];
let rows = 0;
for (const [i, bytes] of files.entries()) {
  const input = await readDayExport(await readTable(bytes, { fileName: `${i}.xlsx` }), {
    fileName: `${i}.xlsx`,
  });
  rows += input.dataRows;
  inputs.push(input);
}
const read = performance.now();
const list = checklist({ now, config: DEFAULT_CONFIG, inputs });
const done = performance.now();
const findings = list.items.reduce((n, item) => n + item.findings.length, 0);
process.stdout.write(
  `${inputs.length} exports, ${rows} rows: read ${((read - start) / 1000).toFixed(2)} s, checked ${((done - read) / 1000).toFixed(2)} s, total ${((done - start) / 1000).toFixed(2)} s (${findings} findings)\n`,
);
