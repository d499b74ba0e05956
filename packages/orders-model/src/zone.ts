/** The shop works on Nanjing time, whatever zone the operator's computer is set to. */
export const BUSINESS_TZ = "Asia/Shanghai";

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const HOUR_MS = 3_600_000;
/** China Standard Time, the offset of every date an order can carry. */
const USUAL_OFFSET_MS = 8 * HOUR_MS;

let formatter: Intl.DateTimeFormat | undefined;

/**
 * One cached formatter: this runs for every date cell of a 100k-row export, where
 * `dayjs().tz()` (a new `toLocaleString` per call) costs 100-250 µs per cell.
 */
function businessFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: BUSINESS_TZ,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return formatter;
}

function exactWallClock(date: Date): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of businessFormatter().formatToParts(date)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
  }
  return wall;
}

/** A wall-clock time written into the UTC fields of a timestamp: the zone-free arithmetic form. */
export function wallClockToUtcMs(w: WallClock): number {
  const date = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second));
  date.setUTCFullYear(w.year);
  return date.getTime();
}

/** False for dates and times no calendar has (`2026-02-30`, `25:00`). */
export function isValidWallClock(w: WallClock): boolean {
  const probe = new Date(wallClockToUtcMs(w));
  return (
    probe.getUTCFullYear() === w.year &&
    probe.getUTCMonth() === w.month - 1 &&
    probe.getUTCDate() === w.day &&
    probe.getUTCHours() === w.hour &&
    probe.getUTCMinutes() === w.minute &&
    probe.getUTCSeconds() === w.second
  );
}

/** The wall clock read back from the UTC fields of a timestamp. */
export function utcMsToWallClock(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function exactOffset(wholeSecondMs: number): number {
  return wallClockToUtcMs(exactWallClock(new Date(wholeSecondMs))) - wholeSecondMs;
}

/** Offsets per UTC hour, kept only for hours whose offset does not change inside them. */
const hourOffsets = new Map<number, number | null>();
const MAX_CACHED_HOURS = 100_000;

function steadyOffsetOfHour(hourStart: number): number | null {
  const cached = hourOffsets.get(hourStart);
  if (cached !== undefined) return cached;
  const atStart = exactOffset(hourStart);
  const steady = atStart === exactOffset(hourStart + HOUR_MS - 1000) ? atStart : null;
  if (hourOffsets.size >= MAX_CACHED_HOURS) hourOffsets.clear();
  hourOffsets.set(hourStart, steady);
  return steady;
}

/**
 * From here on Shanghai has kept +08:00 all year (its last summer time ended in September 1991,
 * tzdata has no later change), so an order's date needs no lookup. Profiles showed the lookups,
 * one Intl call per new hour, at 0.2 s of a 100k-row export whose orders span months.
 */
const STEADY_SINCE_MS = Date.UTC(1992, 0, 1);

/** Wall clock minus UTC at an instant. Exact lookups are cached per hour: an export spans few hours. */
function offsetAt(ms: number): number {
  if (ms >= STEADY_SINCE_MS) return USUAL_OFFSET_MS;
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  const steady = steadyOffsetOfHour(Math.floor(ms / HOUR_MS) * HOUR_MS);
  return steady ?? exactOffset(wholeSecond);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * `fromBusinessWallClock` for a time since 1992, given as numbers: no object made, nothing
 * looked up (the offset is +08:00). Undefined for a time no calendar has (`02-30`, `24:00`);
 * null for an earlier time, which the full path reads.
 */
export function steadyWallClockToDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): Date | undefined | null {
  // Also keeps `Date.UTC` away from years 0-99, which it takes for 1900-1999.
  if (year < 1992) return null;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - USUAL_OFFSET_MS;
  return instant >= STEADY_SINCE_MS ? new Date(instant) : null;
}

/** What a Shanghai wall clock shows at an instant (to the second). */
export function toBusinessWallClock(date: Date): WallClock {
  const wholeSecond = Math.floor(date.getTime() / 1000) * 1000;
  return utcMsToWallClock(wholeSecond + offsetAt(wholeSecond));
}

/**
 * The instant a Shanghai wall-clock time denotes. The usual +08:00 is tried first and
 * confirmed with one lookup; historic offsets (1900 local mean time, 1986-1991 summer
 * time) take a second pass.
 */
export function fromBusinessWallClock(w: WallClock): Date {
  const wallMs = wallClockToUtcMs(w);
  const usual = wallMs - USUAL_OFFSET_MS;
  const offset = offsetAt(usual);
  if (offset === USUAL_OFFSET_MS) return new Date(usual);
  return new Date(wallMs - offsetAt(wallMs - offset));
}
