import { Subtitle2, Text } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { HostInfo } from "../office/host";
import { useWorkspace } from "../ui/workspace";
import { ChecklistView } from "./ChecklistView";
import { DayFiles, DaySheets, InputsList } from "./DayInputs";
import { DayWorkbookButton } from "./DayWorkbookButton";
import {
  checkedAtZh,
  type DayInput,
  dayChecklist,
  fileViews,
  itemViews,
  loadedExports,
  verdictZh,
} from "./day-engine";
import { useMinuteClock } from "./useMinuteClock";

/** Files read again under the same name replace the earlier ones; the others keep their order. */
function merge(before: readonly DayInput[], added: readonly DayInput[]): DayInput[] {
  const names = new Set(added.map((i) => i.name));
  return [...before.filter((i) => !names.has(i.name)), ...added];
}

/** 今日待办: the day's checklist of @syt/daily-checks over the pasted sheets or the dropped exports. */
export default function DailyTab({ host }: { host: HostInfo }) {
  const { publishLoaded } = useWorkspace();
  const [inputs, setInputs] = useState<DayInput[]>([]);
  const now = useMinuteClock();
  // Each minute the checklist is evaluated again over the exports already read: no file is read twice.
  const list = useMemo(() => dayChecklist(inputs, now), [inputs, now]);
  const items = useMemo(() => itemViews(list), [list]);
  const files = useMemo(() => fileViews(inputs, list), [inputs, list]);
  const workbook = host.kind === "excel" ? host.workbook : undefined;

  const addFiles = useCallback(
    (added: DayInput[]) => {
      setInputs((before) => merge(before, added));
      publishLoaded(loadedExports(added));
    },
    [publishLoaded],
  );

  return (
    <div className="stack" data-testid="daily">
      <section className="step">
        <Subtitle2>1. 今天的导出</Subtitle2>
        {workbook ? <DaySheets workbook={workbook} onRead={setInputs} /> : <DayFiles onFiles={addFiles} />}
        <InputsList files={files} mode={workbook ? "excel" : "file"} />
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
      <ChecklistView items={items} inputs={inputs} workbook={workbook} />
    </div>
  );
}
