import type { HostInfo } from "../office/host";

/** 消息: every template of @syt/templates, prefilled from the selected row or a picked order. (Being built.) */
export default function MessagesTab(_props: { host: HostInfo }) {
  return <p>消息 (正在建设)</p>;
}
