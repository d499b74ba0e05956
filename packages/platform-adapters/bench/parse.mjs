// The job measured: a 官网 export file to orders, through the package's public Node entry.
import { parseOrdersFile } from "@syt/platform-adapters/node";

/** CPU time of the whole process (start-up included), in ms: steadier than wall time on a shared machine. */
const cpuMs = () => {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
};

const started = performance.now();
// A large xlsx is read in a worker thread while its rows are parsed here (small files are read whole).
const result = await parseOrdersFile(process.argv[2]);
const ms = performance.now() - started;
const { accounting } = result.meta;
console.log(
  JSON.stringify({
    rows: accounting.dataRows,
    orders: result.orders.length,
    used: accounting.used,
    ms,
    maxRssKiB: process.resourceUsage().maxRSS,
    cpuMs: cpuMs(),
  }),
);
