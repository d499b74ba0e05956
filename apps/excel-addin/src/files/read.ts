// Reading the day's files, fetched with the first file (it pulls @syt/daily-checks and the adapters).
import { isFresh } from "@syt/daily-checks";
import { businessDate, formatBusinessTime } from "@syt/orders-model";
import { type DayInput, kindZh, loadedExports, readDayFiles } from "../daily/day-engine";
import type { ChosenFile, DayFile, FileSummary } from "./day-files";

const at = (date: Date) => formatBusinessTime(date, "MM-DD HH:mm");

function datesZh(window: { from?: Date; to?: Date }): string | undefined {
  if (!window.from || !window.to) return undefined;
  return window.from.getTime() === window.to.getTime()
    ? at(window.from)
    : `${at(window.from)} – ${at(window.to)}`;
}

/** The card's facts, from what the library read (the one recogniser behind `readDay`). */
export function summaryOf(inputs: readonly DayInput[], now = new Date()): FileSummary {
  const read = inputs.flatMap((input) => (input.ok ? [input.export] : []));
  const first = read[0];
  if (!first) {
    const failed = inputs.find((input) => !input.ok);
    return {
      kindZh: failed && !failed.ok ? failed.error : "没有可以读取的数据",
      ok: false,
      rows: 0,
      today: false,
      assumed: false,
    };
  }
  const summary: FileSummary = {
    kindZh: kindZh(first),
    ok: true,
    rows: read.reduce((sum, e) => sum + e.dataRows, 0),
    today: read.every((e) => isFresh(e, businessDate(now))),
    assumed: read.some((e) => e.readBy.confidence === "low"),
  };
  if (first.kind === "orders" && first.source === "guanwang") summary.codRole = "orders";
  if (first.kind === "wms") summary.codRole = "wms";
  if (first.kind !== "out-of-stock") {
    const dates = datesZh(first.window);
    if (dates) summary.datesZh = `${first.kind === "orders" ? "下单时间" : "时间"} ${dates}`;
  }
  return summary;
}

/** A sheet of `file` is read under the file's name, or `file [sheet]` for a workbook of several. */
const inputOf = (file: string) => (input: DayInput) =>
  input.name === file || input.name.startsWith(`${file} [`);

/** The chosen files read at once (as `pnpm daily` reads a folder), one DayFile each, in the order chosen. */
export async function readChosen(
  chosen: readonly (ChosenFile & { id: string })[],
  /** The operator's saved 表头对应 (mapping profiles): tried before the built-in layouts. */
  profiles?: readonly unknown[],
  now = new Date(),
): Promise<DayFile[]> {
  const inputs = await readDayFiles(chosen, profiles);
  return chosen.map((file) => {
    const own = inputs.filter(inputOf(file.name));
    return {
      id: file.id,
      name: file.name,
      bytes: file.bytes,
      inputs: own,
      summary: summaryOf(own, now),
      loaded: loadedExports(own),
    };
  });
}

/** Excel: each pasted sheet read is one file of the day. */
export function sheetFiles(inputs: readonly DayInput[]): DayFile[] {
  return inputs.map((input) => ({
    id: `sheet:${input.name}`,
    name: input.name,
    inputs: [input],
    summary: summaryOf([input]),
    loaded: loadedExports([input]),
  }));
}
