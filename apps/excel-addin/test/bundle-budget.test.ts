import type { Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { bundleBudgetPlugin, bundleSizes, firstLoadChunks, gzipSize } from "../build/bundle-budget";

function chunk(
  fileName: string,
  code: string,
  options: { entry?: boolean; dynamicEntry?: boolean; imports?: string[]; dynamic?: string[] },
) {
  return {
    type: "chunk",
    fileName,
    name: fileName.replace(/\.js$/, ""),
    code,
    isEntry: options.entry ?? false,
    isDynamicEntry: options.dynamicEntry ?? false,
    imports: options.imports ?? [],
    dynamicImports: options.dynamic ?? [],
  } as unknown as Rollup.OutputChunk;
}

/** Distinct text per chunk, so sizes differ and gzip cannot share work between them. */
function text(seed: string, lines: number): string {
  return Array.from(
    { length: lines },
    (_, i) => `export const ${seed}${i} = "${seed}-${(i * 7919) % 10007}";`,
  ).join("\n");
}

const bundle = {
  "index.js": chunk("index.js", text("index", 3000), {
    entry: true,
    imports: ["react.js"],
    dynamic: ["engine.js"],
  }),
  "react.js": chunk("react.js", text("react", 2000), { imports: ["shared.js"] }),
  "shared.js": chunk("shared.js", "export const x = 1;", {}),
  "engine.js": chunk("engine.js", text("engine", 9000), { imports: ["shared.js"] }),
} as Rollup.OutputBundle;

function runPlugin(limitBytes: number) {
  const plugin = bundleBudgetPlugin(limitBytes);
  const emitted: { fileName: string; source: string }[] = [];
  const context = {
    emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hook = plugin.generateBundle as unknown as (
    this: typeof context,
    o: unknown,
    b: Rollup.OutputBundle,
  ) => void;
  hook.call(context, {}, bundle);
  return JSON.parse(emitted[0]?.source ?? "{}") as { firstLoadGzipBytes: number };
}

describe("first-load budget", () => {
  it("counts the entry and its static imports, never what is loaded by dynamic import", () => {
    expect(firstLoadChunks(bundle).map((c) => c.fileName)).toEqual(["index.js", "react.js", "shared.js"]);
  });

  it("passes and records the figure under the budget", () => {
    const size = runPlugin(200 * 1024);
    const expected = ["index.js", "react.js", "shared.js"].reduce(
      (sum, name) => sum + gzipSize((bundle[name] as Rollup.OutputChunk).code),
      0,
    );
    expect(size.firstLoadGzipBytes).toBe(expected);
  });

  it("fails the build over the budget, naming the chunks", () => {
    const { firstLoadGzipBytes } = runPlugin(200 * 1024);
    expect(() => runPlugin(firstLoadGzipBytes - 1)).toThrow(/over budget[\s\S]*index\.js[\s\S]*react\.js/);
  });
});

describe("two pages (index.html: file mode, taskpane.html: Office) and their lazy tabs", () => {
  const pages = {
    "index.js": chunk("index.js", text("fileEntry", 100), { entry: true, imports: ["app.js"] }),
    "taskpane.js": chunk("taskpane.js", text("officeEntry", 120), { entry: true, imports: ["app.js"] }),
    "app.js": chunk("app.js", text("app", 3000), { dynamic: ["daily.js", "engine.js"] }),
    "daily.js": chunk("daily.js", text("daily", 2000), {
      dynamicEntry: true,
      imports: ["app.js", "adapters.js"],
    }),
    "engine.js": chunk("engine.js", text("engine", 1500), { dynamicEntry: true, imports: ["adapters.js"] }),
    "adapters.js": chunk("adapters.js", text("adapters", 4000), {}),
  } as Rollup.OutputBundle;
  const size = (name: string) => gzipSize((pages[name] as Rollup.OutputChunk).code);

  it("measures each page's first load on its own, and limits the bigger one", () => {
    const sizes = bundleSizes(pages, 200 * 1024);
    expect(sizes.pages.map((p) => [p.entry, p.gzipBytes])).toEqual([
      ["index.js", size("index.js") + size("app.js")],
      ["taskpane.js", size("taskpane.js") + size("app.js")],
    ]);
    expect(sizes.firstLoadGzipBytes).toBe(size("taskpane.js") + size("app.js"));
    expect(firstLoadChunks(pages, "index.js").map((c) => c.fileName)).toEqual(["index.js", "app.js"]);
  });

  it("lists each lazy chunk with what it fetches beyond the first load", () => {
    const { lazy } = bundleSizes(pages);
    expect(lazy.map((c) => [c.fileName, c.gzipBytes, c.imports, c.withImportsGzipBytes])).toEqual([
      ["daily.js", size("daily.js"), ["adapters.js"], size("daily.js") + size("adapters.js")],
      ["engine.js", size("engine.js"), ["adapters.js"], size("engine.js") + size("adapters.js")],
    ]);
  });
});
