import { bench, describe } from "vitest";
import {
  businessDate,
  cleanCell,
  courierFromText,
  dateToExcelSerial,
  excelSerialToDate,
  maskPhonesInText,
  normalizeOrderNumber,
  orderNumberKind,
  parseDateCell,
  parseMoney,
  parsePhone,
  splitWaybills,
} from "./index";

/** 1,000 made-up cells per column, as a 官网 export would give them; each bench run parses all of them. */
const N = 1000;
const cells = Array.from({ length: N }, (_, i) => ({
  orderNo: `\t2026112${String(40000 + i).padStart(6, "0")}\t`,
  money: `¥${(i * 37) % 5000}.${String(i % 100).padStart(2, "0")}`,
  phone: `138${String(i).padStart(8, "0")}`,
  dateText: `2026-11-${String(1 + (i % 28)).padStart(2, "0")} ${String(i % 24).padStart(2, "0")}:30:00`,
  serial: 46350 + i / N,
  waybills: `7512345678${String(i).padStart(4, "0")}<br>7512345679${String(i).padStart(4, "0")}`,
  courier: i % 2 === 0 ? "中通快递" : "ZTO",
  log: `第 ${i} 行 收货人电话 138${String(i).padStart(8, "0")} 无效`,
}));

describe(`per ${N} cells`, () => {
  bench("cleanCell + normalizeOrderNumber + orderNumberKind", () => {
    for (const c of cells) orderNumberKind(normalizeOrderNumber(cleanCell(c.orderNo)));
  });
  bench("parseMoney", () => {
    for (const c of cells) parseMoney(c.money);
  });
  bench("parsePhone", () => {
    for (const c of cells) parsePhone(c.phone);
  });
  bench("parseDateCell (text)", () => {
    for (const c of cells) parseDateCell(c.dateText);
  });
  bench("excelSerialToDate + dateToExcelSerial", () => {
    for (const c of cells) {
      const date = excelSerialToDate(c.serial);
      if (date) dateToExcelSerial(date);
    }
  });
  bench("splitWaybills + courierFromText", () => {
    for (const c of cells) {
      splitWaybills(c.waybills);
      courierFromText(c.courier);
    }
  });
  bench("maskPhonesInText", () => {
    for (const c of cells) maskPhonesInText(c.log);
  });
});

describe("once per report", () => {
  bench("businessDate", () => {
    businessDate(new Date("2026-11-24T08:00:00Z"));
  });
});
