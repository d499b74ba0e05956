import { rmSync } from "node:fs";
import type { Options } from "tsup";

/**
 * One build shape for every published package: ESM + CJS + .d.ts from `src/`.
 * The declaration build must not follow the `@syt/source` condition, or it would
 * inline the sources of sibling packages into this package's types.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: { compilerOptions: { customConditions: [] } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    splitting: false,
    treeshake: true,
    ...overrides,
  };
}

/**
 * A package's command-line entries (its `bin`), beside `packageBuild`'s library build. Each
 * carries our packages and zod/dayjs in its own chunks: Node then compiles a few modules
 * instead of resolving and loading zod's hundred-odd files, which took 80 ms of an ordinary
 * day's 0.4 s report (in each thread). What is imported on demand (the HTML reader) stays in
 * chunks or packages of its own, so an ordinary
 * run does not parse it. ESM only: the `bin` is the ESM file.
 */
function cliBuild(entry: Record<string, string>): Options {
  return packageBuild(entry, {
    clean: false,
    format: ["esm"],
    splitting: true,
    noExternal: [/^@syt\//, "zod", /^dayjs/],
    // A bin is run, never imported: a declaration pass would take a minute to write `export {}`.
    dts: false,
    // Half the text for V8 to parse at every start; the source maps still point into the sources.
    minify: true,
  });
}

/**
 * A package with a library and command-line entries: both builds, cleaned once before either
 * starts. tsup runs the two side by side; a clean of its own in each could remove what the other
 * had already written.
 */
export function libraryAndCliBuilds(library: Record<string, string>, cli: Record<string, string>): Options[] {
  rmSync("dist", { recursive: true, force: true });
  return [packageBuild(library, { clean: false }), cliBuild(cli)];
}
