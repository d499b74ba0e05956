import { cutShort, maskPhonesInText, PLATFORMS, rowListZh, SEVERITY_ZH } from "@syt/orders-model";
import { formatErrorZh, formatIssueGroupZh, formatReadByZh, LOOKS_LIKE_ZH } from "@syt/platform-adapters";
import type { Checklist, ExportNeed, FileIssueGroup, ItemResult, ItemState, StateReason } from "./checklist";
import type { ConfigProblem } from "./config";
import { type DayFileProblem, type DayProblemGroup, groupDayProblems, type SkipReason } from "./day-files";
import type { Finding, FindingGroup, RuleId } from "./findings";
import { formatBusinessTimeZh } from "./time-zh";

export { SEVERITY_ZH };

export const STATE_ZH: { readonly [S in ItemState]: string } = {
  done: "已完成",
  "needs-action": "待处理",
  "due-soon": "快到期",
  overdue: "已超时",
  waiting: "等导出",
  "not-applicable": "不适用",
  manual: "手工",
};

export const SECTION_ZH = {
  wanliniu: "万里牛",
  yaofangwang: "药房网",
  guanwang: "官网",
  marketplaces: "平安好医生、苏宁、拼多多等",
  cod: "货到付款",
  "out-of-stock": "缺货",
} as const;

export const RULE_ZH: { readonly [R in RuleId]: string } = {
  "wanliniu-abnormal": "万里牛异常订单",
  "wms-allocation": "WMS配货",
  "pinduoduo-timeout": "拼多多发货超时",
  "marketplace-timeout": "其他平台发货超时",
  "yaofangwang-shipping": "药房网发货",
  "rx-review": "处方审核",
  "tcm-spec": "中药规格",
  refunds: "退款退货",
  remarks: "买家留言备注",
  "out-of-stock": "缺货下架",
  "unknown-words": "不认识的状态",
};

export function needZh(need: ExportNeed): string {
  switch (need) {
    case "wanliniu":
      return "万里牛订单导出";
    case "wms":
      return "WMS物流导出";
    case "after-sales":
      return "售后单导出";
    case "out-of-stock":
      return "缺货清单";
    default:
      return `${PLATFORMS[need].name}订单导出`;
  }
}

const hoursZh = (hours: number) => {
  const h = Math.abs(hours);
  return h < 1 ? `${Math.round(h * 60)} 分钟` : `${Math.round(h * 10) / 10} 小时`;
};

/** `还剩 2 小时 5 分` / `超时 40 分`. */
export function timeLeftZh(minutes: number): string {
  const m = Math.abs(minutes);
  const text = m >= 60 ? `${Math.floor(m / 60)} 小时${m % 60 ? ` ${m % 60} 分` : ""}` : `${m} 分`;
  return minutes < 0 ? `超时 ${text}` : `还剩 ${text}`;
}

function reasonZh(reason: StateReason): string {
  switch (reason.code) {
    case "findings":
    case "clean":
      return "";
    case "missing-export": {
      const stale = reason.stale.length > 0 ? ` (${reason.stale.join("、")} 不是今天的, 请重新导出)` : "";
      return `需要${reason.missing.map(needZh).join("或")}${stale}`;
    }
    case "platform-off":
      return "配置里没有启用这个平台";
    case "not-open-yet":
      return `${reason.opensAt} 开始检查`;
    case "no-out-of-stock-list":
      return "今天没有缺货清单 (放一个缺货清单文件, 或在配置 outOfStock 里写上 SKU)";
    case "by-hand":
      return "没有可读的导出, 请到后台手工查看";
    case "cod-report":
      return "用 pnpm cod-report 出货到付款日报";
  }
}

const platformName = (finding: Finding) => (finding.platform ? PLATFORMS[finding.platform].name : "");
const timeZh = (iso: string) => formatBusinessTimeZh(new Date(iso));

/** One finding in a sentence: what is wrong and what to do. */
export function formatFindingZh(finding: Finding): string {
  switch (finding.code) {
    case "wanliniu-abnormal": {
      const reason = finding.params.reason ? `, 原因「${cutShort(finding.params.reason)}」` : "";
      return `万里牛状态「${finding.params.statusRaw}」${reason}: 查明原因 (退款、改地址、缺货), 处理后恢复发货或拦截`;
    }
    case "wms-unallocated":
      return finding.params.stageRaw === undefined
        ? `付款 ${hoursZh(finding.params.hoursSincePaid)} 了, WMS 里还没有这个订单: 检查是否推送到仓库`
        : `付款 ${hoursZh(finding.params.hoursSincePaid)} 了, WMS 还是「${finding.params.stageRaw || "空"}」: 请处理配货`;
    case "wms-no-waybill":
      return `WMS「${finding.params.stageRaw}」但没有物流单号: 等出单后再查, 或联系仓库`;
    case "pinduoduo-timeout":
      return finding.params.hoursLeft <= 0
        ? `已超过承诺发货时间 ${timeZh(finding.params.deadline)} (${hoursZh(finding.params.hoursLeft)}): 马上发货, 逾期会被罚款`
        : `${timeZh(finding.params.deadline)} 前必须发货, 还剩 ${hoursZh(finding.params.hoursLeft)}`;
    case "marketplace-timeout":
      return finding.params.hoursLeft <= 0
        ? `超过发货时限 ${timeZh(finding.params.deadline)} (${hoursZh(finding.params.hoursLeft)})`
        : `${timeZh(finding.params.deadline)} 前要发货, 还剩 ${hoursZh(finding.params.hoursLeft)}`;
    case "yaofangwang-yesterday-unshipped":
      return `${timeZh(finding.params.placedAt)} 下单, 昨天 17:00 前的订单还没有发出: 在 WMS 查是否分配完成, 马上发货`;
    case "yaofangwang-today-unshipped":
      return `${timeZh(finding.params.placedAt)} 下单, 还没有发出: ${timeZh(finding.params.deadline)} 前必须发出`;
    case "rx-awaiting-review":
      return finding.params.pushed
        ? `处方药「${finding.params.product}」没有审方记录却已推到配货: 先停下, 审方通过后再发`
        : `处方药「${finding.params.product}」等待审方: 审方通过前不要推到配货`;
    case "rx-shipped-unreviewed":
      return `处方药「${finding.params.product}」已发货但没有审方记录: 严重, 请立即补查并上报`;
    case "tcm-spec-mismatch":
      return `中药「${finding.params.product}」规格不一致: 平台「${finding.params.platformSpec}」, 万里牛「${finding.params.erpSpec}」`;
    case "tcm-spec-ambiguous":
      return `中药「${finding.params.product}」规格 ${finding.params.spec} 一边按克一边按袋, 无法比较: 请人工核对`;
    case "refund-waiting": {
      const age = finding.params.ageHours === undefined ? "" : `, 已等 ${hoursZh(finding.params.ageHours)}`;
      return `${platformName(finding)}售后「${finding.params.stateRaw}」等商家处理${age}`;
    }
    case "refund-in-warehouse": {
      const where = finding.params.stageRaw ? `WMS「${finding.params.stageRaw}」` : "订单还没有发货";
      return finding.params.waybill
        ? `申请了退款, 包裹还没发出 (${where}, 运单 ${finding.params.waybill}): 在万里牛拦截, 已交快递的请快递拦截报备`
        : `申请了退款, 包裹还没发出 (${where}, 还没有运单): 在万里牛挂起, 不要发货`;
    }
    case "return-no-ticket":
      return `退货已签收 ${Math.floor(finding.params.days)} 天, 万里牛没有「新建售后单」备注: 请建售后单`;
    case "remark-unshipped": {
      const parts = [
        finding.params.buyer ? `买家「${cutShort(finding.params.buyer)}」` : "",
        finding.params.merchant ? `商家备注「${cutShort(finding.params.merchant)}」` : "",
      ].filter(Boolean);
      return `未发货订单有留言: ${parts.join(", ")}: 推送前先看`;
    }
    case "oos-delist":
      return `在${PLATFORMS[finding.params.target].name}下架 ${finding.params.sku}${finding.params.name ? ` ${finding.params.name}` : ""}`;
    case "oos-waiting-order":
      return `订单含缺货商品 ${finding.params.sku}: 联系买家或退款`;
    case "unknown-word":
      return `「${finding.params.column}」是不认识的「${finding.params.word}」: 没有判断这个订单 (${leftOutZh(finding.params.leftOut)}都没有算它)`;
  }
}

const leftOutZh = (rules: readonly RuleId[]) => rules.map((rule) => RULE_ZH[rule]).join("、");

/** A group in a sentence: how many, what, what to do. */
export function formatGroupZh(group: FindingGroup): string {
  const n = group.count;
  const first = group.findings[0] as Finding;
  const platform = platformName(first);
  switch (first.code) {
    case "wanliniu-abnormal":
      return `${n} 个万里牛订单是「${first.params.statusRaw}」等异常状态: 查明原因后处理`;
    case "wms-unallocated":
      return first.params.stageRaw === undefined
        ? `${n} 个已付款订单过了配货时限还不在 WMS 里: 检查推送`
        : `${n} 个订单付款后过了配货时限还没有分配完成: 请在 WMS 处理配货`;
    case "wms-no-waybill":
      return `${n} 个订单已分配但没有物流单号`;
    case "pinduoduo-timeout":
      return group.severity === "error"
        ? `${n} 个拼多多订单已超过承诺发货时间: 马上发货`
        : `${n} 个拼多多订单即将逾期发货 (12 小时内): 优先发`;
    case "marketplace-timeout":
      return group.severity === "error"
        ? `${n} 个${platform}订单超过发货时限`
        : `${n} 个${platform}订单快到发货时限`;
    case "yaofangwang-yesterday-unshipped":
      return `${n} 个药房网订单是昨天 17:00 前下的, 还没有发出`;
    case "yaofangwang-today-unshipped":
      return `${n} 个药房网今天的订单还没有发出: 16:00 前必须发出`;
    case "rx-awaiting-review":
      return first.params.pushed
        ? `${n} 个${platform}处方药订单没有审方却已推到配货: 先停下`
        : `${n} 个${platform}处方药订单等待审方`;
    case "rx-shipped-unreviewed":
      return `${n} 个处方药订单已发货但没有审方记录: 严重`;
    case "tcm-spec-mismatch":
      return `${n} 个中药商品规格在平台和万里牛不一致`;
    case "tcm-spec-ambiguous":
      return `${n} 个中药商品规格按克和按袋混写, 无法比较`;
    case "refund-waiting":
      return group.severity === "error"
        ? `${n} 个${platform}售后等商家处理超过 24 小时 (最早的在前)`
        : `${n} 个${platform}售后等商家处理`;
    case "refund-in-warehouse":
      return `${n} 个申请退款的订单包裹还没发出: 有运单的拦截, 没有运单的挂起, 不要发货`;
    case "return-no-ticket":
      return `${n} 个退货签收多天仍没有万里牛售后单`;
    case "remark-unshipped":
      return `${n} 个${platform}未发货订单有买家留言或备注: 推送前先看`;
    case "oos-delist":
      return `缺货 ${first.params.sku}${first.params.name ? ` ${first.params.name}` : ""}: 在 ${n} 个平台下架 (${group.findings.map((f) => (f.code === "oos-delist" ? PLATFORMS[f.params.target].name : "")).join("、")})`;
    case "oos-waiting-order":
      return `${n} 个未发货订单含缺货商品 ${first.params.sku}: 联系买家或退款`;
    case "unknown-word":
      return `${first.file ?? ""} 的「${first.params.column}」有 ${n} 个订单是不认识的「${first.params.word}」: 没有判断, ${leftOutZh(first.params.leftOut)}都没有算它们; 请在映射配置的状态表里写明它的意思, 或把这个词发给开发同事`;
  }
}

const SHOWN = 3;

function detailsZh(group: FindingGroup): string {
  const orders = [...new Set(group.findings.flatMap((f) => (f.orderNo ? [f.orderNo] : [])))];
  if (orders.length > 0) {
    const more = orders.length > SHOWN ? ` … 另外 ${orders.length - SHOWN} 个` : "";
    return `订单 ${orders.slice(0, SHOWN).join("、")}${more}`;
  }
  return rowListZh(group.findings.flatMap((f) => (f.row ? [f.row] : [])));
}

/** The verdict on top: how many items wait for the operator and how many are late. */
export function formatVerdictZh(list: Checklist): string {
  const count = (state: ItemState) => list.items.filter((item) => item.state === state).length;
  const open = count("needs-action") + count("due-soon") + count("overdue");
  if (open === 0 && count("waiting") === 0) return `今日待办都已完成 (${count("done")} 项)`;
  const parts = [`待处理 ${open} 项`];
  if (count("overdue") > 0) parts.push(`其中已超时 ${count("overdue")} 项`);
  if (count("waiting") > 0) parts.push(`等导出 ${count("waiting")} 项`);
  parts.push(`已完成 ${count("done")} 项`);
  return parts.join(", ");
}

/** An item's parts in words, for a host that lays them out itself: its section, title and why it stands so. */
export function itemWordsZh(result: ItemResult): { section: string; title: string; reason: string } {
  return {
    section: SECTION_ZH[result.item.section],
    title: result.item.title,
    reason: reasonZh(result.reason),
  };
}

export function formatItemLineZh(result: ItemResult): string {
  const { section, title, reason } = itemWordsZh(result);
  const time = result.state === "not-applicable" ? "" : ` ${timeLeftZh(result.minutesLeft)}`;
  const count = result.findings.length > 0 ? ` ${result.groups.length} 个问题` : "";
  return `[${STATE_ZH[result.state]}]${time} ${section} · ${title}${count}${reason ? ` — ${reason}` : ""}`;
}

const GROUPS_SHOWN = 4;

/** A reading problem of one file, as one line: `[提醒] 「订单状态」列有 40 行是不认识的状态「xx」(第 2、11… 行)…`. */
export function formatFileIssueGroupZh(group: FileIssueGroup): string {
  const at = group.rows.length > 0 ? `(${rowListZh(group.rows)})` : "";
  return maskPhonesInText(
    `[${SEVERITY_ZH[group.issue.severity]}] ${formatIssueGroupZh(group.issue, group.count, at)}`,
  );
}

/** The word before each line, by what was done with the entry. */
export const DAY_PROBLEM_ZH: { readonly [C in DayFileProblem["code"]]: string } = {
  unrecognised: "未识别",
  unreadable: "读不了",
  duplicate: "重复",
  skipped: "跳过",
};

const SKIP_ZH: { readonly [R in SkipReason]: (names: string, extension: string) => string } = {
  "other-spreadsheet": (n, ext) => `${n} 是 ${ext} 表格, 读不了: 请用 Excel 或 WPS 另存为 .xlsx`,
  empty: (n) => `${n} 是空的, 没有数据: 请重新导出`,
  downloading: (n) => `${n} 还没下载完: 下载完后重新运行`,
  "not-a-sheet": (n, ext) => `${n} 不是表格导出${ext ? ` (${ext})` : ""}, 没有读取`,
  folder: (n) => `子文件夹 ${n} 没有读取: 若里面有今天的导出, 请移到这个文件夹, 或直接给出文件`,
  "not-a-file": (n) => `${n} 不是普通文件, 没有读取`,
  "own-report": (n) => `${n} 是本工具写出的清单, 不是导出`,
  "lock-file": (n) => `${n} 是 Excel 打开文件时留下的临时文件, 不用处理`,
  "system-file": (n) => `${n} 是系统文件, 不用处理`,
};

const NAMES_SHOWN = 5;

const namesZh = (names: readonly string[]) =>
  names.length > NAMES_SHOWN
    ? `${names.slice(0, NAMES_SHOWN).join("、")} 等 ${names.length} 个`
    : names.join("、");

/** A file, or one sheet of a workbook of several: `两个平台.xlsx 的工作表「药房网」`. */
const placeZh = (p: { file: string; sheet?: string }) =>
  p.sheet === undefined ? p.file : `${p.file} 的工作表「${p.sheet}」`;

function problemTextZh(problem: DayFileProblem): string {
  switch (problem.code) {
    case "unrecognised": {
      if (problem.looksLike) {
        const columns =
          problem.columns.length > 0 ? ` (有${problem.columns.map((c) => `「${c}」`).join("")}列)` : "";
        return `${placeZh(problem)} 看起来是${LOOKS_LIKE_ZH[problem.looksLike]}${columns}, 不是订单导出, 没有使用`;
      }
      const missing =
        problem.missing.length > 0
          ? ` (没有${problem.missing.map((c) => `「${c}」`).join("")}等列)`
          : problem.columns.length > 0
            ? ` (表头是${problem.columns.map((c) => `「${c}」`).join("")})`
            : "";
      return `${placeZh(problem)} 不是认得的导出${missing}, 没有使用: 若它是今天的导出, 请确认导出的是订单列表, 或把表头发给开发同事`;
    }
    case "unreadable": {
      if (problem.errorCode === "no-permission")
        return `${placeZh(problem)}: 没有权限读取: 请在文件属性里给自己读取权限, 或把文件复制到自己的文件夹再用`;
      if (problem.errorCode === "io-error")
        return `${placeZh(problem)}: 读取时出错 (${problem.errno ?? "I/O"}), 不是文件损坏: 请关掉占用它的程序, 或把它复制到本机的文件夹再试`;
      // The adapters' words name the file where they know it; the sheet they never do.
      const message = formatErrorZh(problem.error);
      return message.includes(problem.file) && problem.sheet === undefined
        ? message
        : `${placeZh(problem)}: ${message}`;
    }
    case "duplicate": {
      const kept = problem.kept;
      switch (problem.how) {
        case "same-bytes":
          return `${placeZh(problem)} 与 ${kept} 内容完全相同 (重复下载), 只读了 ${kept}`;
        case "same-rows":
          return `${placeZh(problem)} 与 ${kept} 的表格内容相同, 只读了 ${kept}`;
        case "same-orders":
          return `${placeZh(problem)} 与 ${kept} 是同一批单号 (${problem.orders ?? 0} 个), 只读了${problem.keptIsLater ? "较新的" : ""} ${kept}`;
      }
      break;
    }
    case "skipped":
      return SKIP_ZH[problem.reason](problem.file, problem.extension ?? "");
  }
}

/** One problem as one line: `未识别: 拼多多资金流水_….xlsx 看起来是资金流水, 不是订单导出, 没有使用`. */
export function formatDayProblemZh(problem: DayFileProblem): string {
  return maskPhonesInText(`${DAY_PROBLEM_ZH[problem.code]}: ${problemTextZh(problem)}`);
}

/** A group as one line: skipped entries of one reason told together (`跳过: a.txt、b.jpg 不是表格导出`). */
export function formatDayProblemGroupZh(group: DayProblemGroup): string {
  const [first] = group.problems;
  if (first.code !== "skipped" || group.problems.length === 1) return formatDayProblemZh(first);
  const names = namesZh(group.problems.map((p) => p.file));
  return maskPhonesInText(
    `${DAY_PROBLEM_ZH.skipped}: ${SKIP_ZH[first.reason](names, first.extension ?? "")}`,
  );
}

/** The checklist for a terminal: verdict, then each item in routine order with a few lines per group. */
export function formatChecklistZh(list: Checklist): string {
  const lines = [formatVerdictZh(list)];
  // The entries not used come first: a file the operator meant to give and was not read changes every item below.
  for (const group of groupDayProblems(list.problems)) lines.push(formatDayProblemGroupZh(group));
  lines.push(`运营日常 ${list.date}, 检查时间 ${formatBusinessTimeZh(list.now)}`);
  for (const file of list.files) {
    const what = file.source
      ? file.source === "wanliniu"
        ? "万里牛"
        : PLATFORMS[file.source].name
      : needZh(file.kind === "orders" ? "guanwang" : file.kind);
    const fresh = file.fresh ? "" : " (不是今天的导出, 没有使用)";
    // Which layout read it and on what evidence: a low one is an assumed layout the operator checks.
    lines.push(`  读取 ${file.fileName}: ${what} ${file.rows} 行 [${formatReadByZh(file)}]${fresh}`);
    for (const group of file.issueGroups) lines.push(`    - ${formatFileIssueGroupZh(group)}`);
  }
  for (const result of list.items) {
    lines.push(formatItemLineZh(result));
    for (const group of result.groups.slice(0, GROUPS_SHOWN)) {
      lines.push(`    - [${SEVERITY_ZH[group.severity]}] ${formatGroupZh(group)}`);
      const details = detailsZh(group);
      if (details) lines.push(`      ${details}`);
    }
    for (const place of result.elsewhere) lines.push(`    另有 ${place.count} 个在「${place.title}」里列出`);
    if (result.groups.length > GROUPS_SHOWN)
      lines.push(`    … 另外 ${result.groups.length - GROUPS_SHOWN} 个问题, 见写出的表格`);
    if (result.item.templates.length > 0 && result.findings.length > 0)
      lines.push(
        `    可用消息: ${result.item.templates.map((id) => `pnpm templates render ${id}`).join(" / ")}`,
      );
  }
  return maskPhonesInText(lines.join("\n"));
}

export function formatConfigProblemZh(problem: ConfigProblem): string {
  const at = (path: string) => (path ? `「${path}」` : "配置");
  switch (problem.code) {
    case "not-json":
      return "配置文件不是合法的 JSON: 请检查逗号、引号和括号";
    case "bad-time":
      return `${at(problem.path)} 需要 时:分 格式的时间, 例如 09:30`;
    case "bad-url":
      return `${at(problem.path)} 需要一个网址, 例如 https://mms.pinduoduo.com/home`;
    case "unknown-key":
      return `${at(problem.path)} 里有不认识的设置 ${problem.keys.join("、")}: 请检查拼写`;
    case "unknown-platform":
      return `${at(problem.path)} 不是平台代号: 可用 ${Object.keys(PLATFORMS).join("、")}`;
    case "bad-number":
      return `${at(problem.path)} 的数字超出范围`;
    case "bad-type":
      return `${at(problem.path)} 的类型不对 (需要 ${problem.expected})`;
  }
}
