import { Subtitle2, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useDayFiles } from "../files/DayFilesContext";
import { SavedProfiles } from "../mapping/MappingDialog";
import { profilesApplied, profilesReady } from "../mapping/profile-store";
import type { HostInfo } from "../office/host";
import { describeError } from "../ui/describe-error";
import { ErrorView } from "../ui/ErrorView";
import { useWorkspace } from "../ui/workspace";
import { ChecklistView } from "./ChecklistView";
import { DayFiles, DaySheets, InputsList } from "./DayInputs";
import { DayWorkbookButton } from "./DayWorkbookButton";
import { checkedAtZh, dayChecklist, fileViews, itemViews, verdictZh } from "./day-engine";
import { tickStore } from "./tick-store";
import { type DayTicks, emptyTicks } from "./ticks";
import { useMinuteClock } from "./useMinuteClock";

/**
 * The day's ticks as stored for this workbook (Excel) or browser (file mode); none until read. A
 * tick not saved is told as an error: the operator must not believe it is kept.
 */
function useDayTicks(host: HostInfo, date: string) {
  const store = useMemo(() => tickStore(host), [host]);
  const [ticks, setTicks] = useState<DayTicks | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    store.load(date).then(
      (loaded) => current && setTicks(loaded),
      (cause) => current && setError(cause),
    );
    return () => {
      current = false;
    };
  }, [store, date]);
  const update = useCallback(
    (change: (before: DayTicks) => DayTicks) => {
      setTicks((before) => {
        const next = change(before && before.date === date ? before : emptyTicks(date));
        store.save(next).catch(setError);
        return next;
      });
    },
    [store, date],
  );
  return { ticks: ticks && ticks.date === date ? ticks : null, update, error };
}

/** 今日待办: the day's checklist of @syt/daily-checks over the pasted sheets or the dropped exports. */
export default function DailyTab({ host }: { host: HostInfo }) {
  const { codSaved } = useWorkspace();
  // The day's files are the whole taskpane's: loaded here or in another tab, removed here.
  const { files: dayFiles, inputs, remove, setSheets } = useDayFiles();
  const now = useMinuteClock();
  // Each minute the checklist is evaluated again over the exports already read: no file is read twice.
  const list = useMemo(() => dayChecklist(inputs, now), [inputs, now]);
  const { ticks, update, error: tickError } = useDayTicks(host, list.date);
  useEffect(() => {
    // Today's COD report saved in its tab: kept with the ticks, so the 17:00 item stays done after a reload.
    if (ticks && codSaved?.date === list.date && ticks.codSaved === undefined)
      update((before) => ({ ...before, codSaved: codSaved.at.toISOString() }));
  }, [ticks, codSaved, list.date, update]);
  const items = useMemo(() => itemViews(list, ticks ?? emptyTicks(list.date)), [list, ticks]);
  const files = useMemo(() => fileViews(inputs, list), [inputs, list]);
  const workbook = host.kind === "excel" ? host.workbook : undefined;
  // The operator's 表头对应, read before the first export is: every file is read with them.
  useEffect(() => {
    profilesReady(host).catch(() => undefined);
  }, [host]);

  return (
    <div className="stack" data-testid="daily">
      <section className="step">
        <Subtitle2>1. 今天的导出</Subtitle2>
        {workbook ? <DaySheets workbook={workbook} onRead={setSheets} /> : <DayFiles />}
        <InputsList
          files={files}
          dayFiles={dayFiles}
          mode={workbook ? "excel" : "file"}
          onRemove={workbook ? undefined : remove}
        />
        <SavedProfiles onRemoved={profilesApplied} />
      </section>
      <section className="step">
        <Subtitle2>2. 今日待办</Subtitle2>
        <Text as="p" size={400} weight="semibold" className="verdict-line" data-testid="daily-verdict">
          {verdictZh(list)}
        </Text>
        <Text size={200} data-testid="checked-at">
          {checkedAtZh(list)} (上海时间, 每分钟自动更新)
        </Text>
        <DayWorkbookButton list={list} workbook={workbook} />
      </section>
      {tickError ? <ErrorView message={describeError(tickError)} /> : null}
      <ChecklistView items={items} inputs={inputs} workbook={workbook} onTicks={update} />
    </div>
  );
}
