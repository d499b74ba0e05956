// The CLI timed beside the peer yardstick (../shared/bench, copied with node_modules installed)
// in one run: warm-up, then A B A B pairs, medians of whole processes (`/usr/bin/time`).
// These machines are shared and noisy; only the ratio measured side by side means something.
//
//   node bench/vs-peer.mjs --yardstick /tmp/yardstick --data /tmp/bench-data --rows 100000 --pairs 3
//
// The CLI runs from dist: build orders-model, platform-adapters and cod-report first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    yardstick: { type: "string", default: "/tmp/yardstick" },
    data: { type: "string", default: "/tmp/bench-data" },
    rows: { type: "string", default: "100000" },
    pairs: { type: "string", default: "3" },
    date: { type: "string", default: "2026-11-25" },
  },
});
const rows = Number(values.rows);
const pairs = Number(values.pairs);
const orders = path.join(values.data, `orders-${rows}.xlsx`);
const wms = path.join(values.data, `wms-${rows}.xlsx`);
const cli = path.resolve(import.meta.dirname, "../dist/cli.js");
const peer = path.join(values.yardstick, "peer-exceljs.mjs");

for (const file of [orders, wms, cli, peer]) {
  if (!existsSync(file)) {
    console.error(
      `missing ${file}: generate with \`node ${values.yardstick}/gen.mjs ${rows} --out ${values.data}\`, build with \`pnpm run build\``,
    );
    process.exit(2);
  }
}

const out = mkdtempSync(path.join(os.tmpdir(), "cod-vs-peer-"));
const jobs = {
  cli: [
    cli,
    "--orders",
    orders,
    "--wms",
    wms,
    "--date",
    values.date,
    "--out",
    path.join(out, "cli"),
    "--force",
  ],
  peer: [peer, "--stream", "--utf8-fix", orders, wms, path.join(out, "peer"), "--date", values.date],
};

/** One whole process: wall seconds and peak RSS in MiB, as `/usr/bin/time` sees them. */
function run(name) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...jobs[name]], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // The CLI exits 1 when the report has blocking findings; the report is still written.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`${name} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  }
  const [wall, kib] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, mib: kib / 1024 };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  run("cli");
  run("peer");
  const samples = { cli: [], peer: [] };
  for (let pair = 0; pair < pairs; pair++) {
    for (const name of ["cli", "peer"]) {
      const sample = run(name);
      samples[name].push(sample);
      console.error(`${rows} ${name} ${sample.wall.toFixed(2)} s ${sample.mib.toFixed(0)} MiB`);
    }
  }
  const summary = Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      { wall: median(list.map((s) => s.wall)), mib: median(list.map((s) => s.mib)) },
    ]),
  );
  const ratio = summary.cli.wall / summary.peer.wall;
  console.log(
    `| ${rows.toLocaleString("en")} | ${summary.cli.wall.toFixed(2)} s | ${summary.cli.mib.toFixed(0)} MiB | ` +
      `${summary.peer.wall.toFixed(2)} s | ${summary.peer.mib.toFixed(0)} MiB | ${ratio.toFixed(2)}x |`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
