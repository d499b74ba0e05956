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
