import type { PlatformId } from "@syt/orders-model";
import { z } from "zod";
import { guanwang } from "./adapters/guanwang";
import { pinduoduo } from "./adapters/pinduoduo";
import type { OrderAdapter } from "./adapters/types";
import { wanliniu } from "./adapters/wanliniu";
import { InvalidProfileError } from "./errors/invalid-profile";
import { HEADER_SCAN_ROWS, normalizeHeader } from "./header";
import { BUILTIN_PROFILES } from "./profiles/builtin";
import {
  adapterFromProfile,
  checkMappingProfile,
  type ListProfile,
  type MappingProfile,
  type OperatorProfile,
} from "./profiles/schema";
import { platformOfText } from "./shops";
import type { Table } from "./table";

/** What a sheet is: the orders of a platform, the WMS export, an after-sale list, a 缺货 list, or none we know. */
export const ExportKind = z.enum(["orders", "wms", "after-sales", "out-of-stock", "unknown"]);
export type ExportKind = z.infer<typeof ExportKind>;

/**
 * How far the layout rests on evidence (DOMAIN.md, "Real export layouts"): `high` a layout seen
 * in public samples or our own back office, `medium` names known but not the file, `low` an
 * assumed layout (no public sample): read it, and say so.
 */
export const Confidence = z.enum(["high", "medium", "low"]);
export type Confidence = z.infer<typeof Confidence>;

/** What an unrecognised sheet looks like, where its columns tell. */
export const LooksLike = z.enum(["bill", "statement", "invoice", "stock_list"]);
export type LooksLike = z.infer<typeof LooksLike>;

/** Who the file name says exported it: a platform, 万里牛, or a kind of list. */
export const NamedSource = z.union([
  z.enum(["wanliniu", "wms", "after-sales", "out-of-stock"]),
  z.string().regex(/^[a-z0-9]+$/),
]);

/** Why a sheet was recognised as it was, as data; `formatRecognitionZh` words it. */
export const RecognitionWhy = z.discriminatedUnion("code", [
  /** The header row had these columns (as the sheet writes them), which identify the layout. */
  z.object({ code: z.literal("columns"), columns: z.array(z.string()) }),
  /** An operator's profile (`--profiles`) described the layout. */
  z.object({ code: z.literal("operator-profile"), profile: z.string() }),
  /** The file name names another source than the headers do: the headers win. */
  z.object({ code: z.literal("file-name-disagrees"), fileNameSays: NamedSource, headersSay: NamedSource }),
  /** No row of the top rows has two filled cells: nothing to recognise. */
  z.object({ code: z.literal("no-header") }),
  /** Its columns are those of something that is no export we read (a 资金流水 bill). */
  z.object({ code: z.literal("looks-like"), what: LooksLike, columns: z.array(z.string()) }),
  /** A header row, but no layout we know: its first columns. */
  z.object({ code: z.literal("no-known-columns"), header: z.array(z.string()) }),
]);
export type RecognitionWhy = z.infer<typeof RecognitionWhy>;

export interface Recognition {
  kind: ExportKind;
  /**
   * The reader: an order adapter's id (`guanwang`, `wanliniu`, `profile:yaofangwang`), `wms`,
   * `after-sales`, `out-of-stock`, or `unknown`.
   */
  adapter: string;
  /** The platform whose export it is, where one is (万里牛 and the WMS mix the platforms). */
  platform?: PlatformId;
  /** The reader's Chinese name (拼多多, 万里牛, 拼多多售后, WMS), for messages. */
  name: string;
  /**
   * The layout it was read by, as the evidence names it (万里牛订单明细, 拼多多订单导出模板, 药房网 内置配置
   * yaofangwang.json): two layouts of one reader differ in their evidence.
   */
  layout: string;
  confidence: Confidence;
  /**
   * The header row, as the operator numbers rows (1-based): the row the layout's signature matched.
   * For `unknown`, the row that looks like a header (the first of the top rows with two filled
   * cells), where one does: a host that shows a row's cells names them from it.
   */
  headerRow?: number;
  why: RecognitionWhy[];
  /** For `orders`: the adapter that reads it. */
  orderAdapter?: OrderAdapter;
  /**
   * For a WMS / 售后单 / 缺货 list an operator's profile described: its header names per field, for
   * the reader (`parseWms(table, { fields })` …); each replaces the built-in aliases of its field.
   */
  fields?: Readonly<Record<string, readonly string[]>>;
}

export interface RecogniseOptions {
  /** The file's name: only to say when it names another platform than the headers. */
  fileName?: string;
  /**
   * Mapping profiles an operator gave (objects or JSON text; `InvalidProfileError` when one does
   * not validate). Each is tried before every built-in layout, and replaces the built-in order
   * layout of its platform.
   */
  profiles?: readonly unknown[];
}

/** Headers that, all in one row (and one of `any` when given), identify a layout. */
interface Signature {
  all: readonly string[];
  any?: readonly string[];
}

interface Layout {
  kind: Exclude<ExportKind, "unknown">;
  adapter: string;
  name: string;
  layout: string;
  platform?: PlatformId;
  confidence: Confidence;
  signatures: readonly Signature[];
  orderAdapter?: OrderAdapter;
  operatorProfile?: string;
  fields?: Readonly<Record<string, readonly string[]>>;
}

const ORDER_NUMBER = ["订单号", "订单编号"];

function ordersLayout(
  adapter: OrderAdapter,
  layoutName: string,
  confidence: Confidence,
  signatures: Signature[],
): Layout {
  const layout: Layout = {
    kind: "orders",
    adapter: adapter.id,
    name: adapter.name,
    layout: layoutName,
    confidence,
    signatures,
  };
  // 万里牛 mixes the platforms: the shop of each row says which.
  if (adapter.platformOf === undefined) layout.platform = adapter.platform;
  layout.orderAdapter = adapter;
  return layout;
}

function profileSignatures(profile: MappingProfile | ListProfile): Signature[] {
  return [profile.signature, ...(profile.otherSignatures ?? [])].map((all) => ({ all }));
}

function profileLayout(profile: MappingProfile, confidence: Confidence, layoutName: string): Layout {
  return ordersLayout(adapterFromProfile(profile), layoutName, confidence, profileSignatures(profile));
}

/**
 * Every layout we read, tried top to bottom: the first whose signature one of the top rows
 * matches wins, so the most specific come first. Lists that are not orders come before the order
 * exports, since they carry order numbers too. 官网 comes last and is recognised by its own
 * columns: a sheet no entry matches is `unknown`, never taken for 官网.
 */
const LAYOUTS: readonly Layout[] = [
  // 缺货 lists: a column no other export has. (A 缺货-named file with a plain SKU column: below.)
  {
    kind: "out-of-stock",
    adapter: "out-of-stock",
    name: "缺货清单",
    layout: "缺货清单",
    confidence: "low",
    signatures: [{ all: [], any: ["缺货商家编码", "缺货SKU", "缺货商品编码"] }],
  },
  // 拼多多's 售后 export [medium]: keyed by 售后编号, with 订单编号 (its order list says 订单号).
  {
    kind: "after-sales",
    adapter: "after-sales",
    name: "拼多多售后",
    layout: "拼多多售后导出",
    platform: "pinduoduo",
    confidence: "medium",
    signatures: [{ all: ["售后编号", "订单编号"] }],
  },
  // 万里牛's 售后单 [low: API labels only]: its own number and the platform's.
  {
    kind: "after-sales",
    adapter: "after-sales",
    name: "万里牛售后单",
    layout: "万里牛售后单",
    confidence: "low",
    signatures: [{ all: ["售后单号"], any: ["线上订单号", "系统订单号", "线上售后单号"] }],
  },
  // A marketplace's 售后单 list as our operators export it (*assumed*): ticket, order, 申请时间.
  {
    kind: "after-sales",
    adapter: "after-sales",
    name: "售后单",
    layout: "运营导出的售后单",
    confidence: "low",
    signatures: [{ all: ["售后单号", "申请时间"] }],
  },
  // The WMS export: a warehouse allocation column no order export has.
  {
    kind: "wms",
    adapter: "wms",
    name: "WMS",
    layout: "WMS物流导出",
    confidence: "low",
    signatures: [{ all: [], any: ["分配状态", "配货状态", "仓库状态"] }],
  },
  // 拼多多 [high]: `商家编码-…维度`, the `(元)` money columns and 是否审核中 exist in no other export.
  ordersLayout(pinduoduo, "拼多多订单导出", "high", [
    {
      all: ["订单号", "订单状态"],
      any: [
        "商家编码-规格维度",
        "商家编码-SKU维度",
        "商家编码-商品维度",
        "用户实付金额(元)",
        "商家实收金额(元)",
        "是否审核中",
      ],
    },
  ]),
  // 万里牛: it alone has both its own number and the platform's. The real 订单明细 export [high for
  // names]: 原订单号 beside 系统单号. Our older layout [low, assumed]: 线上单号, read by the same adapter.
  ordersLayout(wanliniu, "万里牛订单明细", "high", [
    { all: ["原订单号"], any: ["系统单号", "系统订单号", "系统订单状态"] },
  ]),
  ordersLayout(wanliniu, "万里牛订单 (早先假定的版式)", "low", [
    { all: ["线上单号"], any: ["订单编号", "店铺名称"] },
  ]),
  // Marketplaces with starting profiles (平安好医生, 药房网, 苏宁, 寻医问药, 315): each profile's signatures.
  ...BUILTIN_PROFILES.map((profile) =>
    profileLayout(profile, "low", `${profile.name} 内置配置 ${profile.id}.json`),
  ),
  // 官网 [high, our own back office]: the status or payment columns of ECShop, which no marketplace export has.
  // Read off its adapter, so that a payment or status alias added there is recognised too; the
  // bare 状态 / 订单状态 of every marketplace are not among these.
  ordersLayout(guanwang, "官网订单导出", "high", [
    {
      all: [],
      any: [
        ...(guanwang.fields.payment ?? []),
        ...(guanwang.fields.payState ?? []),
        ...(guanwang.fields.shippingState ?? []),
        ...(guanwang.fields.status ?? []).filter((alias) => alias !== "状态"),
      ],
    },
  ]),
];

/** A 缺货 list named so, with a plain SKU column and no order number: no column says 缺货 itself. */
const OUT_OF_STOCK_BY_NAME: Layout = {
  ...(LAYOUTS[0] as Layout),
  signatures: [{ all: [], any: ["商家编码", "SKU", "商品编码"] }],
};

/**
 * Sheets we do not read, told by their columns, so the operator hears what the file is rather
 * than only that it is not an export: at least two of `columns` in one row.
 */
const LOOKS_LIKE: readonly { what: LooksLike; columns: readonly string[] }[] = [
  // 拼多多 (and most platforms') 资金流水 / 账单: one line per money movement, with the running balance.
  {
    what: "bill",
    columns: [
      "账务时间",
      "收支",
      "收支类型",
      "余额",
      "账户余额",
      "流水号",
      "财务流水号",
      "账务类型",
      "收入(元)",
      "支出(元)",
      "收入金额(+元)",
      "支出金额(-元)",
      "资金流向",
    ],
  },
  // 对账单 / 结算单 of a platform or a courier.
  {
    what: "statement",
    columns: ["对账单号", "结算单号", "结算金额", "结算时间", "应结金额", "账单日期", "对账日期", "账期"],
  },
  // 发票 lists (开票明细) from the tax system or the ERP: an order export may carry 发票抬头/开票税号,
  // never 发票号码/价税合计.
  {
    what: "invoice",
    columns: ["发票号码", "发票代码", "开票日期", "价税合计", "税额", "购买方名称", "销售方名称"],
  },
  // Stock or listing reports: goods and quantities on hand, no orders.
  { what: "stock_list", columns: ["库存", "可用库存", "实际库存", "库存数量", "在售状态"] },
];

/** Words in file names that name a source, most specific first (拼多多售后 is an after-sale list). */
const FILE_NAME_WORDS: readonly [z.infer<typeof NamedSource>, RegExp][] = [
  ["after-sales", /售后/],
  ["out-of-stock", /缺货/],
  ["wanliniu", /万里牛/],
  ["wms", /wms|物流查询/i],
];

function fileNameSource(fileName: string): z.infer<typeof NamedSource> | undefined {
  const word = FILE_NAME_WORDS.find(([, pattern]) => pattern.test(fileName));
  return word?.[0] ?? platformOfText(fileName);
}

function headersSource(layout: Layout): z.infer<typeof NamedSource> {
  if (layout.kind !== "orders") return layout.kind;
  if (layout.orderAdapter?.id === "wanliniu") return "wanliniu";
  return layout.platform ?? "guanwang";
}

type HeaderSet = Set<string>;

function matches(row: HeaderSet, signature: Signature): boolean {
  const has = (text: string) => row.has(normalizeHeader(text));
  return signature.all.every(has) && (signature.any === undefined || signature.any.some(has));
}

/** The signature headers as the sheet writes them. */
function columnsMatched(cells: readonly unknown[], signature: Signature): string[] {
  const wanted = new Set([...signature.all, ...(signature.any ?? [])].map(normalizeHeader));
  return cells
    .map((cell) => (typeof cell === "string" ? cell.trim() : ""))
    .filter((text) => text !== "" && wanted.has(normalizeHeader(text)));
}

const filled = (cells: readonly unknown[]) =>
  cells.filter((cell) => cell !== null && cell !== undefined && normalizeHeader(cell as string) !== "");

/**
 * An operator's profile as a layout, tried before every built-in one. Medium: the operator saw the
 * file, but a profile names columns, not what their cells hold.
 */
function operatorLayout(profile: OperatorProfile): Layout {
  const layoutName = `${profile.name} 映射配置 ${profile.id}`;
  if (profile.kind === undefined || profile.kind === "orders")
    return { ...profileLayout(profile, "medium", layoutName), operatorProfile: profile.id };
  const layout: Layout = {
    kind: profile.kind,
    adapter: profile.kind,
    name: profile.name,
    layout: layoutName,
    confidence: "medium",
    signatures: profileSignatures(profile),
    operatorProfile: profile.id,
    fields: profile.fields as Record<string, readonly string[]>,
  };
  if (profile.platform) layout.platform = profile.platform;
  return layout;
}

/**
 * The operators' profiles as layouts, tried before every built-in one: an export both fit is read
 * by the operator's. The built-in layouts stay behind them, so a profile saved for one renamed
 * export (设置表头对应) never stops the platform's usual export from being recognised.
 */
function layoutsWith(profiles: readonly unknown[] | undefined): readonly Layout[] {
  if (!profiles || profiles.length === 0) return LAYOUTS;
  const own = profiles.map((input): Layout => {
    const check = checkMappingProfile(input);
    if (!check.ok) throw new InvalidProfileError(check.problems);
    return operatorLayout(check.profile);
  });
  return [...own, ...LAYOUTS];
}

function recognised(
  layout: Layout,
  rowNumber: number,
  cells: readonly unknown[],
  signature: Signature,
  fileName: string,
): Recognition {
  const why: RecognitionWhy[] = [{ code: "columns", columns: columnsMatched(cells, signature) }];
  if (layout.operatorProfile) why.unshift({ code: "operator-profile", profile: layout.operatorProfile });
  const named = fileNameSource(fileName);
  const said = headersSource(layout);
  // 售后 / 缺货 in a name says the kind; a platform in the name of such a list says nothing against it.
  const disagrees =
    named !== undefined && named !== said && !(layout.kind !== "orders" && named === layout.platform);
  if (disagrees) why.push({ code: "file-name-disagrees", fileNameSays: named, headersSay: said });
  const result: Recognition = {
    kind: layout.kind,
    adapter: layout.adapter,
    name: layout.name,
    layout: layout.layout,
    confidence: layout.confidence,
    headerRow: rowNumber,
    why,
  };
  if (layout.platform) result.platform = layout.platform;
  if (layout.orderAdapter) result.orderAdapter = layout.orderAdapter;
  if (layout.fields) result.fields = layout.fields;
  return result;
}

function unknown(rows: readonly { rowNumber: number; cells: readonly unknown[] }[]): Recognition {
  const base = {
    kind: "unknown" as const,
    adapter: "unknown",
    name: "未识别",
    layout: "未识别",
    confidence: "low" as const,
  };
  for (const { rowNumber, cells } of rows) {
    const headers = new Set(cells.map((cell) => normalizeHeader(cell as string)));
    for (const look of LOOKS_LIKE) {
      const found = look.columns.filter((column) => headers.has(normalizeHeader(column)));
      if (found.length >= 2)
        return {
          ...base,
          headerRow: rowNumber,
          why: [{ code: "looks-like", what: look.what, columns: found }],
        };
    }
  }
  const header = rows.find((row) => filled(row.cells).length >= 2);
  if (!header) return { ...base, why: [{ code: "no-header" }] };
  const first = filled(header.cells)
    .slice(0, 8)
    .map((cell) => String(cell).trim());
  return { ...base, headerRow: header.rowNumber, why: [{ code: "no-known-columns", header: first }] };
}

/**
 * What a sheet is, from its top rows: the one recogniser behind `parseOrders`, the daily checks,
 * the COD report and the taskpane. The headers decide; the file name only adds a note when it
 * names another source (and tells a 缺货 list whose columns do not).
 */
export function recogniseExport(table: Table, options: RecogniseOptions = {}): Recognition {
  const fileName = options.fileName ?? "";
  const top = table.rows.slice(0, HEADER_SCAN_ROWS);
  const sets = top.map((row) => new Set(row.cells.map((cell) => normalizeHeader(cell))));
  for (const layout of layoutsWith(options.profiles)) {
    for (const signature of layout.signatures) {
      const at = sets.findIndex((set) => matches(set, signature));
      const row = top[at];
      if (row) return recognised(layout, row.rowNumber, row.cells, signature, fileName);
    }
  }
  if (/缺货/.test(fileName)) {
    const signature = OUT_OF_STOCK_BY_NAME.signatures[0] as Signature;
    const at = sets.findIndex(
      (set) => matches(set, signature) && !ORDER_NUMBER.some((name) => set.has(normalizeHeader(name))),
    );
    const row = top[at];
    if (row) return recognised(OUT_OF_STOCK_BY_NAME, row.rowNumber, row.cells, signature, fileName);
  }
  return unknown(top);
}

// Listed as they always were (官网, 拼多多, 万里牛, then the profiles): messages name the known ids in this order.
const LISTED_FIRST = ["guanwang", "pinduoduo", "wanliniu"];
const rank = (adapter: OrderAdapter) => {
  const at = LISTED_FIRST.indexOf(adapter.id);
  return at < 0 ? LISTED_FIRST.length : at;
};

/** Every order adapter, the operator's profiles first: for `platform` options and the contract suite. */
export function orderLayouts(profiles?: readonly unknown[]): OrderAdapter[] {
  const layouts = layoutsWith(profiles);
  const own = layouts.filter((layout) => layout.operatorProfile !== undefined);
  const builtIn = layouts.filter((layout) => layout.operatorProfile === undefined);
  // One adapter may read several layouts (万里牛's 订单明细 and its older assumed one): listed once.
  const adapters = (list: readonly Layout[]) => [
    ...new Set(list.flatMap((layout) => (layout.orderAdapter ? [layout.orderAdapter] : []))),
  ];
  return [...adapters(own), ...adapters(builtIn).sort((a, b) => rank(a) - rank(b))];
}
