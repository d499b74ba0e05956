import { hostKeyValue } from "../messages/config-store";
import type { HostInfo } from "../office/host";
import { type DayTicks, ticksForDay } from "./ticks";

export const TICKS_KEY = "syt-daily-ticks";

/** The day's ticks: per workbook in Excel (its settings), per browser in file mode (localStorage). */
export interface TickStore {
  load: (date: string) => Promise<DayTicks>;
  save: (ticks: DayTicks) => Promise<void>;
}

export function tickStore(host: HostInfo): TickStore {
  const { kv } = hostKeyValue(host, window, "workbook");
  return {
    load: async (date) => ticksForDay(await kv.get(TICKS_KEY), date),
    // One key holds only one day: the next day's first tick replaces yesterday's.
    save: (ticks) => kv.set(TICKS_KEY, JSON.stringify(ticks)),
  };
}
