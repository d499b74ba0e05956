import type { Random } from "./random";

// Common surnames and given-name characters; combinations are random, so no row names a real person.
const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
  "何",
  "林",
  "罗",
  "欧阳",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "秀英",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀兰",
  "霞",
  "平",
  "刚",
  "桂英",
  "子涵",
  "雨萱",
  "浩然",
  "思远",
];

interface Province {
  name: string;
  cities: { name: string; districts: string[] }[];
  zip: string;
}

const PROVINCES: Province[] = [
  {
    name: "江苏省",
    zip: "210000",
    cities: [
      { name: "南京市", districts: ["江宁区", "鼓楼区", "玄武区", "秦淮区"] },
      { name: "苏州市", districts: ["姑苏区", "吴中区", "工业园区"] },
    ],
  },
  {
    name: "山东省",
    zip: "250000",
    cities: [
      { name: "济南市", districts: ["历下区", "槐荫区", "天桥区"] },
      { name: "青岛市", districts: ["市南区", "崂山区"] },
    ],
  },
  {
    name: "广东省",
    zip: "510000",
    cities: [
      { name: "广州市", districts: ["天河区", "越秀区", "番禺区"] },
      { name: "深圳市", districts: ["南山区", "福田区", "龙岗区"] },
    ],
  },
  {
    name: "浙江省",
    zip: "310000",
    cities: [
      { name: "杭州市", districts: ["西湖区", "拱墅区", "余杭区"] },
      { name: "宁波市", districts: ["鄞州区", "海曙区"] },
    ],
  },
  { name: "四川省", zip: "610000", cities: [{ name: "成都市", districts: ["武侯区", "锦江区", "青羊区"] }] },
  { name: "北京市", zip: "100000", cities: [{ name: "北京市", districts: ["朝阳区", "海淀区", "东城区"] }] },
  {
    name: "上海市",
    zip: "200000",
    cities: [{ name: "上海市", districts: ["浦东新区", "徐汇区", "静安区"] }],
  },
  { name: "湖北省", zip: "430000", cities: [{ name: "武汉市", districts: ["武昌区", "洪山区", "江汉区"] }] },
  { name: "河南省", zip: "450000", cities: [{ name: "郑州市", districts: ["金水区", "二七区", "中原区"] }] },
  {
    name: "新疆维吾尔自治区",
    zip: "830000",
    cities: [{ name: "乌鲁木齐市", districts: ["天山区", "沙依巴克区"] }],
  },
];

const STREETS = [
  "人民路",
  "解放路",
  "中山路",
  "建设路",
  "和平街",
  "文化路",
  "幸福大道",
  "长江路",
  "科技园路",
  "新华街",
];
const PLACES = ["小区", "花园", "公寓", "苑", "家园"];
const PLACE_NAMES = ["阳光", "锦绣", "翠苑", "金色", "东方", "碧水", "紫金", "南湖"];

export interface FakeAddress {
  province: string;
  city: string;
  district: string;
  detail: string;
  zip: string;
}

export interface FakePerson {
  name: string;
  mobile: string;
  address: FakeAddress;
}

export function fakeName(random: Random): string {
  const given = random.pick(GIVEN);
  return (
    random.pick(SURNAMES) +
    (random.chance(0.5) && given.length === 1 ? given + random.pick(GIVEN).slice(0, 1) : given)
  );
}

/** 1[3-9] + 9 random digits: shaped like a mainland mobile, owned by nobody in particular. */
export function fakeMobile(random: Random): string {
  return `1${random.pick(["3", "5", "7", "8", "9"])}${random.digits(9)}`;
}

export function fakeAddress(random: Random): FakeAddress {
  const province = random.pick(PROVINCES);
  const city = random.pick(province.cities);
  const detail = `${random.pick(STREETS)}${random.int(1, 999)}号${random.pick(PLACE_NAMES)}${random.pick(PLACES)}${random.int(1, 30)}栋${random.int(1, 30)}0${random.int(1, 4)}室`;
  return {
    province: province.name,
    city: city.name,
    district: random.pick(city.districts),
    detail,
    zip: province.zip,
  };
}

export function fakePerson(random: Random): FakePerson {
  return { name: fakeName(random), mobile: fakeMobile(random), address: fakeAddress(random) };
}
