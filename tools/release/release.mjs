// `pnpm release`: build the published packages, check them as packed (publint, attw), then
// publish them to the registry that the project's .npmrc names for @syt. `pnpm publish`
// applies publishConfig (the exports without the `@syt/source` condition) and turns
// `workspace:` ranges into real versions; versions the registry already has are skipped.
//
//   pnpm release                                  the real release, from a clean main
//   pnpm release --skip-build --skip-checks       publish only (the release test: turbo built and checked)
//   pnpm release -- --config.@syt:registry=URL --npmrc-auth-file FILE --no-git-checks
//                                                 after `--`: for pnpm publish (`--config.*` also for config get)
import { execFileSync } from "node:child_process";
import path from "node:path";
import readChangesets from "@changesets/read";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The packages other tools install; everything else in the workspace stays here and is marked
 * private. `@syt/daily-checks` is one of those: operators run it in the checkout (`pnpm daily`) and
 * the taskpane bundles it; no other tool installs it (docs/release.md).
 */
const PUBLISHED = ["orders-model", "platform-adapters", "sheets", "templates", "cod-report"];

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const own = separator === -1 ? args : args.slice(0, separator);
const pnpmArgs = separator === -1 ? [] : args.slice(separator + 1);
const known = ["--skip-build", "--skip-checks", "--allow-pending-changesets"];
const unknown = own.filter((arg) => !known.includes(arg));
if (unknown.length > 0)
  fail(`不认识的参数: ${unknown.join(" ")} (可用: ${known.join(" ")}; 给 pnpm 的参数放在 -- 之后)`);

function fail(message) {
  console.error(`发布中止: ${message}`);
  process.exit(2);
}

function run(command, commandArgs, options = {}) {
  execFileSync(command, commandArgs, { cwd: root, stdio: "inherit", ...options });
}

// Changesets of private packages (the taskpane) are not ours to wait for.
const published = new Set(PUBLISHED.map((name) => `@syt/${name}`));
const pending = (await readChangesets(root)).filter(({ releases }) =>
  releases.some((r) => published.has(r.name)),
);
if (pending.length > 0 && !own.includes("--allow-pending-changesets")) {
  fail(
    `还有 ${pending.length} 个未定版本的变更说明 (.changeset/${pending[0]?.id}.md 等)。先运行 pnpm version-packages ` +
      "(定版本、写 CHANGELOG), 提交之后再运行 pnpm release。",
  );
}

const configArgs = pnpmArgs.filter((arg) => arg.startsWith("--config."));
const registry = execFileSync("pnpm", ["config", "get", "@syt:registry", ...configArgs], {
  cwd: root,
  encoding: "utf8",
}).trim();
if (!/^https?:\/\//.test(registry)) {
  fail(`.npmrc 没有给 @syt 指定仓库 (@syt:registry=http://…), 得到「${registry}」。见 docs/release.md。`);
}
console.log(`发布 ${PUBLISHED.map((name) => `@syt/${name}`).join("、")} 到 ${registry}`);

const filters = PUBLISHED.flatMap((name) => ["--filter", `@syt/${name}`]);
if (!own.includes("--skip-build")) {
  run("pnpm", ["exec", "turbo", "run", "build", ...filters.map((f) => (f === "--filter" ? f : `${f}...`))], {
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  });
}
if (!own.includes("--skip-checks")) {
  for (const name of PUBLISHED) {
    console.log(`检查 @syt/${name} (publint, attw)`);
    run(process.execPath, [path.join(root, "scripts/check-package.mjs")], {
      cwd: path.join(root, "packages", name),
    });
  }
}
run("pnpm", ["publish", "--recursive", ...filters, ...pnpmArgs]);
