import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The CLI and package tests run the built `dist`. Under `pnpm test` turbo has just built
 * it; when vitest runs alone, rebuild whatever is older than its sources so no test
 * passes against yesterday's build.
 */
const packagesDir = path.resolve(import.meta.dirname, "../../..");

/** Tests beside the code (orders-model keeps them in src) do not change the build. */
function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !/\.test(-d)?\.tsx?$/.test(entry.name))
      .map((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
      }),
  );
}

function buildIfStale(packageName: string, builtFile: string): void {
  const dir = path.join(packagesDir, packageName);
  const built = path.join(dir, builtFile);
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource(path.join(dir, "src"))) return;
  execFileSync("pnpm", ["run", "build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
}

export default function setup(): void {
  buildIfStale("orders-model", "dist/index.js");
  buildIfStale("templates", "dist/cli.js");
}
