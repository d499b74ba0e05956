import { Courier, PlatformId } from "@syt/orders-model";
import { z } from "zod";
import { InvalidConfigError } from "./errors";
import { staffPhone, text } from "./fields";
import { customIssue, fieldIssuesFromZod } from "./issues";

const Mailbox = z.object({ name: text().optional(), email: z.email() });
export type Mailbox = z.infer<typeof Mailbox>;

/** Where a courier's staff read our messages. */
export const GroupApp = z.enum(["dingtalk", "qq", "wechat", "um"]);
export type GroupApp = z.infer<typeof GroupApp>;

const ReturnAddress = z.object({
  address: text(),
  postcode: z.string().regex(/^\d{6}$/),
});

const Shop = z.object({
  /** The recipient line buyers write on the parcel, e.g. 上元堂苏宁. */
  recipient: text(),
  /** Only when this shop's returns go somewhere else than `returnAddress`. */
  returnAddress: ReturnAddress.optional(),
});

const Handler = z.object({ name: text(), phone: staffPhone() });

const Group = z.object({ app: GroupApp, group: text() });

const CourierContact = z.object({
  app: GroupApp,
  group: text(),
  /** The courier's two customer-service mailboxes that damage claims go to. */
  damageMailboxes: z.tuple([z.email(), z.email()]).optional(),
});

/**
 * Company data the messages need: who, where and which group. It changes without a
 * release, so it lives in a JSON file (see config.example.json), never in code.
 */
export const TemplatesConfig = z
  .object({
    returnAddress: ReturnAddress,
    shops: z.partialRecord(PlatformId, Shop),
    handlers: z.array(Handler).min(1),
    couriers: z.partialRecord(Courier, CourierContact),
    damageMail: z.object({
      /** The sender of damage e-mails (the shop's operations mailbox). */
      from: Mailbox,
      /** The two colleagues every damage e-mail is copied to. */
      internal: z.tuple([Mailbox, Mailbox]),
    }),
    pharmacistWechat: text(),
    /** The team's own groups; a message for one of them says where to post it when it is set. */
    groups: z
      .object({
        /** UM 电商群: 不放清单 (seed: 使用UM聊天工具, 发到UM电商群). */
        ecommerce: Group.optional(),
        /** The group where listings are taken down and put back up (seed: QQ缺货群). */
        stock: Group.optional(),
      })
      .optional(),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.handlers.forEach((handler, index) => {
      if (seen.has(handler.name)) {
        ctx.addIssue({ ...customIssue("duplicate", handler.name), path: ["handlers", index, "name"] });
      }
      seen.add(handler.name);
    });
    const internal = config.damageMail.internal.map((box) => box.email.toLowerCase());
    for (const [courier, contact] of Object.entries(config.couriers)) {
      contact?.damageMailboxes?.forEach((email, index) => {
        const others = [...internal, ...(contact.damageMailboxes ?? []).slice(0, index)];
        if (others.includes(email.toLowerCase())) {
          ctx.addIssue({
            ...customIssue("duplicate", email),
            path: ["couriers", courier, "damageMailboxes", index],
          });
        }
      });
    }
  });
export type TemplatesConfig = z.output<typeof TemplatesConfig>;
export type TemplatesConfigInput = z.input<typeof TemplatesConfig>;

/** Validates parsed JSON; throws `InvalidConfigError` naming every wrong field. */
export function parseConfig(input: unknown): TemplatesConfig {
  const result = TemplatesConfig.safeParse(input, { reportInput: true });
  if (!result.success) throw new InvalidConfigError(fieldIssuesFromZod(result.error));
  return result.data;
}
