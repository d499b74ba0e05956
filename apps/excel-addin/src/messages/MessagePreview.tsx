import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import {
  ConfigMissingError,
  type EmailMessage,
  type FieldIssue,
  fieldLabelZh,
  formatErrorZh,
  formatIssueZh,
  GROUP_APP_NAMES_ZH,
  isEmailMessage,
  type TemplateId,
  type TextMessage,
  toEml,
} from "@syt/templates";
import { useEffect, useRef, useState } from "react";
import { copyText } from "../ui/save";
import { copyPng, downloadBlob, safeFileName } from "./files";
import { FORMS, type RenderResult } from "./forms";
import { HiddenFileInput } from "./HiddenFileInput";
import { canvasPng, drawTable, type PictureTable } from "./png-table";
import { useStyles } from "./styles";

interface MessagePreviewProps {
  id: TemplateId;
  result: RenderResult;
  /** The form is not complete: show every field's message and move to the first. */
  onRevealAll: () => void;
  /** Parts of the downloaded files' names (运单号, 订单号). */
  nameHint: string;
  onImportConfig: () => void;
  /** The template needs the configuration and there is none (said before the form is complete, too). */
  configMissing: boolean;
}

/** The form's own labels of the fields the library refused, in form order (a product row as 商品第 n 行). */
function pendingFields(id: TemplateId, issues: readonly FieldIssue[]): string {
  const labels = new Map(FORMS[id].fields.map((field) => [field.key, field.label]));
  const names = issues.map((issue) => {
    const [first, index] = issue.path;
    if (first === "lines" && typeof index === "number") return `商品第 ${index + 1} 行`;
    return labels.get(issue.path.join(".")) ?? fieldLabelZh(issue.path);
  });
  return [...new Set(names)].join("、");
}

interface Attachment {
  fileName: string;
  bytes: Uint8Array;
}

/** The message as the library renders it, live, with the ways to take it out of the page. */
export function MessagePreview({
  id,
  result,
  onRevealAll,
  nameHint,
  onImportConfig,
  configMissing,
}: MessagePreviewProps) {
  const styles = useStyles();
  const [status, setStatus] = useState("");

  const copy = async () => {
    if (result.kind !== "ok") {
      onRevealAll();
      setStatus(
        result.kind === "invalid" ? `还有 ${result.issues.length} 处要填写或改正，见上面标红的项。` : "",
      );
      return;
    }
    const copied = await copyText(result.message.text);
    setStatus(copied ? "已复制到剪贴板。" : "浏览器不允许复制：请选中上面的文字后按 Ctrl+C。");
  };

  return (
    <section
      className={styles.section}
      aria-labelledby="messages-preview-title"
      data-testid="message-preview"
    >
      <Text as="h2" id="messages-preview-title" weight="semibold" size={400}>
        消息
      </Text>
      {configMissing || result.kind === "config-missing" ? (
        <MessageBar intent="warning" layout="multiline" data-testid="needs-config">
          <MessageBarBody>{formatErrorZh(new ConfigMissingError(id))}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onImportConfig}>导入配置文件…</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {result.kind === "invalid" ? (
        <Text data-testid="preview-incomplete">{`还要填写或改正：${pendingFields(id, result.issues)}。填好后这里会显示消息。`}</Text>
      ) : null}
      {result.kind === "ok" ? <Rendered message={result.message} /> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          data-action="copy-message"
          onClick={() => void copy()}
          disabled={result.kind === "config-missing"}
        >
          复制消息
        </Button>
      </div>
      {id === "damage-email" && result.kind === "ok" && isEmailMessage(result.message) ? (
        <EmlDownload message={result.message} nameHint={nameHint} onStatus={setStatus} />
      ) : null}
      {result.kind === "ok" && "table" in result.message && result.message.table ? (
        <ListPicture table={result.message.table} nameHint={nameHint} onStatus={setStatus} />
      ) : null}
      <Text role="status" aria-live="polite" data-testid="preview-status">
        {status}
      </Text>
    </section>
  );
}

function Rendered({ message }: { message: TextMessage | EmailMessage }) {
  const styles = useStyles();
  if (isEmailMessage(message)) {
    return (
      <>
        <dl className={styles.meta} data-testid="email-headers">
          <dt>收件人</dt>
          <dd className={styles.metaValue}>{message.to.join("，")}</dd>
          <dt>抄送</dt>
          <dd className={styles.metaValue}>{(message.cc ?? []).join("，")}</dd>
          <dt>主题</dt>
          <dd className={styles.metaValue}>{message.subject}</dd>
        </dl>
        <pre className={styles.preview} data-testid="preview-text">
          {message.text}
        </pre>
      </>
    );
  }
  return (
    <>
      {message.destination ? (
        <Text>{`发到：${GROUP_APP_NAMES_ZH[message.destination.app]}「${message.destination.group}」`}</Text>
      ) : null}
      <pre className={styles.preview} data-testid="preview-text">
        {message.text}
      </pre>
      {message.warnings?.map((warning) => (
        <MessageBar key={warning.path.join(".")} intent="warning" layout="multiline">
          <MessageBarBody>{formatIssueZh(warning)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

interface ActionProps {
  nameHint: string;
  onStatus: (status: string) => void;
}

/** The damage e-mail as an .eml draft (To: the courier's two mailboxes, Cc: the two colleagues), screenshot attached when chosen. */
function EmlDownload({ message, nameHint, onStatus }: ActionProps & { message: EmailMessage }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [attachment, setAttachment] = useState<Attachment | null>(null);
  const download = () => {
    try {
      const eml = toEml(message, { attachment: attachment ?? undefined });
      const fileName = safeFileName(`破损邮件_${nameHint}.eml`);
      downloadBlob(new Blob([eml], { type: "message/rfc822" }), fileName);
      onStatus(`已下载 ${fileName}：用邮件程序打开，检查后发送。`);
    } catch (error) {
      onStatus(formatErrorZh(error) ?? String(error));
    }
  };
  // QQ Mail's web client cannot open an .eml: each part goes in with one copy and one paste.
  const parts = [
    { label: "复制收件人", text: message.to.join(";"), done: "收件人已复制" },
    ...(message.cc && message.cc.length > 0
      ? [{ label: "复制抄送", text: message.cc.join(";"), done: "抄送已复制" }]
      : []),
    { label: "复制主题", text: message.subject, done: "主题已复制" },
    { label: "复制正文", text: message.text, done: "正文已复制" },
  ];
  const copyPart = async (part: (typeof parts)[number]) => {
    const copied = await copyText(part.text);
    onStatus(copied ? `${part.done}，可粘贴到 QQ 邮箱。` : "浏览器不允许复制：请选中上面的文字后按 Ctrl+C。");
  };
  return (
    <div className={styles.row} data-testid="email-parts">
      {parts.map((part) => (
        <Button key={part.label} onClick={() => void copyPart(part)}>
          {part.label}
        </Button>
      ))}
      <Button onClick={download}>下载邮件 (.eml)</Button>
      <Button appearance="subtle" onClick={() => input.current?.click()}>
        {attachment ? `截图：${attachment.fileName}（更换）` : "附上截图…"}
      </Button>
      {attachment ? (
        <Button appearance="subtle" onClick={() => setAttachment(null)}>
          去掉截图
        </Button>
      ) : null}
      <HiddenFileInput
        inputRef={input}
        accept="image/png,image/jpeg,image/gif,image/webp"
        testId="eml-attachment"
        onFile={async (file) =>
          setAttachment({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
        }
      />
    </div>
  );
}

/** 不放清单's table, as the library returns it beside the text, drawn on a canvas to download or copy as an image for the UM group. */
function ListPicture({ table, nameHint, onStatus }: ActionProps & { table: PictureTable }) {
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) drawTable(canvas.current, table);
  }, [table]);
  const png = async () => {
    if (!canvas.current) throw new Error("no canvas");
    return canvasPng(canvas.current);
  };
  const fileName = safeFileName(`${nameHint}_不放清单.png`);
  return (
    <>
      <canvas
        ref={canvas}
        className={styles.picture}
        role="img"
        aria-label={`不放清单图片：${table.title}，${table.rows.length} 种商品`}
        data-testid="list-picture"
      />
      <div className={styles.row}>
        <Button
          onClick={async () => {
            downloadBlob(await png(), fileName);
            onStatus(`已下载 ${fileName}。`);
          }}
        >
          下载图片
        </Button>
        <Button
          onClick={async () => {
            const copied = await copyPng(await png());
            onStatus(
              copied ? "图片已复制，可直接粘贴到 UM 电商群。" : "这个浏览器不能复制图片：请下载图片后发送。",
            );
          }}
        >
          复制图片
        </Button>
      </div>
    </>
  );
}
