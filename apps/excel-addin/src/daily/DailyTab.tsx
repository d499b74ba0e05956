import type { HostInfo } from "../office/host";

/** 今日待办: the day's checklist of @syt/daily-checks over the pasted sheets or the dropped exports. (Being built.) */
export default function DailyTab(_props: { host: HostInfo }) {
  return <p>今日待办 (正在建设)</p>;
}
