import { gzipSync } from "node:zlib";
import type { Plugin, Rollup } from "vite";

export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;

export interface ChunkSize {
  fileName: string;
  gzipBytes: number;
}

/** The JS a first load fetches: every entry chunk and, transitively, its static imports (not dynamic ones). */
export function firstLoadChunks(bundle: Rollup.OutputBundle): Rollup.OutputChunk[] {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === "chunk") chunks.set(item.fileName, item);
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return [...seen].flatMap((fileName) => chunks.get(fileName) ?? []);
}

export function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Fails the build when the first load's JS grows over the budget, and prints the figure either way. */
export function bundleBudgetPlugin(limitBytes = FIRST_LOAD_BUDGET_BYTES): Plugin {
  return {
    name: "syt-first-load-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const first: ChunkSize[] = firstLoadChunks(bundle).map((c) => ({
        fileName: c.fileName,
        gzipBytes: gzipSize(c.code),
      }));
      const total = first.reduce((sum, c) => sum + c.gzipBytes, 0);
      const lines = first.map((c) => `  ${c.fileName}: ${formatKb(c.gzipBytes)} gzip`);
      const verdict = `first-load JS: ${formatKb(total)} gzip (budget ${formatKb(limitBytes)})`;
      this.emitFile({
        type: "asset",
        fileName: "bundle-size.json",
        source: `${JSON.stringify({ firstLoadGzipBytes: total, limitBytes, chunks: first }, null, 2)}\n`,
      });
      if (total > limitBytes) this.error(`${verdict} is over budget:\n${lines.join("\n")}`);
      console.log(`\n${verdict}\n${lines.join("\n")}`);
    },
  };
}
