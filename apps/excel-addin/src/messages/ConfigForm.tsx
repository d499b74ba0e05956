import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { COURIERS, PLATFORMS } from "@syt/orders-model";
import { type FieldIssue, GROUP_APP_NAMES_ZH } from "@syt/templates";
import { type ReactNode, useState } from "react";
import {
  COURIER_IDS,
  type ConfigDraft,
  type CourierRow,
  checkDraft,
  courierPath,
  GROUP_APPS,
  type GroupRow,
  type MailboxRow,
  PLATFORM_IDS,
} from "./config-draft";
import { issueKey, issueTextForField } from "./forms";
import { useStyles } from "./styles";

interface ConfigFormProps {
  initial: ConfigDraft;
  /** Called with the checked configuration and its JSON (the CLI's file); the form closes after. */
  onSave: (json: string) => Promise<void>;
  onCancel: () => void;
}

/** The configuration typed in the taskpane: what the CLI reads from `--config`, with the library's messages. */
export function ConfigForm({ initial, onSave, onCancel }: ConfigFormProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const messageAt = (path: string) => {
    const issue = issues.find((candidate) => issueKey(candidate) === path);
    return issue ? { validationMessage: issueTextForField(issue), validationState: "error" as const } : {};
  };
  const update = (change: (before: ConfigDraft) => ConfigDraft) => setDraft((before) => change(before));

  const text = (label: string, path: string, value: string, set: (value: string) => void, hint?: string) => (
    <Field label={label} hint={hint} {...messageAt(path)}>
      <Input value={value} onChange={(_, data) => set(data.value)} />
    </Field>
  );
  const app = (label: string, path: string, value: string, set: (value: GroupRow["app"]) => void) => (
    <Field label={label} {...messageAt(path)}>
      <Select value={value} onChange={(_, data) => set(data.value as GroupRow["app"])}>
        <option value="">（未设置）</option>
        {GROUP_APPS.map((id) => (
          <option key={id} value={id}>
            {GROUP_APP_NAMES_ZH[id]}
          </option>
        ))}
      </Select>
    </Field>
  );
  const mailbox = (title: string, path: string, row: MailboxRow, set: (row: MailboxRow) => void) => (
    <Part title={title}>
      {text("姓名（可不填）", `${path}.name`, row.name, (name) => set({ ...row, name }))}
      {text("邮箱地址", `${path}.email`, row.email, (email) => set({ ...row, email }))}
    </Part>
  );
  const groupRow = (title: string, path: string, row: GroupRow, set: (row: GroupRow) => void) => (
    <Part title={title}>
      {app("群所在软件", `${path}.app`, row.app, (value) => set({ ...row, app: value }))}
      {text("群名", `${path}.group`, row.group, (group) => set({ ...row, group }))}
    </Part>
  );
  const setCourier = (index: number, row: CourierRow) =>
    update((before) => ({ ...before, couriers: before.couriers.map((r, i) => (i === index ? row : r)) }));

  const save = async () => {
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    setSaving(true);
    try {
      await onSave(checked.json);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      data-testid="config-form"
      aria-label="填写配置"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Part title="退货地址">
        {text("地址", "returnAddress.address", draft.returnAddress, (value) =>
          update((d) => ({ ...d, returnAddress: value })),
        )}
        {text("邮编", "returnAddress.postcode", draft.postcode, (value) =>
          update((d) => ({ ...d, postcode: value })),
        )}
      </Part>
      <Part title="各平台店铺的退货收件人（没有店铺的平台不填）">
        {PLATFORM_IDS.map((platform) =>
          text(
            `${PLATFORMS[platform].name}`,
            `shops.${platform}.recipient`,
            draft.recipients[platform] ?? "",
            (value) => update((d) => ({ ...d, recipients: { ...d.recipients, [platform]: value } })),
          ),
        )}
      </Part>
      <Part title="处理人（你自己和同事：买家的快递会打这个电话）">
        {draft.handlers.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <div key={index} className={styles.line} data-testid="config-handler">
            {text(`第 ${index + 1} 位 姓名`, `handlers.${index}.name`, row.name, (name) =>
              update((d) => ({
                ...d,
                handlers: d.handlers.map((r, i) => (i === index ? { ...r, name } : r)),
              })),
            )}
            {text(`第 ${index + 1} 位 手机号`, `handlers.${index}.phone`, row.phone, (phone) =>
              update((d) => ({
                ...d,
                handlers: d.handlers.map((r, i) => (i === index ? { ...r, phone } : r)),
              })),
            )}
            {draft.handlers.length > 1 ? (
              <Button
                appearance="subtle"
                onClick={() => update((d) => ({ ...d, handlers: d.handlers.filter((_, i) => i !== index) }))}
              >
                {`删除第 ${index + 1} 位`}
              </Button>
            ) : null}
          </div>
        ))}
        <Button onClick={() => update((d) => ({ ...d, handlers: [...d.handlers, { name: "", phone: "" }] }))}>
          添加处理人
        </Button>
      </Part>
      <Part title="快递公司的群和理赔邮箱">
        {draft.couriers.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <div key={index} className={styles.line} data-testid="config-courier">
            <Field label={`第 ${index + 1} 家 快递公司`}>
              <Select
                value={row.courier}
                onChange={(_, data) =>
                  setCourier(index, { ...row, courier: data.value as CourierRow["courier"] })
                }
              >
                <option value="">（选择）</option>
                {COURIER_IDS.map((id) => (
                  <option key={id} value={id}>
                    {COURIERS[id].name}
                  </option>
                ))}
              </Select>
            </Field>
            {app("群所在软件", courierPath(row, "app"), row.app, (value) =>
              setCourier(index, { ...row, app: value }),
            )}
            {text("群名", courierPath(row, "group"), row.group, (group) =>
              setCourier(index, { ...row, group }),
            )}
            {text("理赔邮箱 1（可不填）", courierPath(row, "damageMailboxes.0"), row.mailbox1, (mailbox1) =>
              setCourier(index, { ...row, mailbox1 }),
            )}
            {text("理赔邮箱 2（可不填）", courierPath(row, "damageMailboxes.1"), row.mailbox2, (mailbox2) =>
              setCourier(index, { ...row, mailbox2 }),
            )}
            <Button
              appearance="subtle"
              onClick={() => update((d) => ({ ...d, couriers: d.couriers.filter((_, i) => i !== index) }))}
            >
              {`删除第 ${index + 1} 家`}
            </Button>
          </div>
        ))}
        <Button
          onClick={() =>
            update((d) => ({
              ...d,
              couriers: [...d.couriers, { courier: "", app: "", group: "", mailbox1: "", mailbox2: "" }],
            }))
          }
        >
          添加快递公司
        </Button>
      </Part>
      {groupRow("UM 电商群（不放清单，可不填）", "groups.ecommerce", draft.ecommerce, (ecommerce) =>
        update((d) => ({ ...d, ecommerce })),
      )}
      {groupRow("缺货群（可不填）", "groups.stock", draft.stock, (stock) => update((d) => ({ ...d, stock })))}
      {mailbox("破损邮件 发件人（运营邮箱）", "damageMail.from", draft.from, (from) =>
        update((d) => ({ ...d, from })),
      )}
      {mailbox("破损邮件 抄送 1", "damageMail.internal.0", draft.internal[0], (row) =>
        update((d) => ({ ...d, internal: [row, d.internal[1]] })),
      )}
      {mailbox("破损邮件 抄送 2", "damageMail.internal.1", draft.internal[1], (row) =>
        update((d) => ({ ...d, internal: [d.internal[0], row] })),
      )}
      {text("药师微信", "pharmacistWechat", draft.pharmacistWechat, (value) =>
        update((d) => ({ ...d, pharmacistWechat: value })),
      )}
      {issues.length > 0 ? (
        <Text
          role="alert"
          data-testid="config-form-problem"
        >{`还有 ${issues.length} 处要填写或改正，见标红的项。`}</Text>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={saving}>
          保存配置
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </div>
    </form>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset
      style={{
        border: "none",
        margin: 0,
        padding: 0,
        minWidth: 0,
        display: "flex",
        flexDirection: "column",
        gap: "6px",
      }}
    >
      <legend style={{ fontWeight: 600, padding: 0 }}>{title}</legend>
      {children}
    </fieldset>
  );
}
