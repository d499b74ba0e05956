import { COURIERS, Courier, maskPhonesInText, PLATFORMS, PlatformId } from "@syt/orders-model";
import type { GroupApp } from "./config";
import { type AnyTemplateError, isTemplateError } from "./errors";
import { fieldMetaAt } from "./field-meta";
import type { FieldIssue, FieldPath } from "./issues";
import type { Channel } from "./template";
import { TEMPLATES } from "./templates";

export const CHANNEL_NAMES_ZH: { readonly [C in Channel]: string } = {
  buyer: "买家",
  "courier-group": "快递群",
  "internal-group": "内部群",
  "platform-remark": "平台备注",
  email: "邮件",
};

export const GROUP_APP_NAMES_ZH: { readonly [A in GroupApp]: string } = {
  dingtalk: "钉钉群",
  qq: "QQ群",
  wechat: "微信群",
  um: "UM群",
};

/** Chinese names of the fields of every template's input and of the configuration, by key. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  action: "上架/下架",
  address: "地址",
  app: "群所在软件",
  city: "城市",
  count: "数量",
  courier: "快递公司",
  couriers: "快递公司",
  damageMail: "破损邮件",
  damageMailboxes: "破损邮箱",
  damaged: "破损数量",
  ecommerce: "UM 电商群",
  email: "邮箱地址",
  from: "发件人",
  group: "群名",
  groups: "内部群",
  handler: "处理人",
  handlers: "处理人",
  internal: "内部邮箱",
  liability: "记责金额",
  lines: "商品明细",
  name: "姓名",
  orderNo: "订单编号",
  originalOrderNo: "原平台订单号",
  originalSku: "原平台商品SKU",
  pharmacistWechat: "药师微信",
  phone: "手机号",
  platform: "平台",
  platforms: "平台",
  stock: "缺货群",
  postcode: "邮编",
  product: "商品名称",
  province: "省份",
  quantity: "数量",
  reason: "原因",
  receiver: "收货人",
  recipient: "收件人（店铺名）",
  reissueSku: "补发商品SKU",
  returnAddress: "退货地址",
  screenshot: "交易截图",
  shops: "店铺",
  sku: "商品SKU",
  taxId: "税号",
  title: "抬头",
  unit: "单位",
  waybill: "运单号",
};

/** Hints for values whose shape is checked with a pattern. */
const FORMAT_HINTS: Readonly<Record<string, string>> = {
  postcode: "6 位数字，如 100000",
  waybill: "6 到 30 位数字或字母，如 773012345678901",
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "文字",
  number: "数字",
  object: "对象（{ … }）",
  array: "列表（[ … ]）",
  boolean: "true 或 false",
};

function segmentLabel(segment: string | number, parent: string | number | undefined): string {
  if (typeof segment === "number")
    return parent === "lines" ? `第 ${segment + 1} 行` : `第 ${segment + 1} 个`;
  const courier = Courier.safeParse(segment);
  if (courier.success && parent === "couriers") return COURIERS[courier.data].name;
  const platform = PlatformId.safeParse(segment);
  if (platform.success && parent === "shops") return PLATFORMS[platform.data].name;
  return FIELD_LABELS[segment] ?? segment;
}

const wordsOf = (path: FieldPath): string[] =>
  path.map((segment, index) => segmentLabel(segment, path[index - 1]));

/** `["receiver", "phone"]` -> `「收货人 › 手机号」(receiver.phone)`: the words, and the key to look for in the file. */
export function fieldLabelZh(path: FieldPath): string {
  if (path.length === 0) return "「数据」";
  return `「${wordsOf(path).join(" › ")}」(${path.join(".")})`;
}

const MAX_SHOWN = 40;

/**
 * The received value, any phone masked, cut short: error text ends up in chats and logs. Masked
 * before cutting, since a number cut in half is no longer recognised as one.
 */
function shown(input: unknown): string {
  const raw = maskPhonesInText(typeof input === "string" ? input : (JSON.stringify(input) ?? String(input)));
  return `“${raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw}”`;
}

function received(issue: FieldIssue): string {
  return "input" in issue ? `，收到 ${shown(issue.input)}` : "";
}

function knownOnes(known: unknown): string {
  return Array.isArray(known) && known.length > 0 ? `，或改用已配置的 ${list(known)}` : "";
}

function list(values: unknown): string {
  return Array.isArray(values) ? values.map(String).join("、") : String(values);
}

const CREDIT_CODE_PROBLEMS: Readonly<Record<string, string>> = {
  "credit-code-checksum": "最后一位校验码与前 17 位算出的不符，多半是抄错了一位，请对照营业执照核对",
  "credit-code-characters": "含有统一社会信用代码不用的字符（不用 I、O、S、V、Z），请核对",
  "credit-code-length": "位数不对：应为 18 位统一社会信用代码（旧税号为 15、17 或 20 位）",
};

function sizeText(issue: FieldIssue): string {
  const limit = Number(issue.params?.limit);
  const inclusive = issue.params?.inclusive !== false;
  switch (issue.code) {
    case "too-short":
      return limit <= 1 ? "不能为空" : `太短：至少 ${limit} 个字`;
    case "too-long":
      return `太长：最多 ${limit} 个字`;
    case "too-few":
      return `至少要有 ${limit} 项`;
    case "too-many":
      return `最多只能有 ${limit} 项`;
    case "too-small":
      return inclusive ? `应不小于 ${limit}` : `应大于 ${limit}`;
    default:
      return inclusive ? `应不大于 ${limit}` : `应小于 ${limit}`;
  }
}

function formatHint(issue: FieldIssue): string {
  if (issue.params?.format === "email") return "应为邮箱地址，如 name@example.com";
  const key = issue.path.findLast((segment) => typeof segment === "string");
  return `格式不对：应为 ${(key && FORMAT_HINTS[key]) ?? "规定的格式"}`;
}

/** What is wrong with the field and what is expected, without the field's name. */
function problemZh(issue: FieldIssue): string {
  switch (issue.code) {
    case "missing":
      return "缺少这一项：请填写";
    case "wrong-type":
      return `类型不对：应为${TYPE_NAMES[String(issue.params?.expected)] ?? String(issue.params?.expected)}${received(issue)}`;
    case "too-short":
    case "too-long":
    case "too-few":
    case "too-many":
    case "too-small":
    case "too-big":
      return `${sizeText(issue)}${received(issue)}`;
    case "bad-format":
      return `${formatHint(issue)}${received(issue)}`;
    case "not-allowed":
      return `只能是 ${list(issue.params?.values)} 之一${received(issue)}`;
    case "unknown-field":
      return `有不认识的字段 ${list(issue.params?.keys)}：请检查拼写，或删去`;
    case "bad-phone":
      return `不是可用的电话号码：应为 1 开头的 11 位手机号，或带区号的座机号（区号和号码之间加 -）${received(issue)}`;
    case "bad-courier":
      return `不认识这家快递公司：应为 申通、中通 等快递公司名，或代码 sto、zto${received(issue)}`;
    case "bad-platform":
      return `不认识这个平台：应为 ${Object.values(PLATFORMS)
        .map((platform) => platform.name)
        .join("、")} 之一${received(issue)}`;
    case "bad-money":
      return `不是金额：应为以元计的数，如 36.8、¥36.80 或 36.80元${received(issue)}`;
    case "bad-credit-code":
      return `${CREDIT_CODE_PROBLEMS[String(issue.params?.reason)] ?? "不是有效的税号"}${received(issue)}`;
    case "legacy-credit-code":
      return `${shown(issue.input)} 是旧版税号（15、17 或 20 位）：开票时可能要求 18 位统一社会信用代码，请向买家确认`;
    case "bad-order-prefix":
      return `应以 ${String(issue.params?.prefix)} 开头${received(issue)}`;
    case "not-in-config":
      return `${shown(issue.input)} 在配置里找不到：请在配置文件的 ${String(issue.params?.configPath)} 中添加${knownOnes(issue.params?.known)}`;
    case "duplicate":
      return `${shown(issue.input)} 重复了：每个值只能出现一次`;
    case "invalid":
      return `值不对${received(issue)}`;
  }
}

/**
 * The words for a field: a template's own label (registered on its schema, the form's label too)
 * when the issue is about a template's input, else the words of every key (the configuration).
 */
export function issueFieldLabelZh(issue: FieldIssue, templateId?: string): string {
  const template = templateId ? TEMPLATES.find((candidate) => candidate.id === templateId) : undefined;
  const meta = template ? fieldMetaAt(template.schema, issue.path) : undefined;
  if (!meta) return fieldLabelZh(issue.path);
  // A row of a list is named before its field: 「商品明细 › 第 2 行 › 数量」.
  const row = issue.path.findLastIndex((segment) => typeof segment === "number");
  const words = [...(row >= 0 ? wordsOf(issue.path.slice(0, row + 1)) : []), meta.label];
  return `「${words.join(" › ")}」(${issue.path.join(".")})`;
}

/** One issue as a sentence: which field, what is wrong, what is expected. */
export function formatIssueZh(issue: FieldIssue, templateId?: string): string {
  return `${issueFieldLabelZh(issue, templateId)} ${problemZh(issue)}。`;
}

function templateName(id: string): string {
  const template = TEMPLATES.find((candidate) => candidate.id === id);
  return template ? `「${template.title}」(${id})` : id;
}

function issueList(issues: readonly FieldIssue[], templateId?: string): string {
  return issues.map((issue) => `  - ${formatIssueZh(issue, templateId)}`).join("\n");
}

function templateErrorZh(error: AnyTemplateError): string {
  switch (error.code) {
    case "unknown-template":
      return `没有名为 ${shown(error.id)} 的模板。可用的模板：${list(error.known)}。`;
    case "invalid-input":
      return `模板${templateName(error.templateId)}的数据有 ${error.issues.length} 处问题：\n${issueList(error.issues, error.templateId)}\n请改正数据后再试。`;
    case "invalid-config":
      return `配置有 ${error.issues.length} 处问题：\n${issueList(error.issues)}\n请对照 config.example.json 改正配置文件。`;
    case "config-missing":
      return `模板${templateName(error.templateId)}需要配置（退货地址、处理人电话、快递群、邮箱、药师微信）：请提供配置文件，可复制 config.example.json 后填写。`;
    case "invalid-attachment":
      return `附件 ${shown(error.fileName)} 不是图片：交易截图应为 PNG、JPEG、GIF 或 WebP 文件。`;
  }
}

/** Any error of this package in words for the operator; `undefined` for errors that are not ours. */
export function formatErrorZh(error: unknown): string | undefined {
  return isTemplateError(error) ? templateErrorZh(error) : undefined;
}
