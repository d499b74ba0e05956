import { Text } from "@fluentui/react-components";
import { TEMPLATES, type TemplateId } from "@syt/templates";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { HostInfo } from "../office/host";
import { type MessageRequest, useWorkspace } from "../ui/workspace";
import { ConfigPanel } from "./ConfigPanel";
import { type ConfigState, stateFromStored } from "./config";
import { configStore, hostKeyValue } from "./config-store";
import {
  emptyValues,
  type FormValues,
  fieldKeys,
  hasHandlerField,
  issueKey,
  issueTextForField,
  prefillValues,
  renderForm,
  templateById,
} from "./forms";
import { MessagePreview } from "./MessagePreview";
import { OrderSource, type PickedOrder } from "./OrderSource";
import { completedFacts, factsOfRef, type OrderFacts } from "./order-facts";
import { useStyles } from "./styles";
import type { FieldMessage } from "./TemplateForm";
import { TemplateForm } from "./TemplateForm";
import { TemplateList, templateNeedsConfig } from "./TemplateList";

interface TabState {
  templateId: TemplateId;
  query: string;
  values: Partial<Record<TemplateId, FormValues>>;
  touched: Partial<Record<TemplateId, readonly string[]>>;
  /** Every field shows its message (after 复制 on an incomplete form). */
  revealed: Partial<Record<TemplateId, boolean>>;
  facts: OrderFacts | null;
  source: string | null;
}

const INITIAL: TabState = {
  templateId: TEMPLATES[0].id,
  query: "",
  values: {},
  touched: {},
  revealed: {},
  facts: null,
  source: null,
};

// The tab unmounts when the operator opens another tab: what was typed waits here for their return.
let kept: TabState = INITIAL;

const HANDLER_KEY = "syt-templates-handler";
let handledRequest: MessageRequest | null = null;

function withOrder(state: TabState, picked: PickedOrder, templateId = state.templateId): TabState {
  const { values, filled } = prefillValues(templateId, picked.facts);
  return {
    ...state,
    templateId,
    facts: picked.facts,
    source: picked.source,
    values: { [templateId]: values },
    touched: { [templateId]: filled },
    revealed: {},
  };
}

function withTemplate(state: TabState, templateId: TemplateId): TabState {
  if (state.values[templateId]) return { ...state, templateId };
  const filled = state.facts ? prefillValues(templateId, state.facts) : null;
  return {
    ...state,
    templateId,
    values: { ...state.values, [templateId]: filled?.values ?? emptyValues(templateId) },
    touched: { ...state.touched, [templateId]: filled?.filled ?? [] },
  };
}

/** 消息: every template of @syt/templates, prefilled from the selected row or a picked order, rendered live. */
export default function MessagesTab({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const { messageRequest, loaded } = useWorkspace();
  const [state, setStateRaw] = useState<TabState>(kept);
  const setState = useCallback(
    (update: (before: TabState) => TabState) =>
      setStateRaw((before) => {
        kept = update(before);
        return kept;
      }),
    [],
  );
  const store = useMemo(() => configStore(host), [host]);
  // The 处理人 is the operator, on this machine: chosen once, kept where the configuration is.
  const handlerStore = useMemo(() => hostKeyValue(host).kv, [host]);
  const [handler, setHandler] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    handlerStore
      .get(HANDLER_KEY)
      .then((value) => live && setHandler(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [handlerStore]);
  const [config, setConfig] = useState<ConfigState>({ kind: "loading" });
  const configLoading = config.kind === "loading";
  const formTop = useRef<HTMLDivElement>(null);
  const formSection = useRef<HTMLElement>(null);
  const configInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    store
      .load()
      .then((stored) => live && setConfig(stateFromStored(stored)))
      .catch(() => live && setConfig({ kind: "missing" }));
    return () => {
      live = false;
    };
  }, [store]);

  // Counts the orders filled in (from a finding or a pick): each moves the cursor to the form.
  const [arrived, setArrived] = useState(0);
  const focusedFor = useRef(0);
  // A request from another tab (a 货到付款 finding: 写拦截报备) opens its template with the order filled in, once.
  useEffect(() => {
    if (!messageRequest || messageRequest === handledRequest) return;
    handledRequest = messageRequest;
    const picked = messageRequest.ref ? factsOfRef(messageRequest.ref, loaded) : null;
    setState((before) =>
      picked
        ? withOrder(before, picked, messageRequest.templateId)
        : withTemplate(before, messageRequest.templateId),
    );
    setArrived((count) => count + 1);
  }, [messageRequest, loaded, setState]);

  // An order filled in (from a finding, a pick): the cursor in the first required field still empty, in view; with
  // every field filled from the exports, on 复制消息, so Enter copies the message.
  useEffect(() => {
    // The configuration decides whether the message can be copied: wait for it to be read.
    if (arrived === focusedFor.current || configLoading) return;
    focusedFor.current = arrived;
    const form = formSection.current;
    const tab = form?.parentElement;
    if (!form || !tab) return;
    const required = form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      "input[required], textarea[required]",
    );
    const empty = [...required].find((control) => control.value.trim() === "");
    const copy = tab.querySelector<HTMLButtonElement>('[data-action="copy-message"]:not([disabled])');
    const target = empty ?? copy ?? form.querySelector<HTMLElement>("input, textarea");
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: "center" });
  }, [arrived, configLoading]);

  const id = state.templateId;
  const typed = state.values[id] ?? emptyValues(id);
  const knownHandler =
    handler !== null && config.kind === "ok" && config.config.handlers.some((h) => h.name === handler);
  const values =
    knownHandler && hasHandlerField(id) && !typed.text.handler
      ? { ...typed, text: { ...typed.text, handler: handler as string } }
      : typed;
  const template = templateById(id);
  const usable = config.kind === "ok" ? config.config : undefined;
  const result = renderForm(id, values, usable);

  const messages = new Map<string, FieldMessage>();
  if (result.kind === "invalid") {
    const touched = new Set(state.touched[id] ?? []);
    const keys = new Set(fieldKeys(id, values));
    for (const issue of result.issues) {
      const key = issueKey(issue);
      const shownKey = keys.has(key) ? key : issue.path.length > 0 ? String(issue.path[0]) : key;
      if (!(state.revealed[id] || touched.has(key) || touched.has(shownKey)) || messages.has(shownKey))
        continue;
      messages.set(shownKey, { text: issueTextForField(issue), state: "error" });
    }
  }
  if (result.kind === "ok" && "warnings" in result.message) {
    for (const warning of result.message.warnings ?? []) {
      messages.set(issueKey(warning), { text: issueTextForField(warning), state: "warning" });
    }
  }

  const revealAll = () => {
    setState((before) => ({ ...before, revealed: { ...before.revealed, [id]: true } }));
    // After the messages render: move to the first field the library refused.
    setTimeout(() => {
      const invalid = formTop.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      invalid?.focus();
    }, 0);
  };

  const nameHint =
    [values.text.waybill, values.text.orderNo].find((part) => part && part.trim() !== "") ?? template.title;

  return (
    <div className={styles.tab} data-testid="messages-tab">
      <ConfigPanel state={config} store={store} onChange={setConfig} input={configInput} />
      <TemplateList
        query={state.query}
        onQuery={(query) => setState((before) => ({ ...before, query }))}
        selected={id}
        onSelect={(next) => setState((before) => withTemplate(before, next))}
        configured={config.kind === "ok"}
      />
      <OrderSource
        host={host}
        current={state.source}
        onPick={(picked) => {
          setState((before) => withOrder(before, completedFacts(picked, loaded)));
          setArrived((count) => count + 1);
        }}
      />
      <section ref={formSection} className={styles.section} aria-labelledby="messages-form-title">
        <Text as="h2" id="messages-form-title" weight="semibold" size={400}>
          {template.title}
        </Text>
        {templateNeedsConfig(id) && (config.kind === "missing" || config.kind === "invalid") ? (
          <Text>这条消息需要配置（见下面的提示），可以先填写。</Text>
        ) : null}
        <div ref={formTop}>
          <TemplateForm
            id={id}
            values={values}
            config={usable}
            messages={messages}
            onChange={(next) => {
              const chosen = next.text.handler;
              if (chosen && chosen !== values.text.handler) {
                setHandler(chosen);
                void handlerStore.set(HANDLER_KEY, chosen).catch(() => undefined);
              }
              setState((before) => ({ ...before, values: { ...before.values, [id]: next } }));
            }}
            onTouch={(key) =>
              setState((before) => {
                const touched = before.touched[id] ?? [];
                return touched.includes(key)
                  ? before
                  : { ...before, touched: { ...before.touched, [id]: [...touched, key] } };
              })
            }
          />
        </div>
      </section>
      <MessagePreview
        key={id}
        id={id}
        result={result}
        onRevealAll={revealAll}
        nameHint={nameHint}
        onImportConfig={() => configInput.current?.click()}
        configMissing={templateNeedsConfig(id) && (config.kind === "missing" || config.kind === "invalid")}
      />
    </div>
  );
}
