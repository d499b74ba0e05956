// Packs the package in the current directory the way it would be published
// (pnpm applies publishConfig), then runs publint and attw on the tarball.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const bin = (name) => path.resolve(import.meta.dirname, "../node_modules/.bin", name);
const out = mkdtempSync(path.join(os.tmpdir(), "syt-pack-"));
try {
  execFileSync("pnpm", ["pack", "--pack-destination", out], { stdio: ["ignore", "ignore", "inherit"] });
  const tarball = path.join(
    out,
    readdirSync(out).find((f) => f.endsWith(".tgz")),
  );
  execFileSync(bin("publint"), ["run", tarball, "--strict"], { stdio: "inherit" });
  execFileSync(bin("attw"), [tarball, "--format", "table-flipped"], { stdio: "inherit" });
} finally {
  rmSync(out, { recursive: true, force: true });
}
