import { describe, expect, test } from "vitest";
import { isPrescriptionText, isTcmText } from "./products";

describe("isPrescriptionText", () => {
  const cases: { description: string; input: unknown; expected: boolean }[] = [
    { description: "Rx tag in brackets", input: "【Rx】阿莫西林胶囊 0.25g*24粒", expected: true },
    { description: "lower-case rx", input: "rx 头孢克肟分散片", expected: true },
    { description: "处方药 category", input: "处方药", expected: true },
    { description: "full-width ＲＸ", input: "【ＲＸ】示例片", expected: true },
    { description: "非处方药 is not a prescription drug", input: "非处方药", expected: false },
    { description: "OTC tag", input: "【OTC】维生素C片", expected: false },
    { description: "Rx inside a word is no tag", input: "Rxtra 保健茶", expected: false },
    { description: "plain product", input: "医用口罩", expected: false },
    { description: "empty", input: null, expected: false },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(isPrescriptionText(input)).toBe(expected);
  });
});

describe("isTcmText", () => {
  const cases: { description: string; input: unknown; expected: boolean }[] = [
    { description: "中药饮片", input: "中药饮片 黄芪 500g", expected: true },
    { description: "中药 category", input: "中药", expected: true },
    { description: "中成药 is a finished product, not weighed", input: "中成药 六味地黄丸", expected: false },
    { description: "western medicine", input: "布洛芬缓释胶囊", expected: false },
  ];
  test.each(cases)("$description", ({ input, expected }) => {
    expect(isTcmText(input)).toBe(expected);
  });
});
