import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cleanCell, isDestroyedId } from "./cells";
import { splitWaybills } from "./couriers";
import { orderNumberKind } from "./order-number";
import { maskPhonesInText } from "./phone";
import { excelSerialToDate, parseDateCell } from "./time";

/** Properties over generated realistic values: what holds for every ID, waybill, phone and date. */
const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: length, maxLength: length });
const calendarDay = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ""));
const mobile = fc
  .tuple(fc.constantFrom(..."3456789"), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);

describe("IDs", () => {
  test("integers below 1e15 are plain digits and intact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 - 1 }), (n) => {
        expect(cleanCell(n)).toBe(String(n));
        expect(isDestroyedId(n)).toBe(false);
      }),
    );
  });

  test("numbers of 16+ digits are always destroyed", () => {
    fc.assert(fc.property(fc.double({ min: 1e15, max: 1e25, noNaN: true }), (n) => isDestroyedId(n)));
  });

  test("Excel's scientific rendering of a long ID is always destroyed", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 15n, max: 10n ** 20n }), (id) => {
        const shown = Number(id).toExponential(5).toUpperCase();
        expect(isDestroyedId(shown)).toBe(true);
      }),
    );
  });

  test("ECShop and 拼多多 numbers on any real date are recognised", () => {
    fc.assert(
      fc.property(calendarDay, digits(5), digits(15), (day, serial, pddTail) => {
        expect(orderNumberKind(`${day}${serial}`)).toBe("ecshop");
        expect(orderNumberKind(`${day.slice(2)}-${pddTail}`)).toBe("pinduoduo");
      }),
    );
  });
});

describe("waybill cells", () => {
  const waybill = fc.oneof(
    digits(12),
    digits(14),
    digits(15),
    digits(13).map((d) => `SF${d}`),
  );
  const separator = fc.constantFrom(",", "，", "、", ";", "<br>", "<br/>", "<BR />", "\n", " ", " , ");

  test("any list joined by any separator splits back into the list", () => {
    fc.assert(
      fc.property(fc.array(waybill, { minLength: 1, maxLength: 5 }), separator, (list, sep) => {
        expect(splitWaybills(list.join(sep))).toEqual(list);
      }),
    );
  });
});

describe("phones in text", () => {
  const text = fc.constantFrom("收货人 王小明 ", "电话:", "联系 ", "");
  const format = fc.constantFrom(
    (m: string) => m,
    (m: string) => `+86 ${m}`,
    (m: string) => `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`,
    (m: string) => `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`,
  );

  test("every written form of a mobile is masked to 138****1234", () => {
    fc.assert(
      fc.property(text, mobile, format, text, (before, m, written, after) => {
        const masked = maskPhonesInText(`${before}${written(m)} ${after}`);
        expect(masked).toBe(`${before}${m.slice(0, 3)}****${m.slice(7)} ${after}`);
      }),
    );
  });
});

describe("date cells", () => {
  test("a serial number cell is read as the serial it is", () => {
    fc.assert(
      fc.property(fc.double({ min: 61, max: 80_000, noNaN: true }), (serial) => {
        expect(parseDateCell(serial)).toEqual(excelSerialToDate(serial));
      }),
    );
  });
});
