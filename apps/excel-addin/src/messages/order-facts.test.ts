import {
  type FakeOrder,
  type FakeSheet,
  fakeOrders,
  guanwangExport,
  profiledExport,
  wanliniuExport,
  wmsExport,
} from "@syt/fake-exports";
import { draftMapping, parseOrders, profileFromMapping, tableFromValues } from "@syt/platform-adapters";
import { describe, expect, it } from "vitest";
import {
  factsFromOrder,
  factsFromRow,
  factsFromSelection,
  factsOfRef,
  fullAddress,
  mapColumns,
  mergeFacts,
  withOtherExports,
} from "./order-facts";

const orders = fakeOrders({ seed: 12, count: 6 });
const shipped = orders.find(
  (order) => order.logistics.waybills.length > 0 && order.logistics.courier,
) as FakeOrder;

function headerAndFirstRow(sheet: FakeSheet) {
  const header = sheet.rows[sheet.headerRow - 1] as unknown[];
  const first = sheet.rows[(sheet.dataRows[0] as number) - 1] as unknown[];
  return { header, first };
}

describe("mapColumns: the adapters' header aliases name each column", () => {
  const order = orders[0] as FakeOrder;
  const line = order.lines[0];
  const cases = [
    {
      description: "官网, the export plugin's headers",
      sheet: guanwangExport([order]),
      expected: {
        platform: "官网",
        orderNo: order.orderNo,
        receiverName: order.receiver.name,
        phone: order.receiver.mobile,
        province: order.receiver.address.province,
        city: order.receiver.address.city,
        district: order.receiver.address.district,
        address: order.receiver.address.detail,
      },
    },
    {
      description: "官网, the operators' own export",
      sheet: guanwangExport([order], { headers: "operator" }),
      expected: { platform: "官网", orderNo: order.orderNo, receiverName: order.receiver.name },
    },
    {
      description: "万里牛: 线上单号 is the order, 订单编号 its XD number",
      sheet: wanliniuExport([order]),
      expected: { orderNo: order.orderNo, erpNo: order.erpNo, receiverName: order.receiver.name },
    },
    {
      description: "苏宁 (a mapping profile): 收货人手机 is the phone, never the name",
      sheet: profiledExport("suning", fakeOrders({ seed: 3, count: 1, platform: "suning" })),
      expected: { platform: "苏宁" },
    },
  ];
  for (const { description, sheet, expected } of cases) {
    it(description, () => {
      const { header, first } = headerAndFirstRow(sheet);
      const facts = factsFromRow(header, first);
      expect(facts).toMatchObject(expected);
      expect(facts.lines).toHaveLength(1);
      expect(facts.lines[0]?.product).toBeTruthy();
    });
  }

  it("官网: product, SKU and quantity of the row", () => {
    const { header, first } = headerAndFirstRow(guanwangExport([order]));
    expect(factsFromRow(header, first).lines).toEqual([
      { product: line?.product.name, sku: line?.product.sku, quantity: line?.quantity },
    ]);
  });

  it("WMS: the order reference, courier and waybill (the WMS export's own aliases)", () => {
    const { header, first } = headerAndFirstRow(wmsExport([shipped]));
    const facts = factsFromRow(header, first);
    expect(facts.orderNo).toBe(shipped.orderNo);
    expect(facts.courier).toBe(shipped.logistics.courier);
    expect(facts.waybill).toBe(shipped.logistics.waybills[0]);
  });

  it("a cell of two waybills (a split parcel) gives the first", () => {
    expect(factsFromRow(["快递单号"], ["773000000001，773000000002"]).waybill).toBe("773000000001");
  });

  it("takes each column once, and ignores columns no alias names", () => {
    const map = mapColumns(["备注", "收货人", "收货人手机", "快递单号", "", "随便"]);
    expect(map.columns).toEqual({ receiverName: 1, mobile: 2, waybill: 3 });
  });

  it("matches headers as the adapters normalise them (spaces, full-width brackets, required marks)", () => {
    const map = mapColumns([" 订单号 ", "*收货人", "手机号码："]);
    expect(map.columns).toEqual({ orderNo: 0, receiverName: 1, mobile: 2 });
  });

  it("a long order number that Excel hands over as a number becomes its digits", () => {
    expect(factsFromRow(["订单号"], [2024112500012]).orderNo).toBe("2024112500012");
  });
});

describe("factsFromSelection", () => {
  const sheet = guanwangExport(orders);
  const rows = sheet.rows as unknown[][];
  const headerIndex = sheet.headerRow - 1;
  const multi = orders.find((order) => order.lines.length > 1) as FakeOrder;
  const firstRowOfMulti = rows.findIndex((row, index) => index > headerIndex && row.includes(multi.orderNo));

  it("an order of several product rows: every line, and it stops at the next order", () => {
    const selected = rows.slice(firstRowOfMulti, firstRowOfMulti + multi.lines.length + 1);
    const found = factsFromSelection({
      sheet: "官网导出",
      top: [["上元堂 订单导出 2026-11-25"], ...rows.slice(0, headerIndex + 1)],
      rows: selected,
      rowNumber: firstRowOfMulti + 1,
    });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.facts.orderNo).toBe(multi.orderNo);
    expect(found.facts.lines.map((line) => line.product)).toEqual(
      multi.lines.map((line) => line.product.name),
    );
    expect(found.source).toBe(
      `「官网导出」第 ${firstRowOfMulti + 1} 至 ${firstRowOfMulti + multi.lines.length} 行`,
    );
    expect(found.adapterName).toBe("官网");
  });

  it("a header block above the header row: the row naming the most columns is the header", () => {
    const found = factsFromSelection({
      sheet: "Sheet1",
      top: [["订单导出"], ["导出时间", "2026-11-25"], rows[headerIndex] as unknown[]],
      rows: [rows[headerIndex + 1] as unknown[]],
      rowNumber: 4,
    });
    expect(found.ok && found.facts.orderNo).toBeTruthy();
  });

  it("a 315 export below a title row is 315's, its header the library's (regression: the day's 315 export was offered as 官网)", () => {
    const sheet = profiledExport("jiage315", fakeOrders({ seed: 5, count: 2, platform: "jiage315" }), {
      title: "导出时间 2026-11-25 09:00",
    });
    const top = (sheet.rows as unknown[][]).slice(0, sheet.headerRow);
    const found = factsFromSelection({
      sheet: "315导出",
      top,
      rows: [sheet.rows[sheet.headerRow] as unknown[]],
      rowNumber: sheet.headerRow + 1,
    });
    expect(found.ok && { adapterName: found.adapterName, platform: found.facts.platform }).toEqual({
      adapterName: "315",
      platform: "315",
    });
  });

  it("a sheet without a known header says so", () => {
    const found = factsFromSelection({ sheet: "草稿", top: [["a", "b"]], rows: [["1", "2"]], rowNumber: 2 });
    expect(found).toEqual({ ok: false, problem: expect.stringContaining("「草稿」上方没有认得出的表头") });
  });
});

describe("factsFromOrder", () => {
  it("an order the adapters parsed gives the same facts as its row", async () => {
    const sheet = wanliniuExport([shipped]);
    const { orders: parsed } = await parseOrders(sheet.rows as unknown[][]);
    const facts = factsFromOrder(parsed[0] as NonNullable<(typeof parsed)[0]>);
    const { header, first } = headerAndFirstRow(sheet);
    const fromRow = factsFromRow(header, first);
    expect(facts.orderNo).toBe(shipped.orderNo);
    expect(facts.orderNo).toBe(fromRow.orderNo);
    expect(facts.receiverName).toBe(fromRow.receiverName);
    expect(facts.lines.map((line) => line.product)).toEqual(shipped.lines.map((line) => line.product.name));
    expect(facts.waybill).toBe(shipped.logistics.waybills[0]);
    expect(fromRow.waybill).toBe(shipped.logistics.waybills[0]);
  });
});

describe("fullAddress", () => {
  it("puts province, city and district before the street unless the street already names them", () => {
    expect(fullAddress({ province: "示例省", city: "示例市", address: "幸福路 8 号", lines: [] })).toBe(
      "示例省示例市幸福路 8 号",
    );
    expect(
      fullAddress({ province: "示例省", city: "示例市", address: "示例省示例市幸福路 8 号", lines: [] }),
    ).toBe("示例省示例市幸福路 8 号");
    expect(fullAddress({ lines: [] })).toBeUndefined();
  });
});

describe("a one-cell address (万里牛) in the facts", () => {
  it("a 万里牛 row gives 省 and 市 apart from the street", () => {
    const order = orders[0] as FakeOrder;
    const { header, first } = headerAndFirstRow(wanliniuExport([order]));
    const facts = factsFromRow(header, first);
    expect(facts.province).toBe(order.receiver.address.province);
    expect(facts.city).toBe(order.receiver.address.city);
    expect(facts.address).toBe(`${order.receiver.address.district} ${order.receiver.address.detail}`);
  });
});

describe("mergeFacts", () => {
  it("the order's values win, the row fills what the order lacks", () => {
    expect(
      mergeFacts(
        { orderNo: "GW1", receiverName: "赵丽华", lines: [{ product: "A" }] },
        { orderNo: "GW1 ", waybill: "773000000001", receiverName: "x", lines: [{ product: "B" }] },
      ),
    ).toEqual({ orderNo: "GW1", receiverName: "赵丽华", waybill: "773000000001", lines: [{ product: "A" }] });
    expect(mergeFacts({ lines: [] }, { lines: [{ product: "B" }] }).lines).toEqual([{ product: "B" }]);
  });
});

describe("withOtherExports", () => {
  it("a 官网 order without a waybill takes it from the same order in a loaded 万里牛 export", async () => {
    const { orders: guanwang } = await parseOrders(guanwangExport([shipped]).rows as unknown[][]);
    const { orders: wanliniu } = await parseOrders(wanliniuExport([shipped]).rows as unknown[][]);
    const picked = factsFromOrder(guanwang[0] as NonNullable<(typeof guanwang)[0]>);
    expect(picked.waybill).toBeUndefined();
    const { facts, from } = withOtherExports(picked, [
      { fileName: "官网.xlsx", orders: guanwang },
      { fileName: "万里牛.xlsx", orders: wanliniu },
    ]);
    expect(facts.waybill).toBe(shipped.logistics.waybills[0]);
    expect(facts.province).toBe(picked.province);
    expect(from).toEqual(["万里牛.xlsx"]);
  });
});

describe("factsOfRef: a finding's order handed over by another tab", () => {
  it("an 官网 order takes courier and waybill from its WMS row, and counts as shipped (regression: 写拦截报备 left them empty)", async () => {
    const { orders: guanwang } = await parseOrders(guanwangExport([shipped]).rows as unknown[][]);
    const order = guanwang[0] as NonNullable<(typeof guanwang)[0]>;
    const wms = headerAndFirstRow(wmsExport([shipped]));
    const picked = factsOfRef(
      {
        source: "官网导出 · 第 2 行",
        order,
        also: [{ source: "WMS导出 第 2 行", header: wms.header.map(String), values: wms.first }],
      },
      [],
    );
    expect(picked?.facts).toMatchObject({
      orderNo: order.orderNo,
      receiverName: order.receiver.name,
      waybill: shipped.logistics.waybills[0],
      shipped: true,
    });
    expect(picked?.facts.courier).toBeTruthy();
    expect(picked?.source).toBe("官网导出 · 第 2 行；补充自 WMS导出 第 2 行");
  });

  it("names no order: null", () => {
    expect(factsOfRef({ source: "WMS导出" }, [])).toBeNull();
  });
});

describe("factsFromSelection with the operator's saved profiles (设置表头对应)", () => {
  // A back office that renamed its order number column: no layout names it, the profile does.
  const sheet = guanwangExport(orders);
  const rows = (sheet.rows as unknown[][]).map((row) => [...row]);
  const header = rows[sheet.headerRow - 1] as unknown[];
  const column = header.findIndex((cell) => cell === "订单号" || cell === "订单编号");
  header[column] = "网店单号";
  const table = tableFromValues(rows);
  const draft = draftMapping(table, { kind: "orders", platform: "guanwang" });
  const chosen = Object.fromEntries(
    draft.fields.flatMap((f) => (f.guess ? [[f.field, f.guess]] : [])),
  ) as Record<string, string>;
  const made = profileFromMapping({
    kind: "orders",
    platform: "guanwang",
    name: "官网新后台",
    header: draft.header,
    chosen: { ...chosen, orderNo: "网店单号" },
  });
  const selection = {
    sheet: "官网导出",
    top: rows.slice(0, sheet.headerRow),
    rows: [rows[sheet.headerRow] as unknown[]],
    rowNumber: sheet.headerRow + 1,
  };

  it("reads the order number from the column the profile names, which no layout does", () => {
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const without = factsFromSelection(selection);
    expect(without.ok && without.facts.orderNo).toBeFalsy();
    const found = factsFromSelection(selection, [made.profile]);
    expect(found.ok && found.facts.orderNo).toBe(orders[0]?.orderNo);
  });
});
