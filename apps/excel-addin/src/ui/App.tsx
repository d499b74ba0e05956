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
import { DayFilesProvider, useDayFiles } from "../files/DayFilesContext";
import type { HostInfo } from "../office/host";
import { FileCod } from "./FileCod";
import { OfficeCod } from "./OfficeCod";
import {
  type CodSaved,
  type LoadedExport,
  type MessageRequest,
  type Workspace,
  WorkspaceContext,
} from "./workspace";

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

/** The page the App runs in: index.html (file mode, no Office.js) or taskpane.html (Excel, else file mode). */
export type Entry = "file" | "office";

const BROWSER_NOTICE: Record<Extract<HostInfo, { kind: "browser" }>["reason"], string> = {
  "no-office-js": "没有在 Excel 中运行 (Office.js 未加载, 可能是普通浏览器、WPS 或离线)。",
  "not-excel": "没有在 Excel 中运行。",
};

const FILE_MODE =
  "文件模式: 选择或拖入导出文件 (载入一次, 各个标签页共用), 文件不会上传, 只在本机处理, 本页不连接任何外部服务器。";

function HostNotice({ host, entry }: { host: HostInfo; entry: Entry }) {
  if (host.kind === "excel") return null;
  const why = entry === "file" ? "" : BROWSER_NOTICE[host.reason];
  return (
    <MessageBar intent="info" layout="multiline" data-testid="file-mode-notice">
      <MessageBarBody>{`${why}${FILE_MODE}`}</MessageBarBody>
    </MessageBar>
  );
}

/** The day's files are loaded once, above the tabs: every tab uses the same set. */
export function App(props: { host: HostInfo | null; entry?: Entry }) {
  return (
    <DayFilesProvider>
      <Shell {...props} />
    </DayFilesProvider>
  );
}

function Shell({ host, entry = "office" }: { host: HostInfo | null; entry?: Entry }) {
  // The day starts with the 09:30 万里牛 block, not with the 17:00 report.
  const [tab, setTab] = useState<TabId>("daily");
  // A tab once opened stays mounted (hidden when another is shown): the files chosen, the checklist
  // and the COD report are still there after 写拦截报备 has led to 消息 and the operator comes back.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set([tab]));
  const show = (next: TabId) => {
    setTab(next);
    setOpened((before) => (before.has(next) ? before : new Set([...before, next])));
  };
  const [messageRequest, setMessageRequest] = useState<MessageRequest | null>(null);
  // 消息 finds orders in every file of the day, and in those it read itself.
  const dayFiles = useDayFiles().files;
  const [published, setPublished] = useState<readonly LoadedExport[]>([]);
  const loaded = useMemo(
    () => [...dayFiles.flatMap((file) => file.loaded), ...published],
    [dayFiles, published],
  );
  const [codSaved, setCodSaved] = useState<CodSaved | null>(null);
  const workspace = useMemo<Workspace>(
    () => ({
      messageRequest,
      loaded,
      codSaved,
      reportSaved: (date) => setCodSaved({ date, at: new Date() }),
      showCod: () => {
        setTab("cod");
        setOpened((before) => (before.has("cod") ? before : new Set([...before, "cod"])));
      },
      openMessage: (request) => {
        setMessageRequest(request);
        setTab("messages");
      },
      publishLoaded: (exports) =>
        setPublished((before) => [
          ...before.filter((e) => !exports.some((n) => n.fileName === e.fileName)),
          ...exports,
        ]),
    }),
    [messageRequest, loaded, codSaved],
  );
  const panel = (id: TabId) => ({
    id: `panel-${id}`,
    role: "tabpanel",
    "aria-labelledby": `tab-${id}`,
    hidden: tab !== id,
    className: "panel",
  });
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
            <HostNotice host={host} entry={entry} />
            <TabList
              className="tabs"
              selectedValue={tab}
              onTabSelect={(_, data) => show(data.value as TabId)}
            >
              {TABS.map((t) => (
                <Tab key={t.id} id={`tab-${t.id}`} value={t.id}>
                  {t.label}
                </Tab>
              ))}
            </TabList>
            <main>
              {opened.has("daily") || tab === "daily" ? (
                <div {...panel("daily")}>
                  <Suspense fallback={<Spinner label="正在加载…" />}>
                    <DailyTab host={host} />
                  </Suspense>
                </div>
              ) : null}
              {opened.has("cod") || tab === "cod" ? (
                <div {...panel("cod")}>
                  {host.kind === "excel" ? <OfficeCod workbook={host.workbook} /> : <FileCod host={host} />}
                </div>
              ) : null}
              {/* 消息 mounts each time it is shown: it takes the pending request when it opens. */}
              {tab === "messages" ? (
                <div {...panel("messages")}>
                  <Suspense fallback={<Spinner label="正在加载…" />}>
                    <MessagesTab host={host} />
                  </Suspense>
                </div>
              ) : null}
            </main>
          </>
        )}
      </FluentProvider>
    </WorkspaceContext.Provider>
  );
}
