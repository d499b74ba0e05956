import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from "vitest/config";

const conditions = ["@syt/source", "module", "import", "default"];

/**
 * A package's test files fall into three groups, each a vitest project and a turbo task of its own:
 * - `unit` (`pnpm test:fast`, turbo `test`): reads the sources of this and sibling packages through
 *   the `@syt/source` condition, needs no build and nothing beyond Node.
 * - `slow` (turbo `test:slow`): reads sources too, but calls other programs (LibreOffice, openpyxl)
 *   or reads files by the thousand; it still waits for no build.
 * - `dist` (turbo `test:dist`, after `build`): runs what the build made: the CLIs as processes,
 *   the packed packages, the taskpane in Chromium, the release through a registry.
 * Every file not named in `slow`, `dist` or `bench` is `unit`. A `bench` group holds timed runs that
 * only `pnpm bench` starts: tests never assert elapsed time.
 */
export interface TestGroups {
  slow?: string[];
  dist?: string[];
  /** Timed runs for `pnpm bench` (after `build`): figures printed and written down, nothing asserted on time. */
  bench?: string[];
  /** Options for the `dist` project only (a global setup that builds, longer hooks). */
  distOptions?: TestProjectInlineConfiguration["test"];
}

const ALL_TESTS = ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"];

/**
 * Timeouts are set for a two-core machine that runs turbo's tasks side by side with another
 * CPU-heavy process beside them: a timeout stops a hang, it does not measure speed.
 */
const TIMEOUTS = {
  unit: { testTimeout: 60_000, hookTimeout: 120_000 },
  slow: { testTimeout: 240_000, hookTimeout: 300_000 },
  // `expect.poll` waits one second by default: too short for a page that reads a file on a busy machine.
  dist: { testTimeout: 240_000, hookTimeout: 300_000, expect: { poll: { timeout: 30_000 } } },
  bench: { testTimeout: 600_000, hookTimeout: 600_000 },
};

/**
 * Tests run against the TypeScript sources of sibling packages (the `@syt/source` export
 * condition), so no watch build is needed. Each turbo task writes a JSON report
 * (`--outputFile.json` in the package's script) that `scripts/test-summary.mjs` adds up
 * into one closing line.
 */
export function packageTests(
  packageDir: string,
  { slow = [], dist = [], bench = [], distOptions = {} }: TestGroups = {},
): ViteUserConfig {
  const project = (
    name: keyof typeof TIMEOUTS,
    include: string[],
    test: TestProjectInlineConfiguration["test"] = {},
  ): TestProjectInlineConfiguration => ({
    extends: true,
    test: { name, include, ...TIMEOUTS[name], ...test },
  });
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ["@syt/source"] } },
    test: {
      root: packageDir,
      reporters: ["default", "json"],
      outputFile: { json: path.resolve(packageDir, ".test-results/report.json") },
      projects: [
        project("unit", ALL_TESTS, {
          exclude: [...slow, ...dist, ...bench, "**/node_modules/**"],
          typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
        }),
        ...(slow.length > 0 ? [project("slow", slow)] : []),
        ...(dist.length > 0 ? [project("dist", dist, distOptions)] : []),
        ...(bench.length > 0 ? [project("bench", bench, distOptions)] : []),
      ],
    },
  });
}
