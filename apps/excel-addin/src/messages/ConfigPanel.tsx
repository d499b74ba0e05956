import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { COURIERS, type Courier } from "@syt/orders-model";
import { GROUP_APP_NAMES_ZH } from "@syt/templates";
import { type RefObject, useState } from "react";
import { downloadBlob } from "../ui/save";
import { ConfigForm } from "./ConfigForm";
import { type ConfigState, checkConfigText } from "./config";
import { draftFromConfig, emptyDraft } from "./config-draft";
import type { ConfigStore } from "./config-store";
import { HiddenFileInput } from "./HiddenFileInput";
import { useStyles } from "./styles";

interface ConfigPanelProps {
  state: ConfigState;
  store: ConfigStore;
  onChange: (state: ConfigState) => void;
  /** The file input, so a template that needs the configuration can offer the import where it says so. */
  input: RefObject<HTMLInputElement | null>;
}

/** The name a configuration typed in the form is kept (and exported) under. */
export const FORM_FILE_NAME = "上元堂消息配置.json";

/** The company data the messages need: typed here or imported from the CLI's JSON file, kept on this computer only. */
export function ConfigPanel({ state, store, onChange, input }: ConfigPanelProps) {
  const styles = useStyles();
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirmClear, setConfirmClear] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);

  const choose = async (file: File) => {
    const json = await file.text();
    const checked = checkConfigText(json);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    await store.save({ fileName: file.name, json });
    setProblem(null);
    onChange({ kind: "ok", config: checked.config, fileName: file.name });
  };

  const clear = async () => {
    await store.clear();
    setProblem(null);
    setConfirmClear(false);
    setSavedNote(null);
    onChange({ kind: "missing" });
  };

  const saveForm = async (json: string) => {
    const checked = checkConfigText(json);
    if (!checked.ok) throw new Error(checked.problem);
    const fileName = state.kind === "ok" ? state.fileName : FORM_FILE_NAME;
    await store.save({ fileName, json });
    setEditing(false);
    setProblem(null);
    setSavedNote("配置已保存，需要配置的消息现在可以生成了。");
    onChange({ kind: "ok", config: checked.config, fileName });
  };

  const exportFile = async () => {
    const stored = await store.load();
    if (!stored) return;
    downloadBlob(new Blob([stored.json], { type: "application/json" }), stored.fileName || FORM_FILE_NAME);
  };

  const importButton = (
    <>
      <Button
        appearance={state.kind === "ok" ? "secondary" : "primary"}
        onClick={() => input.current?.click()}
      >
        {state.kind === "ok" ? "导入新的配置文件…" : "导入配置文件…"}
      </Button>
      <HiddenFileInput
        inputRef={input}
        accept=".json,application/json"
        testId="config-file"
        onFile={(file) => void choose(file)}
      />
    </>
  );

  return (
    <section className={styles.section} aria-labelledby="messages-config-title" data-testid="messages-config">
      <Text as="h2" id="messages-config-title" weight="semibold" size={400}>
        配置
      </Text>
      {state.kind === "loading" ? <Text>正在读取配置…</Text> : null}
      {state.kind === "missing" ? (
        <MessageBar intent="warning" layout="multiline" data-testid="config-missing">
          <MessageBarBody>
            <MessageBarTitle>还没有配置</MessageBarTitle>
            退货地址、处理人电话、快递群和理赔邮箱、药师微信来自配置文件（与命令行 --config 用的是同一个 JSON
            文件）。标有“需要配置”的消息导入后才能生成。配置只保存在这台电脑上，不会发送到任何地方。
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind === "invalid" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`已保存的配置（${state.fileName}）不能使用`}</MessageBarTitle>
            <span style={{ whiteSpace: "pre-wrap" }}>{state.problem}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind === "ok" ? <ConfigSummary state={state} whereZh={store.whereZh} /> : null}
      {savedNote && !editing ? (
        <Text role="status" data-testid="config-saved">
          {savedNote}
        </Text>
      ) : null}
      {editing ? (
        <ConfigForm
          initial={state.kind === "ok" ? draftFromConfig(state.config) : emptyDraft()}
          onSave={saveForm}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {problem ? (
        <MessageBar intent="error" layout="multiline" data-testid="config-problem">
          <MessageBarBody>
            <MessageBarTitle>配置文件有误，未导入</MessageBarTitle>
            <span style={{ whiteSpace: "pre-wrap" }}>{problem}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {
        <div className={styles.row}>
          <Button appearance={state.kind === "ok" ? "secondary" : "primary"} onClick={() => setEditing(true)}>
            {state.kind === "ok" ? "修改配置" : "在这里填写配置"}
          </Button>
          {importButton}
          {state.kind === "ok" ? <Button onClick={() => void exportFile()}>导出配置文件</Button> : null}
          {(state.kind === "ok" || state.kind === "invalid") && !confirmClear ? (
            <Button appearance="subtle" onClick={() => setConfirmClear(true)}>
              清除配置
            </Button>
          ) : null}
        </div>
      }
      {confirmClear ? (
        <MessageBar intent="warning" layout="multiline" data-testid="config-clear-confirm">
          <MessageBarBody>
            <MessageBarTitle>清除这台电脑上保存的配置？</MessageBarTitle>
            清除后需要配置的消息不能生成，直到重新填写或导入。可以先点「导出配置文件」留一份。
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void clear()}>确认清除</Button>
            <Button onClick={() => setConfirmClear(false)}>不清除</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </section>
  );
}

function ConfigSummary({ state, whereZh }: { state: Extract<ConfigState, { kind: "ok" }>; whereZh: string }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const { config } = state;
  const couriers = Object.entries(config.couriers).map(
    ([id, contact]) =>
      `${COURIERS[id as Courier].name}：${GROUP_APP_NAMES_ZH[contact?.app ?? "qq"]}「${contact?.group ?? ""}」${contact?.damageMailboxes ? "，有理赔邮箱" : ""}`,
  );
  return (
    <div data-testid="config-summary">
      <Text block>{`已导入 ${state.fileName}，${whereZh}，不会发送到任何地方。`}</Text>
      <Button
        appearance="transparent"
        aria-expanded={open}
        aria-controls="messages-config-details"
        onClick={() => setOpen(!open)}
      >
        {open ? "收起配置内容" : "查看配置内容"}
      </Button>
      {open ? (
        <dl className={styles.meta} id="messages-config-details">
          <dt>退货地址</dt>
          <dd className={styles.metaValue}>{config.returnAddress.address}</dd>
          <dt>处理人</dt>
          <dd className={styles.metaValue}>{config.handlers.map((handler) => handler.name).join("、")}</dd>
          <dt>快递</dt>
          <dd className={styles.metaValue}>{couriers.join("；")}</dd>
          <dt>药师微信</dt>
          <dd className={styles.metaValue}>{config.pharmacistWechat}</dd>
        </dl>
      ) : null}
    </div>
  );
}
