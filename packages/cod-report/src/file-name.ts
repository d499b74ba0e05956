import { businessDate } from "@syt/orders-model";
import dayjs from "dayjs";
import customParseFormat from "dayjs/plugin/customParseFormat.js";
import { CodReportError } from "./errors";

dayjs.extend(customParseFormat);

export const REPORT_NAME_PREFIX = "上元堂官网_中通货到付款_";
export const DEFAULT_NAME_FORMAT = "YYYY-MM-DD";
export type ReportFormat = "xlsx";

// Windows refuses these in file names; `/` and `\` would also make a path.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const FORBIDDEN_IN_NAME = /[/\\:*?"<>|\u0000-\u001f\u007f]/;

/** Parses a strict `YYYY-MM-DD` business date; throws `bad-date` otherwise. */
export function parseReportDate(date: string): dayjs.Dayjs {
  const parsed = dayjs(date, "YYYY-MM-DD", true);
  if (!parsed.isValid()) {
    throw new CodReportError("bad-date", date, `bad date "${date}", expected YYYY-MM-DD`);
  }
  return parsed;
}

/**
 * `上元堂官网_中通货到付款_<date>.xlsx`, the date rendered with a dayjs format.
 * A format that would put a path separator or a character Windows forbids into
 * the name is refused rather than silently replaced, so the name stays predictable.
 */
export function reportFileName(date: string, format: string = DEFAULT_NAME_FORMAT): string {
  const day = parseReportDate(date);
  const rendered = day.format(format);
  if (rendered.trim() === "" || FORBIDDEN_IN_NAME.test(rendered)) {
    throw new CodReportError(
      "bad-name-format",
      format,
      `name format "${format}" renders "${rendered}", which cannot be part of a file name`,
    );
  }
  return `${REPORT_NAME_PREFIX}${rendered}.xlsx`;
}

/** The business date (today in Asia/Shanghai unless given) and the file name made from it. */
export function resolveReportName(options: { date?: string; now?: Date; nameFormat?: string }): {
  date: string;
  fileName: string;
} {
  const date = options.date ?? businessDate(options.now ?? new Date());
  return { date, fileName: reportFileName(date, options.nameFormat ?? DEFAULT_NAME_FORMAT) };
}
