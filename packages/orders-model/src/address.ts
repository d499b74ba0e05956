const MUNICIPALITY = /^(北京|上海|天津|重庆)市?\s*/;
const PROVINCE_CITY = /^([^\s省]{2,7}?(?:省|自治区|特别行政区))\s*([^\s市]{2,9}?(?:市|自治州|地区|盟))\s*/;

export interface AddressParts {
  province?: string;
  city?: string;
  street: string;
}

/**
 * Exports that give the address in one cell (万里牛: 收货地址) start it with 省 and 市; messages
 * (the intercept report) name them on their own. Only the plain forms are split; anything else stays whole.
 */
export function splitAddress(address: string): AddressParts {
  const municipality = MUNICIPALITY.exec(address);
  if (municipality) {
    const name = `${municipality[1]}市`;
    const rest = address.slice(municipality[0].length).replace(new RegExp(`^${name}\\s*`), "");
    return { province: name, city: name, street: rest };
  }
  const match = PROVINCE_CITY.exec(address);
  if (!match) return { street: address };
  return { province: match[1], city: match[2], street: address.slice(match[0].length) };
}
