// A day of 7 exports × 10k rows each, read from xlsx files and checked as the CLI does:
// `pnpm --filter @syt/daily-checks bench`. BENCH_CPU_PROFILE=out.cpuprofile profiles the timed part only.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import os from "node:os";
import path from "node:path";
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
import { checklist, DEFAULT_CONFIG } from "../src/index";
import { readDayFiles } from "../src/node";

const ROWS = 10_000;
const date = "2026-11-25";
const now = shanghaiInstant(date, "10:00");
const from = shanghaiInstant("2026-11-23");
const orders = (platform: FakePlatform, seed: number, count: number) =>
  fakeOrders({ platform, seed, count, from, to: now, firstSeq: 10000 });

// Line exports have ~1.9 rows per order; 拼多多 and the WMS one row per order.
const days = {
  "官网订单.xlsx": () => guanwangExport(orders("guanwang", 1, 5300), { headers: "operator" }),
  "拼多多订单.xlsx": () => pinduoduoExport(orders("pinduoduo", 2, ROWS), { layout: "current" }),
  "药房网订单.xlsx": () => profiledExport("yaofangwang", orders("yaofangwang", 3, 5300)),
  "平安好医生订单.xlsx": () => profiledExport("pingan", orders("pingan", 4, 5300)),
  "苏宁订单.xlsx": () => profiledExport("suning", orders("suning", 5, 5300)),
  "万里牛订单.xlsx": () => wanliniuExport(orders("guanwang", 6, 5300)),
  "WMS物流.xlsx": () => wmsExport(orders("guanwang", 7, 11_000)),
};

// Generating and writing the files is not what is measured: they are made once and kept.
const dir = path.join(os.tmpdir(), "syt-daily-checks-bench-v2");
await mkdir(dir, { recursive: true });
const files = await Promise.all(
  Object.entries(days).map(async ([name, make]) => {
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      const sheet = make();
      await writeFile(file, await toXlsx({ name: sheet.name, rows: sheet.rows }));
    }
    return file;
  }),
);

const profileTo = process.env.BENCH_CPU_PROFILE;
const session = profileTo ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const start = performance.now();
const inputs = await readDayFiles(files);
const read = performance.now();
const list = checklist({ now, config: DEFAULT_CONFIG, inputs });
const done = performance.now();
if (session && profileTo) {
  const { profile } = await session.post("Profiler.stop");
  await writeFile(profileTo, JSON.stringify(profile));
}
const rows = inputs.reduce((n, input) => n + input.dataRows, 0);
const findings = list.items.reduce((n, item) => n + item.findings.length, 0);
const s = (ms: number) => (ms / 1000).toFixed(2);
process.stdout.write(
  `${inputs.length} exports, ${rows} rows: read ${s(read - start)} s, checked ${s(done - read)} s, total ${s(done - start)} s (${findings} findings)\n`,
);
