import path from "node:path";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const conditions = ["@syt/source", "module", "import", "default"];

/**
 * Tests run against the TypeScript sources of sibling packages (the `@syt/source`
 * export condition), so no watch build is needed. Each package also writes a JSON
 * report that `scripts/test-summary.mjs` adds up into one closing line.
 */
export function packageTests(packageDir: string, extra: ViteUserConfig["test"] = {}): ViteUserConfig {
  const reportFile = path.resolve(packageDir, ".test-results/report.json");
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ["@syt/source"] } },
    test: {
      include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
      reporters: ["default", ["json", { outputFile: reportFile }]],
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
      testTimeout: 30_000,
      ...extra,
    },
  });
}
