import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { maskPhone, maskPhonesInText } from "@syt/orders-model";
import { useRef, useState } from "react";
import { MapUnrecognised } from "../mapping/MapUnrecognised";
import { profilesReady } from "../mapping/profile-store";
import type { HostInfo, WorkbookAccess } from "../office/host";
import { describeError } from "../ui/describe-error";
import { type LoadedExport, useWorkspace } from "../ui/workspace";
import { describeExportError, readExport } from "./exports";
import { factsFromOrder, factsFromSelection, type SourcedFacts } from "./order-facts";
import { findOrders } from "./order-search";
import { useStyles } from "./styles";

export type PickedOrder = SourcedFacts;

interface OrderSourceProps {
  host: HostInfo;
  /** Where the order now filling the form came from (a row, a picked order, a 货到付款 finding). */
  current: string | null;
  onPick: (picked: PickedOrder) => void;
}

/** Prefill: in Excel from the selected rows, in file mode from an order of a loaded export. */
export function OrderSource({ host, current, onPick }: OrderSourceProps) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="messages-order-title">
      <Text as="h2" id="messages-order-title" weight="semibold" size={400}>
        订单
      </Text>
      {current ? (
        <MessageBar intent="info" data-testid="order-source">
          <MessageBarBody>{`已填入：${current}`}</MessageBarBody>
        </MessageBar>
      ) : null}
      {host.kind === "excel" ? (
        <FromSelection host={host} workbook={host.workbook} onPick={onPick} />
      ) : (
        <FromExports host={host} onPick={onPick} />
      )}
    </section>
  );
}

function FromSelection({
  host,
  workbook,
  onPick,
}: {
  host: HostInfo;
  workbook: WorkbookAccess;
  onPick: (picked: PickedOrder) => void;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const read = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const selection = await workbook.readSelection();
      if (!selection) {
        setProblem("请先在导出数据中选中一行（表头下面的行），再点 从选中行填入。");
        return;
      }
      const found = factsFromSelection(selection, await profilesReady(host));
      if (found.ok) onPick({ facts: found.facts, source: `${found.source}（按${found.adapterName}的表头）` });
      else setProblem(found.problem);
    } catch (error) {
      const said = describeError(error);
      setProblem(said.kind === "unexpected" ? `${said.title}\n${said.details}` : said.title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Text>在表格中选中订单所在的行（一个订单有几行商品时可一起选中），再点下面的按钮。</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void read()} disabled={busy}>
          从选中行填入
        </Button>
        {busy ? <Spinner size="tiny" label="正在读取选中行…" /> : null}
      </div>
      {problem ? (
        <MessageBar intent="warning" layout="multiline" data-testid="selection-problem">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

const MAX_MATCHES = 8;

/** A chosen file the adapters could not read, kept for 设置表头对应 and read again once it is saved. */
interface Refused {
  name: string;
  bytes: Uint8Array;
}

function FromExports({ host, onPick }: { host: HostInfo; onPick: (picked: PickedOrder) => void }) {
  const styles = useStyles();
  const { loaded, publishLoaded } = useWorkspace();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [refused, setRefused] = useState<Refused[]>([]);
  const total = loaded.reduce((sum, file) => sum + file.orders.length, 0);
  const matches = findOrders(loaded, query, MAX_MATCHES);

  const readAll = async (files: readonly Refused[]) => {
    setReading(true);
    setProblem(null);
    const read: LoadedExport[] = [];
    const problems: string[] = [];
    const failed: Refused[] = [];
    const profiles = await profilesReady(host);
    for (const file of files) {
      try {
        read.push(await readExport(file.name, file.bytes, profiles));
      } catch (error) {
        problems.push(`${file.name}：${describeExportError(error)}`);
        failed.push(file);
      }
    }
    if (read.length > 0) publishLoaded(read);
    setProblem(problems.length > 0 ? problems.join("\n") : null);
    setRefused(failed);
    setReading(false);
  };
  const choose = async (files: File[]) =>
    readAll(
      await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      ),
    );

  return (
    <>
      {loaded.length === 0 ? (
        <Text>
          还没有载入导出文件：在这里选择，或在其他标签页中载入的导出也会出现在这里。文件只在本机读取。
        </Text>
      ) : (
        <Text data-testid="loaded-exports">
          {`已载入：${loaded.map((file) => `${file.fileName}（${file.kindZh}，${file.orders.length} 个订单）`).join("；")}`}
        </Text>
      )}
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} disabled={reading}>
          选择导出文件…
        </Button>
        {reading ? <Spinner size="tiny" label="正在读取…" /> : null}
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept=".xlsx,.xls,.csv"
          data-testid="messages-export-file"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = "";
            if (files.length > 0) void choose(files);
          }}
        />
      </div>
      {problem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <span style={{ whiteSpace: "pre-wrap" }}>{problem}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {/* Each refused file whose header no layout reads gets 设置表头对应; once saved, the refused files are read again. */}
      {refused.map((file) => (
        <MapUnrecognised key={file.name} file={file} when={problem} onSaved={() => void readAll(refused)} />
      ))}
      {total > 0 ? (
        <>
          <Field
            label="查找订单"
            hint={`在 ${total} 个订单中查找：订单号、收货人姓名或手机号（至少 4 位数字）`}
          >
            <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
          </Field>
          {matches.length > 0 ? (
            <ul className={styles.list} aria-label="找到的订单">
              {matches.map(({ order, loaded: file }) => (
                <li key={`${file.fileName}:${order.orderNo}`}>
                  <Button
                    className={styles.choice}
                    appearance="subtle"
                    onClick={() =>
                      onPick({
                        facts: factsFromOrder(order),
                        source: `${file.kindZh} ${file.fileName} · 订单 ${order.orderNo}`,
                      })
                    }
                  >
                    <span className={styles.choiceText}>
                      <span>{order.orderNo}</span>
                      <span className={styles.choiceMeta}>
                        {maskPhonesInText(
                          [
                            order.receiver.name,
                            order.receiver.phone ? maskPhone(order.receiver.phone) : undefined,
                            order.lines[0]?.productName,
                            file.kindZh,
                          ]
                            .filter(Boolean)
                            .join(" · "),
                        )}
                      </span>
                    </span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : query.trim() !== "" ? (
            <Text>没有找到：请输入订单号、收货人姓名或手机号的一部分。</Text>
          ) : null}
        </>
      ) : null}
    </>
  );
}
