// Preloaded into each measured process: reports its peak resident memory on exit.
const fs = require("node:fs");

process.on("exit", () => {
  const file = process.env.SYT_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
