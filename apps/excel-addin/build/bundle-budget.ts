import { gzipSync } from "node:zlib";
import type { Plugin, Rollup } from "vite";

export const FIRST_LOAD_BUDGET_BYTES = 200 * 1024;

export interface ChunkSize {
  fileName: string;
  gzipBytes: number;
}

function chunkMap(bundle: Rollup.OutputBundle): Map<string, Rollup.OutputChunk> {
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const item of Object.values(bundle)) if (item.type === "chunk") chunks.set(item.fileName, item);
  return chunks;
}

/** A chunk and, transitively, its static imports (not dynamic ones), each once. */
function withStaticImports(chunks: Map<string, Rollup.OutputChunk>, roots: Iterable<string>): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/**
 * The JS a first load fetches: an entry chunk and, transitively, its static imports (not dynamic
 * ones). Without `entry`, every entry's (the union of the pages).
 */
export function firstLoadChunks(bundle: Rollup.OutputBundle, entry?: string): Rollup.OutputChunk[] {
  const chunks = chunkMap(bundle);
  const roots = [...chunks.values()]
    .filter((c) => c.isEntry && (entry === undefined || c.fileName === entry))
    .map((c) => c.fileName);
  return withStaticImports(chunks, roots).flatMap((fileName) => chunks.get(fileName) ?? []);
}

export function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export interface PageSize {
  /** The entry chunk of the page (index.html: file mode, taskpane.html: Office). */
  entry: string;
  name: string;
  gzipBytes: number;
  chunks: ChunkSize[];
}

export interface LazySize {
  /** A chunk loaded by dynamic import (a tab, the report engine, the CSV reader…). */
  fileName: string;
  name: string;
  gzipBytes: number;
  /** With the chunks it imports that no first load has already fetched (shared with other lazy chunks). */
  withImportsGzipBytes: number;
  imports: string[];
}

export interface BundleSizes {
  /** The biggest first load of any page: what the budget limits. */
  firstLoadGzipBytes: number;
  limitBytes: number;
  /** Every chunk some page loads first. */
  chunks: ChunkSize[];
  pages: PageSize[];
  lazy: LazySize[];
}

/** The first load of each page and every lazily loaded chunk, gzip level 9. */
export function bundleSizes(bundle: Rollup.OutputBundle, limitBytes = FIRST_LOAD_BUDGET_BYTES): BundleSizes {
  const chunks = chunkMap(bundle);
  const sizes = new Map<string, number>();
  const size = (fileName: string) => {
    let bytes = sizes.get(fileName);
    if (bytes === undefined) {
      bytes = gzipSize(chunks.get(fileName)?.code ?? "");
      sizes.set(fileName, bytes);
    }
    return bytes;
  };
  const sized = (fileName: string): ChunkSize => ({ fileName, gzipBytes: size(fileName) });
  const entries = [...chunks.values()].filter((c) => c.isEntry);
  const pages = entries.map((entry): PageSize => {
    const first = withStaticImports(chunks, [entry.fileName]).map(sized);
    return {
      entry: entry.fileName,
      name: entry.name,
      gzipBytes: first.reduce((sum, c) => sum + c.gzipBytes, 0),
      chunks: first,
    };
  });
  const firstLoad = new Set(
    withStaticImports(
      chunks,
      entries.map((c) => c.fileName),
    ),
  );
  const lazy = [...chunks.values()]
    .filter((c) => c.isDynamicEntry && !firstLoad.has(c.fileName))
    .map((c): LazySize => {
      const imports = withStaticImports(chunks, [c.fileName]).filter(
        (f) => f !== c.fileName && !firstLoad.has(f),
      );
      return {
        fileName: c.fileName,
        name: c.name,
        gzipBytes: size(c.fileName),
        withImportsGzipBytes: size(c.fileName) + imports.reduce((sum, f) => sum + size(f), 0),
        imports,
      };
    })
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  return {
    firstLoadGzipBytes: Math.max(0, ...pages.map((p) => p.gzipBytes)),
    limitBytes,
    chunks: [...firstLoad].map(sized),
    pages,
    lazy,
  };
}

/** Fails the build when a page's first-load JS grows over the budget, and prints the figures either way. */
export function bundleBudgetPlugin(limitBytes = FIRST_LOAD_BUDGET_BYTES): Plugin {
  return {
    name: "syt-first-load-budget",
    apply: "build",
    generateBundle(_options, bundle) {
      const sizes = bundleSizes(bundle, limitBytes);
      this.emitFile({
        type: "asset",
        fileName: "bundle-size.json",
        source: `${JSON.stringify(sizes, null, 2)}\n`,
      });
      const lines = sizes.pages.flatMap((page) => [
        `  page ${page.name} (${page.entry}): ${formatKb(page.gzipBytes)} gzip`,
        ...page.chunks.map((c) => `    ${c.fileName}: ${formatKb(c.gzipBytes)}`),
      ]);
      const lazyLines = sizes.lazy.map(
        (c) =>
          `  lazy ${c.fileName}: ${formatKb(c.gzipBytes)}` +
          (c.imports.length > 0 ? ` (${formatKb(c.withImportsGzipBytes)} with ${c.imports.join(", ")})` : ""),
      );
      const verdict = `first-load JS: ${formatKb(sizes.firstLoadGzipBytes)} gzip, biggest page (budget ${formatKb(limitBytes)})`;
      const over = sizes.pages.filter((page) => page.gzipBytes > limitBytes);
      if (over.length > 0) this.error(`${verdict} is over budget:\n${lines.join("\n")}`);
      console.log(`\n${verdict}\n${lines.join("\n")}\n${lazyLines.join("\n")}`);
    },
  };
}
