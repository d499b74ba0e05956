#!/usr/bin/env bash
# `pnpm test`: every check the project has, then one closing summary line.
# Lint first (fast), then build, typecheck, unit/browser tests and package checks in
# every workspace; --continue so one red package does not hide the others' results.
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
status=0
pnpm exec biome check . || status=1
node scripts/check-changesets.mjs || status=1
pnpm exec turbo run build typecheck test test:package --continue --output-logs=new-only || status=1
node scripts/test-summary.mjs || status=1
exit $status
