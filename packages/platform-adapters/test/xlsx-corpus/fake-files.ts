import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  fakeOrders,
  guanwangExport,
  pinduoduoExport,
  profiledExport,
  toCsv,
  toXlsx,
  wanliniuExport,
  wmsExport,
} from "@syt/fake-exports";
import { guanwangLargeRows } from "@syt/fake-exports/node";
import type { CorpusFile } from "./exceljs-files";
import { streamedXlsx } from "./exceljs-files";

const TRAPS = {
  title: true,
  blankRows: 2,
  repeatedHeader: true,
  totalRow: true,
  idGuard: "mixed",
  destroyedIds: 1,
} as const;

/** Every fake export of tools/fake-exports, as `toXlsx` (and the streaming writer) writes it. */
export async function fakeExportCorpus(): Promise<CorpusFile[]> {
  const orders = fakeOrders({ seed: 101, count: 60 });
  const pdd = fakeOrders({ seed: 102, count: 40, platform: "pinduoduo" });
  const all = fakeOrders({ seed: 103, count: 80, words: "all" });
  const sheets = {
    "guanwang-plugin": guanwangExport(orders),
    "guanwang-operator-traps": guanwangExport(orders, {
      ...TRAPS,
      headers: "operator",
      statuses: "composite",
    }),
    "guanwang-date-cells": guanwangExport(all, { dates: "date", vocabulary: "mixed" }),
    "guanwang-serial-dates": guanwangExport(orders, { dates: "serial" }),
    wms: wmsExport(all, { missingWaybillShare: 0.1, sharedWaybills: 2 }),
    "wms-traps": wmsExport(orders, { ...TRAPS, refHeader: "平台单号" }),
    "pinduoduo-current": pinduoduoExport(pdd),
    "pinduoduo-full": pinduoduoExport(pdd, { layout: "full", ...TRAPS }),
    wanliniu: wanliniuExport(orders),
    pingan: profiledExport("pingan", orders),
    yaofangwang: profiledExport("yaofangwang", orders),
    suning: profiledExport("suning", orders),
    xywy: profiledExport("xywy", orders, TRAPS),
  };
  const files: CorpusFile[] = [];
  for (const [name, sheet] of Object.entries(sheets)) {
    files.push({ name: `fake-${name}`, bytes: await toXlsx(sheet), exceljsFaithful: true });
  }
  files.push({
    name: "fake-orders-and-wms",
    bytes: await toXlsx([sheets["guanwang-plugin"], sheets.wms]),
    exceljsFaithful: true,
  });
  const large = [...guanwangLargeRows(1500, 9)];
  for (const shared of [true, false]) {
    files.push({
      name: `fake-guanwang-streamed-${shared ? "shared" : "inline"}`,
      bytes: await streamedXlsx("订单信息", large, shared),
      exceljsFaithful: true,
    });
  }
  return files;
}

/** The example exports the README's first command reads. */
export function exampleCorpus(): CorpusFile[] {
  const dir = path.resolve(import.meta.dirname, "../../../../examples");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => ({
      name: `example-${name}`,
      bytes: new Uint8Array(readFileSync(path.join(dir, name))),
      exceljsFaithful: true,
    }));
}

/** Sources LibreOffice re-saves: two CSV exports and three of our own workbooks. */
export async function libreOfficeSources(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const orders = fakeOrders({ seed: 104, count: 30 });
  return [
    { name: "guanwang.csv", bytes: toCsv(guanwangExport(orders), "utf8") },
    { name: "wms.csv", bytes: toCsv(wmsExport(orders), "utf8") },
    { name: "guanwang-traps.xlsx", bytes: await toXlsx(guanwangExport(orders, { ...TRAPS, dates: "date" })) },
  ];
}
