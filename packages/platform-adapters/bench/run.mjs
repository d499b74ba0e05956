// `pnpm bench` (after a build): parses generated 官网 exports of 10k/100k/300k rows and, in the
// same run, times a script that only reads the same file with exceljs's streaming reader.
// Every measurement is its own child process: wall time of the whole process, peak RSS.
// BENCH_SIZES=10000,100000 and BENCH_RUNS=3 override the defaults.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { writeGuanwangXlsxFile } from "@syt/fake-exports/node";

const here = import.meta.dirname;
const cacheDir = path.resolve(here, "../.bench");
const sizes = (process.env.BENCH_SIZES ?? "10000,100000,300000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function fixture(rows) {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `guanwang-${rows}.xlsx`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${file} ...\n`);
    await writeGuanwangXlsxFile(file, rows, 2026);
  }
  return file;
}

function measure(script, file) {
  const started = performance.now();
  const out = execFileSync(process.execPath, [path.join(here, script), file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const wallMs = performance.now() - started;
  return { wallMs, ...JSON.parse(out.trim().split("\n").at(-1)) };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function series(script, file, count) {
  const results = Array.from({ length: count }, () => measure(script, file));
  return {
    wallMs: median(results.map((r) => r.wallMs)),
    cpuMs: median(results.map((r) => r.cpuMs)),
    maxRssMiB: Math.max(...results.map((r) => r.maxRssKiB)) / 1024,
    last: results.at(-1),
  };
}

const table = [];
for (const rows of sizes) {
  const file = await fixture(rows);
  const count = rows >= 300_000 ? 1 : runs;
  const bare = series("bare-read.mjs", file, count);
  const parse = series("parse.mjs", file, count);
  table.push({ rows, bare, parse, count });
  console.log(
    `${rows} rows: bare read ${seconds(bare.wallMs)} wall, ${seconds(bare.cpuMs)} CPU, ${bare.maxRssMiB.toFixed(0)} MiB; ` +
      `parse to orders ${seconds(parse.wallMs)} wall, ${seconds(parse.cpuMs)} CPU, ${parse.maxRssMiB.toFixed(0)} MiB ` +
      `(${parse.last.orders} orders)`,
  );
}

console.log(
  "\n| rows | runs | wall: bare read / parse (ratio) | CPU: bare read / parse (ratio) | peak RSS: bare / parse |",
);
console.log("|---:|---:|---:|---:|---:|");
for (const { rows, bare, parse, count } of table) {
  console.log(
    `| ${rows.toLocaleString("en")} | ${count} | ${seconds(bare.wallMs)} / ${seconds(parse.wallMs)} (${ratio(parse.wallMs, bare.wallMs)}) | ` +
      `${seconds(bare.cpuMs)} / ${seconds(parse.cpuMs)} (${ratio(parse.cpuMs, bare.cpuMs)}) | ` +
      `${bare.maxRssMiB.toFixed(0)} / ${parse.maxRssMiB.toFixed(0)} MiB |`,
  );
}
