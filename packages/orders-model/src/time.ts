import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import { z } from "zod";
import { asciiDigits, cleanCell, isDate, toHalfWidth } from "./cells";
import {
  BUSINESS_TZ,
  fromBusinessWallClock,
  isValidWallClock,
  steadyWallClockToDate,
  toBusinessWallClock,
  utcMsToWallClock,
  wallClockToUtcMs,
} from "./zone";

export { BUSINESS_TZ, fromBusinessWallClock, toBusinessWallClock, type WallClock } from "./zone";

dayjs.extend(utc);
dayjs.extend(timezone);

/** Excel's day 0; serials count wall-clock days from here. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel believes 1900-02-29 existed (serial 60), so serials below it are one day off. */
const EXCEL_LEAP_BUG_SERIAL = 60;
/** 9999-12-31, the last day Excel can show. */
const EXCEL_MAX_SERIAL = 2_958_466;

/**
 * Today's business date (`YYYY-MM-DD`) in Shanghai. The wall clock comes from the cached
 * zone lookup, since callers group rows by day and `dayjs().tz()` costs over 100 µs a call.
 */
export function businessDate(now: Date = new Date()): string {
  return formatBusinessTime(now, "YYYY-MM-DD");
}

/**
 * An instant as Shanghai wall-clock text in a dayjs format (`YYYY-MM-DD HH:mm:ss` by
 * default), for sheets and messages that show order times the way the back office does.
 */
export function formatBusinessTime(date: Date, format = "YYYY-MM-DD HH:mm:ss"): string {
  return dayjs.utc(wallClockToUtcMs(toBusinessWallClock(date))).format(format);
}

/**
 * The order-time window of the daily COD export: yesterday 00:00 Shanghai time up to now.
 * The day before is counted on the calendar (UTC arithmetic), then placed in Shanghai.
 */
export function exportWindow(now: Date = new Date()): { from: Date; to: Date } {
  const yesterday = dayjs.utc(businessDate(now)).subtract(1, "day").format("YYYY-MM-DD");
  return { from: dayjs.tz(yesterday, BUSINESS_TZ).toDate(), to: new Date(now.getTime()) };
}

/**
 * An Excel date serial (days since 1899-12-30, the fraction is the time of day) read as
 * Shanghai wall-clock time, rounded to the second. Undefined outside Excel's range.
 */
export function excelSerialToDate(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= EXCEL_MAX_SERIAL) return undefined;
  const days = serial < EXCEL_LEAP_BUG_SERIAL ? serial + 1 : serial;
  const seconds = Math.round(days * 86_400);
  return fromBusinessWallClock(utcMsToWallClock(EXCEL_EPOCH_MS + seconds * 1000));
}

/** The Excel serial that shows this instant as Shanghai wall-clock time, to the second. */
export function dateToExcelSerial(date: Date): number {
  const ms = wallClockToUtcMs(toBusinessWallClock(date));
  const seconds = Math.round((ms - EXCEL_EPOCH_MS) / 1000);
  const serial = seconds / 86_400;
  return serial < EXCEL_LEAP_BUG_SERIAL + 1 ? serial - 1 : serial;
}

const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)?)?$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

const SPACE = 32;
const COLON = 58;
const MINUS = 45;
const SLASH = 47;

/**
 * `2026-11-24 09:30:00` (or `2026/11/24 09:30:00`), how back offices write every order time, read
 * by character code: a 100k-row export has one per order, and the regex and its match array
 * were a tenth of reading it. Null for any other shape, which `DATE_TEXT` reads.
 */
function plainDateTime(text: string): Date | undefined | null {
  if (text.length !== 19) return null;
  const separator = text.charCodeAt(4);
  if (separator !== MINUS && separator !== SLASH) return null;
  if (text.charCodeAt(7) !== separator || text.charCodeAt(10) !== SPACE) return null;
  if (text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return null;
  const year = asciiDigits(text, 0, 4);
  const month = asciiDigits(text, 5, 7);
  const day = asciiDigits(text, 8, 10);
  const hour = asciiDigits(text, 11, 13);
  const minute = asciiDigits(text, 14, 16);
  const second = asciiDigits(text, 17, 19);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
  return steadyWallClockToDate(year, month, day, hour, minute, second);
}

/** A time of day followed by a zone suffix (`Z`, `+00:00`, `+0800`) at the end of the text. */
const TIME_WITH_ZONE = /(\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(?:Z|[+-]\d{2}:?\d{2})$/i;

function parseDateText(text: string, zone: DateCellOptions["zone"]): Date | undefined {
  const plain = plainDateTime(text);
  if (plain !== null) return plain;
  // The wall clock as written, in Shanghai: on this export the suffix is a known lie.
  if (zone === "ignore-suffix" && TIME_WITH_ZONE.test(text))
    return parseDateText(text.replace(TIME_WITH_ZONE, "$1"), "honour-suffix");
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
  /**
   * How to read a zone suffix on text (`2026-11-24T23:40:00Z`, `…+00:00`). `honour-suffix`
   * (default): it says which instant is meant. `ignore-suffix`: the digits are Shanghai wall
   * time whatever the suffix says, as 万里牛 and its WMS write Beijing times with a fake `Z`.
   */
  zone?: "honour-suffix" | "ignore-suffix";
};

function fromDateCell(value: Date, mode: DateCellOptions["dateCell"]): Date | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  if (mode === "utc-wall-clock") return fromBusinessWallClock(utcMsToWallClock(value.getTime()));
  return new Date(value.getTime());
}

/**
 * A date cell as exports give it: text (`2026-11-24 09:30:00`, `2026/11/24 9:30`,
 * `2026-11-24`, read as Shanghai time), an Excel serial number, or a Date.
 */
export function parseDateCell(value: unknown, options: DateCellOptions = {}): Date | undefined {
  if (isDate(value)) return fromDateCell(value, options.dateCell);
  if (typeof value === "number") return excelSerialToDate(value);
  if (typeof value !== "string") return undefined;
  return parseDateText(toHalfWidth(cleanCell(value)), options.zone);
}

/** Excel serial <-> instant as a zod codec, for sheets that store dates as numbers. */
export const ExcelSerial = z.codec(z.number(), z.date(), {
  decode: (serial, ctx) => {
    const date = excelSerialToDate(serial);
    if (date) return date;
    ctx.issues.push({ code: "custom", message: "excel_serial_out_of_range", input: serial });
    return z.NEVER;
  },
  encode: (date) => dateToExcelSerial(date),
});

/**
 * A time written as Beijing wall clock whatever zone suffix it carries (万里牛 and its WMS write
 * `2026-11-24T23:40:00Z` for 23:40 in Nanjing) <-> the instant; encoded the way back offices
 * write times (`2026-11-24 23:40:00`), which decodes to the same instant.
 */
export const BeijingTimeText = z.codec(z.string(), z.date(), {
  decode: (text, ctx) => {
    const date = parseDateCell(text, { zone: "ignore-suffix" });
    if (date) return date;
    ctx.issues.push({ code: "custom", message: "invalid-date", input: text });
    return z.NEVER;
  },
  encode: (date) => formatBusinessTime(date),
});
