import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cleanCell, isDestroyedId, normalizeOrderNumber, toHalfWidth } from "./cells";
import { checkWaybill, courierFromText, guessCourier, splitWaybills } from "./couriers";
import { checkCreditCode } from "./credit-code";
import { formatFen, parseMoney } from "./money";
import { orderNumberKind } from "./order-number";
import { parsePaymentMethod } from "./payment";
import { maskPhonesInText, parsePhone } from "./phone";
import { parseEcshopStatus, parsePddStatus } from "./status";
import {
  businessDate,
  dateToExcelSerial,
  excelSerialToDate,
  exportWindow,
  formatBusinessTime,
  parseDateCell,
} from "./time";
import { BUSINESS_TZ, fromBusinessWallClock, toBusinessWallClock } from "./zone";

dayjs.extend(utc);
dayjs.extend(timezone);

/** Strings with the characters exports actually contain, besides fully random ones. */
const cellText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(..."0123456789０１２.,，、;<br/>-＊*¥￥元\t\u3000 '=\"eE+GWXD中通申通转"),
    maxLength: 40,
  }),
);
const anyCell = fc.oneof(
  cellText,
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
);

describe("normalisers never throw and are idempotent", () => {
  test("cleanCell", () => {
    fc.assert(fc.property(anyCell, (value) => cleanCell(cleanCell(value)) === cleanCell(value)));
  });

  test("toHalfWidth", () => {
    fc.assert(fc.property(cellText, (text) => toHalfWidth(toHalfWidth(text)) === toHalfWidth(text)));
  });

  test("normalizeOrderNumber", () => {
    fc.assert(
      fc.property(anyCell, (v) => normalizeOrderNumber(normalizeOrderNumber(v)) === normalizeOrderNumber(v)),
    );
  });

  test("maskPhonesInText leaves no mobile number behind", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const masked = maskPhonesInText(text);
        expect(maskPhonesInText(masked)).toBe(masked);
        expect(masked).not.toMatch(/(?<![0-9A-Za-z])1[3-9]\d{9}(?!\d)/);
      }),
    );
  });

  test("parsePhone: normalising a normalised number changes nothing", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const parsed = parsePhone(text);
        if (parsed.kind !== "invalid") expect(parsePhone(parsed.normalized)).toEqual(parsed);
      }),
    );
  });

  test("splitWaybills: each part splits to itself", () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        for (const part of splitWaybills(value)) expect(splitWaybills(part)).toEqual([part]);
      }),
    );
  });

  test("status and payment parsers keep the raw text", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(parseEcshopStatus(text).raw).toBe(cleanCell(text));
        expect(parsePddStatus(text).raw).toBe(cleanCell(text));
        expect(parsePaymentMethod(text).raw).toBe(cleanCell(text));
      }),
    );
  });

  test("the remaining helpers return instead of throwing", () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        parseMoney(value);
        isDestroyedId(value);
        courierFromText(value);
        guessCourier(value);
        checkWaybill(value, "zto");
        checkCreditCode(value);
        orderNumberKind(value);
        parseDateCell(value);
      }),
    );
  });
});

describe("codec round trips", () => {
  const fen = fc.integer({ min: -1e12, max: 1e12 });

  test("money: fen -> text -> fen", () => {
    fc.assert(
      fc.property(fen, (value) => {
        expect(parseMoney(formatFen(value))).toEqual({ ok: true, fen: value });
      }),
    );
  });

  test("money: decode -> encode -> decode on any text that decodes", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const first = parseMoney(text);
        if (first.ok) expect(parseMoney(formatFen(first.fen))).toEqual(first);
      }),
    );
  });

  test("money: numbers round half away from zero on their decimal digits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 9 }),
        (fenValue, thirdDigit) => {
          const text = `${formatFen(fenValue)}${thirdDigit}`;
          const away = thirdDigit < 5 ? 0 : fenValue < 0 ? -1 : 1;
          expect(parseMoney(text)).toEqual({ ok: true, fen: fenValue + away });
        },
      ),
    );
  });

  test("Excel serial: serial -> date -> serial, to the second", () => {
    const seconds = fc.integer({ min: 61 * 86_400, max: 80_000 * 86_400 });
    fc.assert(
      fc.property(seconds, (s) => {
        const serial = s / 86_400;
        const date = excelSerialToDate(serial);
        expect(date && dateToExcelSerial(date)).toBeCloseTo(serial, 9);
      }),
    );
  });

  test("phone: decode -> encode (masked) never shows the middle digits", () => {
    const mobile = fc.stringMatching(/^1[3-9]\d{9}$/);
    fc.assert(
      fc.property(mobile, (number) => {
        const parsed = parsePhone(`+86 ${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`);
        expect(parsed).toEqual({
          kind: "mobile",
          normalized: number,
          masked: `${number.slice(0, 3)}****${number.slice(7)}`,
        });
        expect(parsePhone(parsed.normalized)).toEqual(parsed);
      }),
    );
  });
});

describe("Shanghai wall clock", () => {
  const instant = fc
    .integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) })
    .map((ms) => new Date(ms));

  test("agrees with dayjs.tz for any instant", () => {
    fc.assert(
      fc.property(instant, (date) => {
        const w = toBusinessWallClock(date);
        const d = dayjs(date).tz(BUSINESS_TZ);
        expect([w.year, w.month, w.day, w.hour, w.minute, w.second]).toEqual([
          d.year(),
          d.month() + 1,
          d.date(),
          d.hour(),
          d.minute(),
          d.second(),
        ]);
      }),
    );
  });

  test("businessDate is dayjs.tz's date for any instant", () => {
    fc.assert(
      fc.property(instant, (date) => {
        expect(businessDate(date)).toBe(dayjs(date).tz(BUSINESS_TZ).format("YYYY-MM-DD"));
      }),
    );
  });

  test("the export window starts at yesterday's Shanghai midnight, 24 to 48 hours back", () => {
    const modern = fc
      .integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) })
      .map((ms) => new Date(ms));
    fc.assert(
      fc.property(modern, (now) => {
        const { from, to } = exportWindow(now);
        expect(to).toEqual(now);
        expect(formatBusinessTime(from, "HH:mm:ss")).toBe("00:00:00");
        const hours = (now.getTime() - from.getTime()) / 3_600_000;
        expect(hours).toBeGreaterThanOrEqual(24);
        expect(hours).toBeLessThan(48);
      }),
    );
  });

  test("wall clock -> instant -> wall clock outside the summer-time years", () => {
    const modern = fc
      .integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) })
      .map((ms) => new Date(ms));
    fc.assert(
      fc.property(modern, (date) => {
        const wholeSecond = new Date(Math.floor(date.getTime() / 1000) * 1000);
        expect(fromBusinessWallClock(toBusinessWallClock(date))).toEqual(wholeSecond);
      }),
    );
  });
});

describe("统一社会信用代码", () => {
  const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const body = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 17, maxLength: 17 });

  test("exactly one check character makes a body valid", () => {
    fc.assert(
      fc.property(body, (start) => {
        const valid = [...alphabet].filter((ch) => checkCreditCode(start + ch).kind === "uscc");
        expect(valid).toHaveLength(1);
      }),
    );
  });

  test("changing any one character of a valid code is caught", () => {
    fc.assert(
      fc.property(body, fc.nat(16), fc.constantFrom(...alphabet), (start, index, replacement) => {
        const check = [...alphabet].find((ch) => checkCreditCode(start + ch).ok) ?? "";
        const changed = start.slice(0, index) + replacement + start.slice(index + 1) + check;
        fc.pre(changed !== start + check);
        expect(checkCreditCode(changed).kind).toBe("invalid");
      }),
    );
  });
});
