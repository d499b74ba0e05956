import {
  Badge,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { HostInfo } from "../office/host";
import { FileCod } from "./FileCod";
import { OfficeCod } from "./OfficeCod";
import { type LoadedExport, type MessageRequest, type Workspace, WorkspaceContext } from "./workspace";

// Each tab's code (and the library under it) is fetched when the tab first opens.
const DailyTab = lazy(() => import("../daily/DailyTab"));
const MessagesTab = lazy(() => import("../messages/MessagesTab"));

/** Each tab is one routine of the operators, in the order of their day. */
const TABS = [
  { id: "daily", label: "今日待办" },
  { id: "cod", label: "货到付款" },
  { id: "messages", label: "消息" },
] as const;
type TabId = (typeof TABS)[number]["id"];

const BROWSER_NOTICE: Record<Extract<HostInfo, { kind: "browser" }>["reason"], string> = {
  "no-office-js": "没有在 Excel 中运行 (Office.js 未加载, 可能是普通浏览器、WPS 或离线)。",
  "not-excel": "没有在 Excel 中运行。",
};

function HostNotice({ host }: { host: HostInfo }) {
  if (host.kind === "excel") return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="file-mode-notice">
      <MessageBarBody>{`${BROWSER_NOTICE[host.reason]}文件模式: 选择两个导出文件即可生成同样的报表, 文件不会上传, 只在本机处理。`}</MessageBarBody>
    </MessageBar>
  );
}

export function App({ host }: { host: HostInfo | null }) {
  const [tab, setTab] = useState<TabId>("cod");
  const [messageRequest, setMessageRequest] = useState<MessageRequest | null>(null);
  const [loaded, setLoaded] = useState<readonly LoadedExport[]>([]);
  const workspace = useMemo<Workspace>(
    () => ({
      messageRequest,
      loaded,
      openMessage: (request) => {
        setMessageRequest(request);
        setTab("messages");
      },
      publishLoaded: (exports) =>
        setLoaded((before) => [
          ...before.filter((e) => !exports.some((n) => n.fileName === e.fileName)),
          ...exports,
        ]),
    }),
    [messageRequest, loaded],
  );
  return (
    <WorkspaceContext.Provider value={workspace}>
      <FluentProvider theme={webLightTheme} className="app">
        <header className="row">
          <Title3 as="h1">上元堂运营工具</Title3>
          {host ? <Badge appearance="outline">{host.kind === "excel" ? "Excel" : "文件模式"}</Badge> : null}
        </header>
        {host === null ? (
          <Spinner label="正在连接 Excel…" />
        ) : (
          <>
            <HostNotice host={host} />
            <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
              {TABS.map((t) => (
                <Tab key={t.id} value={t.id}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
            <main>
              {tab === "cod" &&
                (host.kind === "excel" ? <OfficeCod workbook={host.workbook} /> : <FileCod />)}
              <Suspense fallback={<Spinner label="正在加载…" />}>
                {tab === "daily" && <DailyTab host={host} />}
                {tab === "messages" && <MessagesTab host={host} />}
              </Suspense>
            </main>
          </>
        )}
      </FluentProvider>
    </WorkspaceContext.Provider>
  );
}
