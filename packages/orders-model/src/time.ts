import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { cleanCell, toHalfWidth } from "./cells";

dayjs.extend(utc);
dayjs.extend(timezone);

/** The shop works on Nanjing time, whatever zone the operator's computer is set to. */
export const BUSINESS_TZ = "Asia/Shanghai";

/** Excel's day 0; serials count wall-clock days from here. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel believes 1900-02-29 existed (serial 60), so serials below it are one day off. */
const EXCEL_LEAP_BUG_SERIAL = 60;
/** 9999-12-31, the last day Excel can show. */
const EXCEL_MAX_SERIAL = 2_958_466;

export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

function isValidWallClock(w: WallClock): boolean {
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  return (
    probe.getUTCFullYear() === w.year &&
    probe.getUTCMonth() === w.month - 1 &&
    probe.getUTCDate() === w.day &&
    probe.getUTCHours() === w.hour &&
    probe.getUTCMinutes() === w.minute &&
    probe.getUTCSeconds() === w.second
  );
}

/** The instant a Shanghai wall-clock time denotes. */
export function fromBusinessWallClock(w: WallClock): Date {
  const text = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  return dayjs.tz(text, BUSINESS_TZ).toDate();
}

/** What a Shanghai wall clock shows at an instant. */
export function toBusinessWallClock(date: Date): WallClock {
  const d = dayjs(date).tz(BUSINESS_TZ);
  return {
    year: d.year(),
    month: d.month() + 1,
    day: d.date(),
    hour: d.hour(),
    minute: d.minute(),
    second: d.second(),
  };
}

/** Today's business date (`YYYY-MM-DD`) in Shanghai. */
export function businessDate(now: Date = new Date()): string {
  return dayjs(now).tz(BUSINESS_TZ).format("YYYY-MM-DD");
}

/** The order-time window of the daily COD export: yesterday 00:00 Shanghai time up to now. */
export function exportWindow(now: Date = new Date()): { from: Date; to: Date } {
  const today = toBusinessWallClock(now);
  const yesterday = new Date(Date.UTC(today.year, today.month - 1, today.day - 1));
  const from = fromBusinessWallClock({
    year: yesterday.getUTCFullYear(),
    month: yesterday.getUTCMonth() + 1,
    day: yesterday.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  });
  return { from, to: new Date(now.getTime()) };
}

function wallClockFromUtcFields(ms: number): WallClock {
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

/**
 * An Excel date serial (days since 1899-12-30, the fraction is the time of day) read as
 * Shanghai wall-clock time, rounded to the second. Undefined outside Excel's range.
 */
export function excelSerialToDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= EXCEL_MAX_SERIAL) return undefined;
  const days = serial < EXCEL_LEAP_BUG_SERIAL ? serial + 1 : serial;
  const seconds = Math.round(days * 86_400);
  return fromBusinessWallClock(wallClockFromUtcFields(EXCEL_EPOCH_MS + seconds * 1000));
}

/** The Excel serial that shows this instant as Shanghai wall-clock time, to the second. */
export function dateToExcelSerial(date: Date): number {
  const w = toBusinessWallClock(date);
  const ms = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const seconds = Math.round((ms - EXCEL_EPOCH_MS) / 1000);
  const serial = seconds / 86_400;
  return serial < EXCEL_LEAP_BUG_SERIAL + 1 ? serial - 1 : serial;
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function parseDateText(text: string): Date | undefined {
  if (ISO_WITH_OFFSET.test(text)) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const match = DATE_TEXT.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = "0", minute = "0", second = "0"] = match;
  const wall = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
  return isValidWallClock(wall) ? fromBusinessWallClock(wall) : undefined;
}

export type DateCellOptions = {
  /**
   * How to read a Date cell. `instant` (default): it is the moment itself. `utc-wall-clock`:
   * its UTC fields are what the sheet showed, which is how exceljs turns date serials into
   * Dates; the time is then read as Shanghai wall-clock time.
   */
  dateCell?: "instant" | "utc-wall-clock";
};

function fromDateCell(value: Date, mode: DateCellOptions["dateCell"]): Date | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  if (mode === "utc-wall-clock") return fromBusinessWallClock(wallClockFromUtcFields(value.getTime()));
  return new Date(value.getTime());
}

/**
 * A date cell as exports give it: text (`2026-11-24 09:30:00`, `2026/11/24 9:30`,
 * `2026-11-24`, read as Shanghai time), an Excel serial number, or a Date.
 */
export function parseDateCell(value: unknown, options: DateCellOptions = {}): Date | undefined {
  if (value instanceof Date) return fromDateCell(value, options.dateCell);
  if (typeof value === "number") return excelSerialToDate(value);
  if (typeof value !== "string") return undefined;
  return parseDateText(toHalfWidth(cleanCell(value)));
}
