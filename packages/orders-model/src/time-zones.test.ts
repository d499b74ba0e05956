import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

/**
 * `Date` reads TZ once, when the process starts, so the computer's zone can only be
 * changed for a new process: each case runs the built model in a child `node`.
 */
const packageDir = path.resolve(import.meta.dirname, "..");
// Inside the package so the bundle finds dayjs and zod; one folder per run, as runs may overlap.
mkdirSync(path.join(packageDir, ".test-results"), { recursive: true });
const outDir = mkdtempSync(path.join(packageDir, ".test-results", "tz-build-"));

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

beforeAll(async () => {
  await build({
    config: false,
    entry: { index: path.join(packageDir, "src/index.ts") },
    outDir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    silent: true,
  });
}, 60_000);

/** Everything the COD report computes from "now" and from date cells, as one JSON line. */
const probe = `
const m = await import(process.argv[1]);
const now = new Date("2026-11-24T17:30:00Z");
const window = m.exportWindow(now);
console.log(JSON.stringify({
  offsetMinutes: new Date(2026, 0, 1).getTimezoneOffset(),
  businessDate: m.businessDate(now),
  from: window.from.toISOString(),
  to: window.to.toISOString(),
  text: m.parseDateCell("2026-11-24 09:30:00").toISOString(),
  shown: m.formatBusinessTime(new Date("2026-11-24T16:05:00Z")),
  dateOnly: m.parseDateCell("2026/11/24").toISOString(),
  serial: m.excelSerialToDate(46350.395833333336).toISOString(),
  backToSerial: m.dateToExcelSerial(new Date("2026-11-24T01:30:00Z")),
  wallClock: m.toBusinessWallClock(new Date("2026-11-24T16:00:00Z")),
}));
`;

function runIn(zone: string): Record<string, unknown> {
  const entry = pathToFileURL(path.join(outDir, "index.js")).href;
  const stdout = execFileSync(process.execPath, ["--input-type=module", "-e", probe, entry], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  return JSON.parse(stdout);
}

const zones = [
  { zone: "UTC", offsetMinutes: 0 },
  { zone: "America/Los_Angeles", offsetMinutes: 480 },
  { zone: "Asia/Shanghai", offsetMinutes: -480 },
  { zone: "Pacific/Kiritimati", offsetMinutes: -840 },
];

describe.each(zones)("with the computer in $zone", ({ zone, offsetMinutes }) => {
  test("business time is Shanghai time", () => {
    expect(runIn(zone)).toEqual({
      offsetMinutes,
      businessDate: "2026-11-25",
      from: "2026-11-23T16:00:00.000Z",
      to: "2026-11-24T17:30:00.000Z",
      text: "2026-11-24T01:30:00.000Z",
      shown: "2026-11-25 00:05:00",
      dateOnly: "2026-11-23T16:00:00.000Z",
      serial: "2026-11-24T01:30:00.000Z",
      backToSerial: 46350.395833333336,
      wallClock: { year: 2026, month: 11, day: 25, hour: 0, minute: 0, second: 0 },
    });
  });
});
