import { COURIERS, type Courier, PLATFORMS, type PlatformId } from "@syt/orders-model";
import {
  type FieldIssue,
  GroupApp,
  isInvalidConfigError,
  parseConfig,
  type TemplatesConfig,
  type TemplatesConfigInput,
} from "@syt/templates";

// The configuration as the form edits it: every value a string, rows for the lists. It becomes the
// very JSON the CLI reads (`templates --config`), checked by the library's parseConfig, whose issues
// come back with the paths the form shows them under.

export interface HandlerRow {
  name: string;
  phone: string;
}

export interface CourierRow {
  courier: Courier | "";
  app: GroupApp | "";
  group: string;
  mailbox1: string;
  mailbox2: string;
}

export interface MailboxRow {
  name: string;
  email: string;
}

export interface GroupRow {
  app: GroupApp | "";
  group: string;
}

export interface ConfigDraft {
  returnAddress: string;
  postcode: string;
  handlers: HandlerRow[];
  couriers: CourierRow[];
  from: MailboxRow;
  internal: [MailboxRow, MailboxRow];
  pharmacistWechat: string;
  ecommerce: GroupRow;
  stock: GroupRow;
  /** 店铺收件人 by platform (empty: no shop there). */
  recipients: Partial<Record<PlatformId, string>>;
  /** The shops as imported: a shop's own return address is kept, not edited here. */
  shops: TemplatesConfigInput["shops"];
}

export const PLATFORM_IDS = Object.keys(PLATFORMS) as PlatformId[];

export const COURIER_IDS = Object.keys(COURIERS) as Courier[];
export const GROUP_APPS = GroupApp.options;

const emptyMailbox = (): MailboxRow => ({ name: "", email: "" });

export function emptyDraft(): ConfigDraft {
  return {
    returnAddress: "",
    postcode: "",
    handlers: [{ name: "", phone: "" }],
    couriers: [],
    from: emptyMailbox(),
    internal: [emptyMailbox(), emptyMailbox()],
    pharmacistWechat: "",
    ecommerce: { app: "", group: "" },
    stock: { app: "", group: "" },
    recipients: {},
    shops: {},
  };
}

const mailboxRow = (box: { name?: string | undefined; email: string } | undefined): MailboxRow => ({
  name: box?.name ?? "",
  email: box?.email ?? "",
});

export function draftFromConfig(config: TemplatesConfig): ConfigDraft {
  return {
    returnAddress: config.returnAddress.address,
    postcode: config.returnAddress.postcode,
    handlers: config.handlers.map((handler) => ({ name: handler.name, phone: handler.phone })),
    couriers: Object.entries(config.couriers).map(([courier, contact]) => ({
      courier: courier as Courier,
      app: contact?.app ?? "",
      group: contact?.group ?? "",
      mailbox1: contact?.damageMailboxes?.[0] ?? "",
      mailbox2: contact?.damageMailboxes?.[1] ?? "",
    })),
    from: mailboxRow(config.damageMail.from),
    internal: [mailboxRow(config.damageMail.internal[0]), mailboxRow(config.damageMail.internal[1])],
    pharmacistWechat: config.pharmacistWechat,
    ecommerce: { app: config.groups?.ecommerce?.app ?? "", group: config.groups?.ecommerce?.group ?? "" },
    stock: { app: config.groups?.stock?.app ?? "", group: config.groups?.stock?.group ?? "" },
    recipients: Object.fromEntries(
      Object.entries(config.shops).map(([platform, shop]) => [platform, shop?.recipient ?? ""]),
    ),
    shops: config.shops,
  };
}

const trimmed = (value: string) => value.trim();

function mailbox(row: MailboxRow) {
  return { ...(trimmed(row.name) ? { name: trimmed(row.name) } : {}), email: trimmed(row.email) };
}

function group(row: GroupRow) {
  return row.app === "" && trimmed(row.group) === ""
    ? undefined
    : { app: row.app, group: trimmed(row.group) };
}

/** The JSON object the CLI reads: optional parts left out when the operator left them empty. */
export function jsonFromDraft(draft: ConfigDraft): unknown {
  const couriers: Record<string, unknown> = {};
  for (const row of draft.couriers) {
    if (row.courier === "") continue;
    const boxes = [trimmed(row.mailbox1), trimmed(row.mailbox2)];
    couriers[row.courier] = {
      app: row.app,
      group: trimmed(row.group),
      ...(boxes.some((box) => box !== "") ? { damageMailboxes: boxes } : {}),
    };
  }
  const shops: Record<string, unknown> = {};
  for (const platform of PLATFORM_IDS) {
    const recipient = trimmed(draft.recipients[platform] ?? "");
    if (recipient === "") continue;
    const own = draft.shops[platform]?.returnAddress;
    shops[platform] = { recipient, ...(own ? { returnAddress: own } : {}) };
  }
  const ecommerce = group(draft.ecommerce);
  const stock = group(draft.stock);
  return {
    returnAddress: { address: trimmed(draft.returnAddress), postcode: trimmed(draft.postcode) },
    shops,
    handlers: draft.handlers.map((row) => ({ name: trimmed(row.name), phone: trimmed(row.phone) })),
    couriers,
    damageMail: {
      from: mailbox(draft.from),
      internal: [mailbox(draft.internal[0]), mailbox(draft.internal[1])],
    },
    pharmacistWechat: trimmed(draft.pharmacistWechat),
    ...(ecommerce || stock
      ? { groups: { ...(ecommerce ? { ecommerce } : {}), ...(stock ? { stock } : {}) } }
      : {}),
  };
}

export type DraftCheck =
  | { ok: true; config: TemplatesConfig; json: string }
  | { ok: false; issues: readonly FieldIssue[] };

/** The draft as the library checks the CLI's file: the config and its JSON, or the issues by path. */
export function checkDraft(draft: ConfigDraft): DraftCheck {
  const value = jsonFromDraft(draft);
  try {
    return { ok: true, config: parseConfig(value), json: JSON.stringify(value, null, 2) };
  } catch (error) {
    if (isInvalidConfigError(error)) return { ok: false, issues: error.issues };
    throw error;
  }
}

/**
 * The path of a draft field as the library names it: couriers are rows here and keys there
 * (`couriers.sto.group`), so a courier row's issues are found under its courier's key.
 */
export function courierPath(
  row: CourierRow,
  key: "app" | "group" | "damageMailboxes.0" | "damageMailboxes.1",
) {
  return `couriers.${row.courier}.${key}`;
}
