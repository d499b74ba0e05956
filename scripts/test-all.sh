#!/usr/bin/env bash
# `pnpm test`: every check the project has (lint, changesets, build, typecheck, the unit, slow and
# dist test groups, package checks), then one closing line. `pnpm test:fast` (`--fast`): lint and the
# unit group only, from the sources, no build: the inner loop.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

if [ "${1:-}" = "--fast" ]; then
  tests=(test)
  tasks=(test)
else
  tests=(test test:slow test:dist)
  tasks=(build typecheck "${tests[@]}" test:package)
fi

# One task per core: vitest and tsc each keep a core busy, and more tasks than cores only make
# every timed-out test a matter of luck.
cores=$(node -p 'require("node:os").availableParallelism()')

status=0
pnpm exec biome check . || status=1
[ "${1:-}" = "--fast" ] || node scripts/check-changesets.mjs || status=1
# An earlier run's report must not stand in for a task that does not run this time
# (turbo puts a cached one back when the task's inputs are unchanged).
find packages apps tools -maxdepth 3 -path '*/.test-results/*.json' -delete
pnpm exec turbo run "${tasks[@]}" --continue=dependencies-successful --concurrency="$cores" \
  --output-logs=new-only || status=1
node scripts/test-summary.mjs "${tests[@]}" || status=1
exit $status
