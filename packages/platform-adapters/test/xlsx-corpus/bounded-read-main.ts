// Run in a child Node process (bundled by `bounded.ts`): reads one file as asked and prints
// what came out and what it cost in memory (how long it took is for benchmarks, not tests).
import { readFile } from "node:fs/promises";
import { readTable } from "../../src/index";
import { readTableFromFile } from "../../src/node";

interface Request {
  file: string;
  via: "bytes" | "file";
  limits?: Record<string, number>;
}

async function outcomeOf(request: Request, bytes: Uint8Array): Promise<Record<string, unknown>> {
  try {
    const table =
      request.via === "bytes"
        ? await readTable(bytes, { limits: request.limits })
        : await readTableFromFile(request.file, { limits: request.limits });
    const last = table.rows.at(-1);
    return {
      ok: true,
      rows: table.rows.length,
      lastRowNumber: last?.rowNumber,
      lastCells: last ? last.cells.length : 0,
      lastCell: last?.cells.at(-1) ?? null,
    };
  } catch (error) {
    const { code, reason, limit } = error as { code?: string; reason?: string; limit?: string };
    return { ok: false, code, reason, limit, message: String(error).slice(0, 300) };
  }
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? "{}") as Request;
  const bytes = new Uint8Array(await readFile(request.file));
  const rssBefore = process.memoryUsage().rss;
  const outcome = await outcomeOf(request, bytes);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ...outcome, growthMiB: (peakRss - rssBefore) / 2 ** 20 }));
}

void main();
