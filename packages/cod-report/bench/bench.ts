// `pnpm bench`: the whole CLI run against a minimal exceljs streaming script doing
// the same job, on generated 官网 exports of 10k/100k/300k rows with matching WMS
// exports (cached in the temp dir). Prints wall time and peak RSS of each process.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type FakeOrder, fakeOrders, guanwangExport, wmsExport } from "@syt/fake-exports";
import { writeXlsxFile } from "@syt/fake-exports/node";

type Cells = ReturnType<typeof guanwangExport>["rows"][number];

const SIZES = (process.env.COD_BENCH_ROWS ?? "10000,100000,300000").split(",").map(Number);
const RUNS = Number(process.env.COD_BENCH_RUNS ?? 1);
const BATCH = 2000;
const packageDir = path.resolve(import.meta.dirname, "..");
const cacheDir = path.join(os.tmpdir(), "syt-cod-report-bench");

function* batches(): Generator<FakeOrder[]> {
  for (let batch = 0; ; batch++)
    yield fakeOrders({ seed: 1 + batch, count: BATCH, firstSeq: 100000 + batch * BATCH });
}

/** The orders whose product lines make up the first `lineRows` rows of the export, batch by batch. */
function* orderBatches(lineRows: number): Generator<FakeOrder[]> {
  let lines = 0;
  for (const orders of batches()) {
    const taken: FakeOrder[] = [];
    for (const order of orders) {
      if (lines >= lineRows) break;
      taken.push(order);
      lines += order.lines.length;
    }
    if (taken.length > 0) yield taken;
    if (lines >= lineRows) return;
  }
}

function* sheetRows(lineRows: number, sheetOf: (orders: FakeOrder[]) => { rows: Cells[] }): Generator<Cells> {
  let first = true;
  for (const orders of orderBatches(lineRows)) {
    const [header, ...rows] = sheetOf(orders).rows;
    if (first && header) yield header;
    first = false;
    yield* rows;
  }
}

async function exportsFor(rows: number): Promise<{ orders: string; wms: string }> {
  const dir = path.join(cacheDir, String(rows));
  const files = { orders: path.join(dir, "orders.xlsx"), wms: path.join(dir, "wms.xlsx") };
  if (existsSync(files.orders) && existsSync(files.wms)) return files;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${rows} rows in ${dir}\n`);
  await writeXlsxFile(
    `${files.orders}.tmp`,
    "订单信息",
    sheetRows(rows, (o) => guanwangExport(o, { headers: "operator" })),
  );
  await writeXlsxFile(
    `${files.wms}.tmp`,
    "物流查询",
    sheetRows(rows, (o) => wmsExport(o)),
  );
  renameSync(`${files.orders}.tmp`, files.orders);
  renameSync(`${files.wms}.tmp`, files.wms);
  return files;
}

interface Measure {
  seconds: number;
  /** User + system CPU: on a shared machine, steadier than wall time. */
  cpuSeconds: number;
  peakMiB: number;
}

function measure(args: string[], rssFile: string): Promise<Measure> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--require", path.join(packageDir, "bench/peak-rss.cjs"), ...args],
      {
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, SYT_BENCH_RSS_FILE: rssFile },
      },
    );
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`${args.join(" ")} exited with ${code}`));
      else {
        const usage = JSON.parse(readFileSync(rssFile, "utf8")) as { maxRSS: number; cpuMicros: number };
        resolve({
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: usage.cpuMicros / 1e6,
          peakMiB: usage.maxRSS / 1024,
        });
      }
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function bench(rows: number) {
  const files = await exportsFor(rows);
  const out = path.join(cacheDir, `out-${rows}`);
  mkdirSync(out, { recursive: true });
  const cli = [path.join(packageDir, "dist/cli.js"), "--orders", files.orders, "--wms", files.wms];
  const cliArgs = [...cli, "--out", out, "--date", "2026-11-25", "--force", "--json"];
  const minimalArgs = [path.join(packageDir, "bench/minimal-streaming.mjs"), files.orders, files.wms];
  const runs: { cli: Measure; minimal: Measure }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const minimal = await measure([...minimalArgs, path.join(out, "minimal.xlsx")], path.join(out, "rss"));
    runs.push({ minimal, cli: await measure(cliArgs, path.join(out, "rss")) });
  }
  const pick = (key: "cli" | "minimal", field: keyof Measure) => median(runs.map((r) => r[key][field]));
  return {
    rows,
    cliSeconds: pick("cli", "seconds"),
    cliCpu: pick("cli", "cpuSeconds"),
    cliPeakMiB: pick("cli", "peakMiB"),
    minimalSeconds: pick("minimal", "seconds"),
    minimalCpu: pick("minimal", "cpuSeconds"),
    minimalPeakMiB: pick("minimal", "peakMiB"),
  };
}

process.stdout.write(`node ${process.version}, ${os.cpus().length} cores, median of ${RUNS} run(s)\n`);
process.stdout.write(
  "| rows | CLI wall s | CLI CPU s | CLI peak MiB | minimal wall s | minimal CPU s | minimal peak MiB | CLI/minimal wall | CLI/minimal CPU | CLI wall s per 100k |\n",
);
process.stdout.write("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
for (const rows of SIZES) {
  const r = await bench(rows);
  const cells = [
    r.rows,
    r.cliSeconds.toFixed(1),
    r.cliCpu.toFixed(1),
    r.cliPeakMiB.toFixed(0),
    r.minimalSeconds.toFixed(1),
    r.minimalCpu.toFixed(1),
    r.minimalPeakMiB.toFixed(0),
    (r.cliSeconds / r.minimalSeconds).toFixed(2),
    (r.cliCpu / r.minimalCpu).toFixed(2),
    ((r.cliSeconds * 100_000) / r.rows).toFixed(1),
  ];
  process.stdout.write(`| ${cells.join(" | ")} |\n`);
}
