import { describe, expect, test } from "vitest";
import {
  exampleConfig,
  type FieldIssue,
  formatErrorZh,
  formatIssueZh,
  InvalidInputError,
  parseConfig,
  render,
  renderUnknown,
  TEMPLATE_IDS,
  TEMPLATES,
  type TemplatesConfigInput,
} from "../src/index";

const config = parseConfig(exampleConfig);

function configWith(changes: Partial<TemplatesConfigInput>) {
  return parseConfig({ ...exampleConfig, ...changes });
}

/** The Chinese message of what `run` throws; fails when nothing is thrown. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return formatErrorZh(error) ?? String(error);
  }
  throw new Error("expected an error");
}

test("the registry lists the ten templates of the issue, each with its example rendering", () => {
  expect(TEMPLATE_IDS).toEqual([
    "return-notice",
    "shipped-return-reply",
    "courier-intercept",
    "damage-report",
    "damage-email",
    "out-of-stock",
    "reissue-remark",
    "not-put-list",
    "invoice-request",
    "cod-guide",
  ]);
  for (const template of TEMPLATES) {
    expect(renderUnknown(template.id, template.example, { config }).text, template.id).not.toBe("");
  }
});

describe("return-notice", () => {
  test.each([
    {
      description: "the shop's recipient line, the return address and postcode, the handler's own number",
      data: { platform: "suning", handler: "李静" },
      changes: {},
      expected: "示例省示例市示例区样板路 100 号上元堂售后收 上元堂苏宁 100000 13900002222",
    },
    {
      description: "a shop with its own return address uses it",
      data: { platform: "拼多多", handler: "王晓明" },
      changes: {
        shops: {
          pinduoduo: {
            recipient: "上元堂拼多多",
            returnAddress: { address: "样板省样板市仓库路 9 号", postcode: "200000" },
          },
        },
      },
      expected: "样板省样板市仓库路 9 号 上元堂拼多多 200000 13900001111",
    },
  ])("$description", ({ data, changes, expected }) => {
    const { text } = render("return-notice", data, { config: configWith(changes) });
    expect(text.split("\n")).toEqual([
      "您好，请保证商品的完好无损，不影响二次销售，否则拒收；拒绝货到付款，谢谢！",
      expected,
    ]);
  });

  test("a handler who is not in the configuration is named, with where to add them", () => {
    expect(
      messageOf(() => render("return-notice", { platform: "suning", handler: "张三" }, { config })),
    ).toMatchInlineSnapshot(`
        "模板「退货退款提示」(return-notice)的数据有 1 处问题：
          - 「处理人」(handler) “张三” 在配置里找不到：请在配置文件的 handlers 中添加，或改用已配置的 王晓明、李静。
        请改正数据后再试。"
      `);
  });

  test("a shop without a recipient line in the configuration is refused, offering the configured ones", () => {
    const run = () => render("return-notice", { platform: "xywy", handler: "李静" }, { config });
    expect(run).toThrow(InvalidInputError);
    expect(messageOf(run)).toContain(
      "「平台」(platform) “寻医问药” 在配置里找不到：请在配置文件的 shops 中添加，或改用已配置的 官网、拼多多、平安好医生、药房网、苏宁。",
    );
  });
});

describe("courier-intercept", () => {
  const receiver = {
    name: "赵丽华",
    phone: "+86 139-0000-3333",
    province: "示例省",
    city: "示例市",
    address: "幸福路 8 号",
  };

  test.each([
    {
      description: "申通 goes to the DingTalk group",
      courier: "申通",
      app: "dingtalk",
      group: "申通查件群（示例）",
    },
    {
      description: "中通快递 goes to the QQ group",
      courier: "中通快递",
      app: "qq",
      group: "中通对接群（示例）",
    },
    { description: "a courier code works too", courier: "zto", app: "qq", group: "中通对接群（示例）" },
  ])("$description", ({ courier, app, group }) => {
    const message = render(
      "courier-intercept",
      { courier, waybill: "7730 1234 5678 901", receiver },
      { config },
    );
    expect(message.destination).toEqual({ app, group });
    expect(message.text).toBe(
      [
        "原因：麻烦拦截退回 谢谢",
        "运单号：773012345678901",
        "收货人地址：赵丽华，13900003333 示例省 示例市 幸福路 8 号",
      ].join("\n"),
    );
  });

  test("a masked phone from a platform export is accepted as it is", () => {
    const message = render(
      "courier-intercept",
      { courier: "申通", waybill: "773012345678901", receiver: { ...receiver, phone: "139****3333" } },
      { config },
    );
    expect(message.text).toContain("赵丽华，139****3333 ");
  });

  test("a courier without a group in the configuration is refused, naming the field", () => {
    const message = messageOf(() =>
      render("courier-intercept", { courier: "圆通", waybill: "YT1234567890123", receiver }, { config }),
    );
    expect(message).toContain(
      "「快递公司」(courier) “圆通” 在配置里找不到：请在配置文件的 couriers 中添加，或改用已配置的 申通、中通。",
    );
  });
});

describe("damage-report and damage-email", () => {
  const claim = {
    courier: "sto",
    waybill: "773012345678901",
    orderNo: "GW2411250007",
    damaged: { count: 3, unit: "支" },
    liability: "¥12.5",
    receiver: { name: "孙志强", phone: "13900004444", address: "示例市和平街 18 号" },
  };

  test("the group message follows the seed's lines, with the amount in yuan and fen", () => {
    const message = render("damage-report", claim, { config });
    expect(message.destination).toEqual({ app: "dingtalk", group: "申通查件群（示例）" });
    expect(message.text.split("\n")).toEqual([
      "原因：商品破损3支，已退款给顾客，麻烦记破损金额12.50元",
      "快递物流：773012345678901",
      "收货地址：孙志强 13900004444 示例市和平街 18 号",
      "订单信息和破损信息如下图：",
      "订单编号：GW2411250007",
      "快递公司：申通",
      "快递单号：773012345678901",
      "记责金额：12.50元",
      "原因：商品破损3支",
      "交易截图：见下图",
    ]);
  });

  test("the e-mail goes to exactly four mailboxes: the courier's two and the two colleagues", () => {
    const mail = render("damage-email", claim, { config });
    expect(mail.to).toEqual(["sto-service-1@example.com", "sto-service-2@example.com"]);
    expect(mail.cc).toEqual(["aftersale-lead@example.com", "finance@example.com"]);
    expect(new Set([...mail.to, ...(mail.cc ?? [])]).size).toBe(4);
    expect(mail.subject).toBe("商品破损理赔 申通 运单号 773012345678901 订单 GW2411250007");
    expect(mail.text.endsWith("交易截图：见附件")).toBe(true);
  });

  test("a courier whose damage mailboxes are not configured cannot be e-mailed", () => {
    const withoutMailboxes = configWith({
      couriers: { sto: { app: "dingtalk", group: "申通查件群（示例）" } },
    });
    expect(messageOf(() => render("damage-email", claim, { config: withoutMailboxes }))).toContain(
      "「快递公司」(courier) “申通” 在配置里找不到：请在配置文件的 couriers.sto.damageMailboxes 中添加。",
    );
  });

  test.each([
    { description: "a negative amount", liability: "-5" },
    { description: "text that is no amount", liability: "三十元" },
  ])("$description is not a liability amount", ({ liability }) => {
    expect(messageOf(() => render("damage-report", { ...claim, liability }, { config }))).toContain(
      "「记责金额」(liability) 不是金额",
    );
  });
});

describe("internal groups", () => {
  const notPut = { orderNo: "GW2411250001", lines: [{ product: "棉签", quantity: 3, sku: "MQ-1" }] };
  const stock = { product: "板蓝根颗粒", sku: "BLG-10", platforms: ["苏宁"] };
  test.each([
    {
      description: "不放清单 goes to the configured UM 电商群",
      run: () => render("not-put-list", notPut, { config }),
      expected: { app: "um", group: "电商群（示例）" },
    },
    {
      description: "缺货 goes to the configured stock group",
      run: () => render("out-of-stock", stock, { config }),
      expected: { app: "qq", group: "缺货群（示例）" },
    },
    {
      description: "without groups in the configuration, the text alone",
      run: () => render("not-put-list", notPut, { config: configWith({ groups: undefined }) }),
      expected: undefined,
    },
  ])("$description", ({ run, expected }) => {
    expect(run().destination).toEqual(expected);
  });
});

describe("不放清单 as a table beside its text", () => {
  test("the table holds the cells the text shows, a product holding ` | ` in one cell", () => {
    const message = render("not-put-list", {
      orderNo: "gw2411250001",
      lines: [
        { product: "组合装 | 两盒", quantity: 1, sku: "A1" },
        { product: "棉签", quantity: 3, sku: "MQ-1" },
      ],
    });
    expect(message.table).toEqual({
      title: "GW2411250001 不放清单",
      header: ["商品名称", "数量", "SKU"],
      rows: [
        ["组合装 | 两盒", "1", "A1"],
        ["棉签", "3", "MQ-1"],
      ],
    });
    expect(message.text).toBe(
      "GW2411250001 不放清单\n商品名称 | 数量 | SKU\n组合装 | 两盒 | 1 | A1\n棉签 | 3 | MQ-1",
    );
  });

  test("no other text message is a table", () => {
    const stock = render(
      "out-of-stock",
      { product: "板蓝根颗粒", sku: "BLG-10", platforms: ["苏宁"] },
      { config },
    );
    expect("table" in stock).toBe(false);
  });
});

describe("platform messages", () => {
  test.each([
    {
      description: "out of stock: listings come down on each platform once",
      run: () =>
        render("out-of-stock", {
          product: "板蓝根颗粒",
          sku: "BLG-10",
          platforms: ["pinduoduo", "拼多多", "苏宁"],
        }),
      expected: "缺货：板蓝根颗粒（SKU：BLG-10）\n请及时下架以下平台的商品：拼多多、苏宁",
    },
    {
      description: "restocked: listings go back up",
      run: () =>
        render("out-of-stock", { product: "板蓝根颗粒", sku: "BLG-10", action: "up", platforms: ["药房网"] }),
      expected: "已到货：板蓝根颗粒（SKU：BLG-10）\n请及时重新上架以下平台的商品：药房网",
    },
    {
      description: "reissue remark: 平台名称 + 原平台订单号 + 补发 + 商品名称, then the SKU to add",
      run: () =>
        render("reissue-remark", {
          platform: "pingan",
          originalOrderNo: 20241125123456,
          product: "感冒灵颗粒",
          originalSku: "PA-GML",
          reissueSku: "BF-GML",
        }),
      expected: "平安好医生 20241125123456 补发 感冒灵颗粒\n原平台商品SKU PA-GML ➡️ 添加补发商品SKU BF-GML",
    },
    {
      description: "not-put list: the GW order number in capitals, then one table row per line",
      run: () =>
        render("not-put-list", {
          orderNo: "gw2411250001",
          lines: [{ product: "棉签", quantity: 3, sku: "MQ-1" }],
        }),
      expected: "GW2411250001 不放清单\n商品名称 | 数量 | SKU\n棉签 | 3 | MQ-1",
    },
    {
      description: "invoice: a legacy 15-digit tax number is still accepted",
      run: () =>
        render("invoice-request", {
          orderNo: "XD2411250012",
          title: "示例药业有限公司",
          taxId: "320115123456789",
          email: "invoice@example.com",
        }),
      expected:
        "发票申请\n万里牛订单编号：XD2411250012\n抬头：示例药业有限公司\n税号：320115123456789\n邮箱地址：invoice@example.com",
    },
    {
      description: "invoice: a private person has no tax number",
      run: () => render("invoice-request", { orderNo: "XD1", title: "个人", email: "buyer@example.com" }),
      expected: "发票申请\n万里牛订单编号：XD1\n抬头：个人\n税号：无（个人）\n邮箱地址：buyer@example.com",
    },
    {
      description: "COD guidance names the pharmacist's WeChat from the configuration",
      run: () => render("cod-guide", {}, { config: configWith({ pharmacistWechat: "pharmacist-test" }) }),
      expected:
        "您好，您的订单选择了货到付款。为了更快为您发货，建议您改为在线支付。\n用药问题请添加药师微信：pharmacist-test，药师会为您一对一解答，谢谢！",
    },
  ])("$description", ({ run, expected }) => {
    expect(run().text).toBe(expected);
  });

  test("a legacy tax number comes with a warning to check it with the buyer", () => {
    const data = {
      orderNo: "XD1",
      title: "示例药业有限公司",
      taxId: "320115123456789",
      email: "a@example.com",
    };
    const [warning, ...others] = render("invoice-request", data).warnings ?? [];
    expect(others).toEqual([]);
    expect(formatIssueZh(warning as FieldIssue)).toBe(
      "「税号」(taxId) “320115123456789” 是旧版税号（15、17 或 20 位）：开票时可能要求 18 位统一社会信用代码，请向买家确认。",
    );
    expect(render("invoice-request", { ...data, taxId: "91320115MA27XK3L0X" }).warnings).toBeUndefined();
  });

  test.each([
    {
      description: "an 18-character tax number with a wrong check character",
      run: () =>
        render("invoice-request", {
          orderNo: "XD1",
          title: "某公司",
          taxId: "91320115MA27XK3L0Y",
          email: "a@example.com",
        }),
      expected: "「税号」(taxId) 最后一位校验码与前 17 位算出的不符",
    },
    {
      description: "an invoice order number that is not from 万里牛",
      run: () => render("invoice-request", { orderNo: "GW1", title: "个人", email: "a@example.com" }),
      expected: "「订单编号」(orderNo) 应以 XD 开头，收到 “GW1”。",
    },
    {
      description: "an invoice e-mail address without a domain",
      run: () => render("invoice-request", { orderNo: "XD1", title: "个人", email: "buyer" }),
      expected: "「邮箱地址」(email) 应为邮箱地址，如 name@example.com，收到 “buyer”。",
    },
    {
      description: "a not-put list without lines",
      run: () => render("not-put-list", { orderNo: "GW1", lines: [] }),
      expected: "「商品明细」(lines) 至少要有 1 项",
    },
    {
      description: "a quantity of zero in the second line",
      run: () =>
        render("not-put-list", {
          orderNo: "GW1",
          lines: [
            { product: "棉签", quantity: 1, sku: "MQ-1" },
            { product: "纱布", quantity: 0, sku: "SB-1" },
          ],
        }),
      expected: "「商品明细 › 第 2 行 › 数量」(lines.1.quantity) 应大于 0，收到 “0”。",
    },
    {
      description: "a platform nobody sells on",
      run: () => render("out-of-stock", { product: "棉签", sku: "MQ-1", platforms: ["淘宝"] }),
      expected:
        "「平台 › 第 1 个」(platforms.0) 不认识这个平台：应为 官网、拼多多、平安好医生、药房网、苏宁、寻医问药、315 之一",
    },
    {
      description: "the COD guidance without a configuration",
      run: () => render("cod-guide", {}),
      expected: "模板「货到付款引导」(cod-guide)需要配置",
    },
  ])("refused: $description", ({ run, expected }) => {
    expect(messageOf(run)).toContain(expected);
  });
});
