// Two builds (or two sets of Node flags) of the CLI against each other on the yardstick files:
// whole processes, both in each round in random order, the median of the per-round ratio B/A.
// A change of a few percent is below what these shared machines hold still for between two
// benchmark runs (their speed drifts within a minute); a ratio of runs taken back to back is not.
//
//   node bench/ab.mjs --b-cli /tmp/other-worktree/packages/cod-report/dist/cli.js --rounds 16
//   node bench/ab.mjs --b-flags="--max-semi-space-size=8" --rounds 16
//   node bench/ab.mjs --a-env="COD_REPORT_WMS_NICE=0" --rounds 14      # environment, NAME=value ...
//
// A defaults to this package's built CLI; build it first.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const here = path.resolve(import.meta.dirname, "../dist/cli.js");
const { values } = parseArgs({
  options: {
    "a-cli": { type: "string", default: here },
    "b-cli": { type: "string", default: here },
    "a-flags": { type: "string", default: "" },
    "b-flags": { type: "string", default: "" },
    "a-env": { type: "string", default: "" },
    "b-env": { type: "string", default: "" },
    data: { type: "string", default: "/tmp/bench-data" },
    rows: { type: "string", default: "100000" },
    rounds: { type: "string", default: "16" },
    date: { type: "string", default: "2026-11-25" },
  },
});

const orders = path.join(values.data, `orders-${values.rows}.xlsx`);
const wms = path.join(values.data, `wms-${values.rows}.xlsx`);
for (const file of [orders, wms, values["a-cli"], values["b-cli"]]) {
  if (!existsSync(file)) {
    console.error(
      `missing ${file}: generate the yardstick files and build the CLI (see the README's Benchmark)`,
    );
    process.exit(2);
  }
}

const out = mkdtempSync(path.join(os.tmpdir(), "cod-ab-"));
const words = (text) => text.split(" ").filter(Boolean);
const envOf = (text) => ({
  ...process.env,
  // Split at the first `=` only: a value may hold one (`NODE_OPTIONS=--max-semi-space-size=8`).
  ...Object.fromEntries(
    words(text).map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
  ),
});
const sides = {
  A: { cli: values["a-cli"], flags: words(values["a-flags"]), env: envOf(values["a-env"]) },
  B: { cli: values["b-cli"], flags: words(values["b-flags"]), env: envOf(values["b-env"]) },
};

/** One whole process: wall and CPU seconds, peak RSS in MiB, as `/usr/bin/time` sees them. */
function run({ cli, flags, env }) {
  const args = ["--orders", orders, "--wms", wms, "--date", values.date, "--out", out, "--force"];
  const result = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...flags, cli, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env,
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const [wall, user, sys, kib] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall, cpu: user + sys, mib: kib / 1024 };
}

const median = (numbers) => [...numbers].sort((x, y) => x - y)[Math.floor(numbers.length / 2)];
const samples = { A: [], B: [] };
const ratios = [];
run(sides.A);
run(sides.B);
for (let round = 0; round < Number(values.rounds); round++) {
  const order = Math.random() < 0.5 ? ["A", "B"] : ["B", "A"];
  const taken = {};
  for (const side of order) taken[side] = run(sides[side]);
  samples.A.push(taken.A);
  samples.B.push(taken.B);
  ratios.push(taken.B.wall / taken.A.wall);
}
rmSync(out, { recursive: true, force: true });

const summary = (side) =>
  `wall ${median(samples[side].map((s) => s.wall)).toFixed(2)} s, CPU ${median(samples[side].map((s) => s.cpu)).toFixed(2)} s, ` +
  `peak ${median(samples[side].map((s) => s.mib)).toFixed(0)} MiB`;
console.log(`A: ${summary("A")}`);
console.log(`B: ${summary("B")}`);
console.log(
  `B/A wall, median of ${ratios.length} rounds: ${median(ratios).toFixed(3)} (rounds ${ratios.map((r) => r.toFixed(2)).join(", ")})`,
);
