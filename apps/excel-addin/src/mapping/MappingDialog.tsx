import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Select,
  Text,
} from "@fluentui/react-components";
import { formatFen, PLATFORMS, type PlatformId } from "@syt/orders-model";
import {
  draftMapping,
  FIELD_NEED_ZH,
  fieldLabelZh,
  formatIssueZh,
  formatMappingProblemZh,
  type MappingDraft,
  type MappingKind,
  type MappingPreview,
  mappingKindZh,
  type OperatorProfile,
  type PreviewRow,
  previewMapping,
  profileFromMapping,
  type Table,
} from "@syt/platform-adapters";
import { useEffect, useMemo, useRef, useState } from "react";
import { downloadBlob } from "../ui/save";
import "./mapping.css";
import { profileFile, profilesApplied, removeProfile, saveProfile, useProfiles } from "./profile-store";

/** The kinds an operator can map, as one choice: each platform's orders, then the lists. */
const KIND_CHOICES: { value: string; kind: MappingKind; platform?: PlatformId }[] = [
  ...(Object.keys(PLATFORMS) as PlatformId[]).map((platform) => ({
    value: `orders:${platform}`,
    kind: "orders" as const,
    platform,
  })),
  { value: "wms", kind: "wms" },
  { value: "after-sales", kind: "after-sales" },
  { value: "out-of-stock", kind: "out-of-stock" },
];

const NONE = "";

function previewLine(row: PreviewRow): string {
  switch (row.kind) {
    case "orders":
      return [
        row.orderNo,
        row.status || "(无状态)",
        row.payment || "(无支付方式)",
        row.amountFen === undefined ? "(无金额)" : `¥${formatFen(row.amountFen)}`,
        [row.receiverName, row.receiverPhone].filter(Boolean).join(" "),
      ]
        .filter(Boolean)
        .join(" · ");
    case "wms":
      return [row.orderRef, row.courier, row.waybills.join("、") || "(无运单号)", row.stage]
        .filter(Boolean)
        .join(" · ");
    case "after-sales":
      return [row.orderNo, row.ticketNo, row.type, row.state].filter(Boolean).join(" · ");
    case "out-of-stock":
      return [row.sku, row.name].filter(Boolean).join(" · ");
  }
}

function download(profile: OperatorProfile) {
  const { fileName, text } = profileFile(profile);
  downloadBlob(new Blob([text], { type: "application/json" }), fileName);
}

const choiceOf = (value: string) =>
  KIND_CHOICES.find((c) => c.value === value) ?? (KIND_CHOICES[0] as (typeof KIND_CHOICES)[number]);

/** The form inside the dialog, for one table: kind, name, a drop-down per field, the preview. */
function MappingForm({
  table,
  fileName,
  onSaved,
}: {
  table: Table;
  fileName: string;
  onSaved: (profile: OperatorProfile) => void;
}) {
  const [kindValue, setKindValue] = useState("orders:guanwang");
  const choice = choiceOf(kindValue);
  const draft: MappingDraft = useMemo(
    () =>
      draftMapping(table, {
        kind: choice.kind,
        fileName,
        ...(choice.platform ? { platform: choice.platform } : {}),
      }),
    [table, choice, fileName],
  );
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [name, setName] = useState("");
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    setChosen(Object.fromEntries(draft.fields.flatMap((f) => (f.guess ? [[f.field, f.guess]] : []))));
    setName(`${mappingKindZh(draft.kind, draft.platform)} (${fileName.replace(/\.[^.]+$/, "")})`);
  }, [draft, fileName]);

  const made = useMemo(
    () =>
      profileFromMapping({
        kind: choice.kind,
        ...(choice.platform ? { platform: choice.platform } : {}),
        name,
        header: draft.header,
        chosen,
      }),
    [choice, name, draft, chosen],
  );
  const [preview, setPreview] = useState<MappingPreview | { error: string } | null>(null);
  useEffect(() => {
    if (!made.ok) {
      setPreview(null);
      return;
    }
    let current = true;
    previewMapping(table, made.profile, { rows: 5 }).then(
      (result) => current && setPreview(result),
      (cause: unknown) =>
        current && setPreview({ error: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => {
      current = false;
    };
  }, [table, made]);

  const shown = draft.fields.filter((f) => showAll || f.need !== "optional" || f.guess !== undefined);
  const hidden = draft.fields.length - shown.length;
  return (
    <div className="stack mapping-form" data-testid="mapping-form">
      <Text size={200} data-testid="mapping-header">
        {`第 ${draft.headerRow} 行是表头: ${draft.header.join("、")}`}
      </Text>
      <Field label="这是什么导出">
        <Select data-testid="mapping-kind" value={kindValue} onChange={(_, data) => setKindValue(data.value)}>
          {KIND_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {mappingKindZh(c.kind, c.platform)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="名称 (保存后显示在识别结果中)">
        <Input data-testid="mapping-name" value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <fieldset className="mapping-fields">
        <legend>每一项在哪一列 (已按表头猜好, 请核对)</legend>
        {shown.map((f) => (
          <Field
            key={f.field}
            label={`${fieldLabelZh(draft.kind, f.field)} · ${FIELD_NEED_ZH[f.need]}`}
            required={f.need === "read"}
          >
            <Select
              data-testid={`mapping-field-${f.field}`}
              value={chosen[f.field] ?? NONE}
              onChange={(_, data) => setChosen((before) => ({ ...before, [f.field]: data.value }))}
            >
              <option value={NONE}>(文件里没有这一列)</option>
              {draft.header.map((cell) => (
                <option key={cell} value={cell}>
                  {cell}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {hidden > 0 ? (
          <Button size="small" appearance="subtle" onClick={() => setShowAll(true)}>
            {`显示其余 ${hidden} 项`}
          </Button>
        ) : null}
      </fieldset>
      {made.ok ? null : (
        <ul className="mapping-problems" data-testid="mapping-problems">
          {made.problems.map((problem) => {
            const text = formatMappingProblemZh(draft.kind, problem);
            return (
              <li key={text}>
                <Text size={200} className="text-danger">
                  {text}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      <section aria-label="预览: 工具将这样读取前几行" data-testid="mapping-preview">
        <Text weight="semibold">预览: 工具将这样读取</Text>
        {preview && "rows" in preview ? (
          <>
            <Text as="p" size={200} data-testid="mapping-total">
              {`共读到 ${preview.total} 条; 前 ${preview.rows.length} 条:`}
            </Text>
            <ol className="mapping-preview-rows">
              {preview.rows.map((row) => {
                const line = previewLine(row);
                return (
                  <li key={line} data-testid="mapping-preview-row">
                    <Text size={200}>{line}</Text>
                  </li>
                );
              })}
            </ol>
            {preview.issues.slice(0, 5).map((issue) => {
              const text = formatIssueZh(issue);
              return (
                <Text key={text} as="p" size={200} data-testid="mapping-preview-issue">
                  {text}
                </Text>
              );
            })}
          </>
        ) : preview ? (
          <Text as="p" size={200} className="text-danger" role="alert">
            {preview.error}
          </Text>
        ) : (
          <Text as="p" size={200}>
            选好必填的列后显示。
          </Text>
        )}
      </section>
      <div className="row">
        <Button
          appearance="primary"
          data-testid="mapping-save"
          disabled={!made.ok}
          onClick={async () => {
            if (!made.ok) return;
            await saveProfile(made.profile);
            onSaved(made.profile);
          }}
        >
          保存表头对应
        </Button>
      </div>
    </div>
  );
}

/** The profiles saved on this machine: each can be downloaded (the JSON `--profiles` reads) or removed. */
export function SavedProfiles({ onRemoved }: { onRemoved?: () => void }) {
  const profiles = useProfiles();
  if (profiles.length === 0) return null;
  return (
    <section aria-label="已保存的表头对应" className="stack" data-testid="saved-profiles">
      <Text weight="semibold">已保存的表头对应 (本机)</Text>
      <ul className="saved-profiles">
        {profiles.map((profile) => (
          <li key={profile.id} data-testid="saved-profile">
            <Text size={200}>{profile.name}</Text>
            <div className="row">
              <Button size="small" data-testid="profile-download" onClick={() => download(profile)}>
                下载 JSON (命令行 --profiles 用)
              </Button>
              <Button
                size="small"
                data-testid="profile-remove"
                onClick={() => void removeProfile(profile.id).then(onRemoved)}
              >
                删除
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * 设置表头对应 for a file no layout recognised: a button that opens the dialog over the file's table.
 * `load` reads the table when the dialog opens (the tab keeps the file's bytes).
 */
export function MapExportButton({
  fileName,
  load,
  onSaved,
}: {
  fileName: string;
  load: () => Promise<Table>;
  onSaved?: (profile: OperatorProfile) => void;
}) {
  const [open, setOpen] = useState(false);
  const [table, setTable] = useState<Table | { error: string } | null>(null);
  const [saved, setSaved] = useState<OperatorProfile | null>(null);
  const [changed, setChanged] = useState(false);
  // The table is read once per opening, whatever the caller's `load` is on each render.
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (!open) return;
    let current = true;
    setSaved(null);
    setChanged(false);
    setTable(null);
    loader.current().then(
      (read) => current && setTable(read),
      (cause: unknown) =>
        current && setTable({ error: cause instanceof Error ? cause.message : String(cause) }),
    );
    return () => {
      current = false;
    };
  }, [open]);
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        // Applied once closed: the card this button sits on may go when its file is read.
        if (!data.open && changed) {
          if (saved) onSaved?.(saved);
          profilesApplied();
        }
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" data-testid="map-export">
          设置表头对应
        </Button>
      </DialogTrigger>
      <DialogSurface className="mapping-dialog" aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{`设置表头对应: ${fileName}`}</DialogTitle>
          <DialogContent className="stack">
            {saved ? (
              <Text role="status" data-testid="mapping-saved">
                {`已保存「${saved.name}」: 关闭后各标签页都按它读取这种导出。`}
              </Text>
            ) : table && "rows" in table ? (
              <MappingForm
                table={table}
                fileName={fileName}
                onSaved={(profile) => {
                  setSaved(profile);
                  setChanged(true);
                }}
              />
            ) : table ? (
              <Text className="text-danger" role="alert">
                {table.error}
              </Text>
            ) : (
              <Text role="status">正在读取文件…</Text>
            )}
            <SavedProfiles onRemoved={() => setChanged(true)} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button data-testid="mapping-close">{saved ? "完成" : "取消"}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
