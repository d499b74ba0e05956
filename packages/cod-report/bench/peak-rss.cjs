// Preloaded into each measured process: reports its peak resident memory and CPU time on exit.
const fs = require("node:fs");

process.on("exit", () => {
  const file = process.env.SYT_BENCH_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(
    file,
    JSON.stringify({ maxRSS: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }),
  );
});
