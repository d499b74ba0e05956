import { describe, expect, it } from "vitest";
import { type AddressParts, splitAddress } from "./address";

describe("splitAddress: 省 and 市 from the front of a one-cell address", () => {
  const cases: { description: string; input: string; expected: AddressParts }[] = [
    {
      description: "province and city, spaced as 万里牛 writes them",
      input: "四川省 成都市 武侯区 解放路192号",
      expected: { province: "四川省", city: "成都市", street: "武侯区 解放路192号" },
    },
    {
      description: "written together",
      input: "示例省示例市样板区幸福路 8 号",
      expected: { province: "示例省", city: "示例市", street: "样板区幸福路 8 号" },
    },
    {
      description: "an autonomous region and prefecture",
      input: "新疆维吾尔自治区 伊犁哈萨克自治州 伊宁市 解放路 1 号",
      expected: { province: "新疆维吾尔自治区", city: "伊犁哈萨克自治州", street: "伊宁市 解放路 1 号" },
    },
    {
      description: "a municipality, named once or twice",
      input: "上海市 上海市 浦东新区 世纪大道 1 号",
      expected: { province: "上海市", city: "上海市", street: "浦东新区 世纪大道 1 号" },
    },
    {
      description: "a municipality without 市",
      input: "北京 朝阳区 建国路 1 号",
      expected: { province: "北京市", city: "北京市", street: "朝阳区 建国路 1 号" },
    },
    {
      description: "no province in front: left whole",
      input: "幸福路 8 号",
      expected: { street: "幸福路 8 号" },
    },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect(splitAddress(input)).toEqual(expected));
  }
});
