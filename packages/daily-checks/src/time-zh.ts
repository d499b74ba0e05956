import { formatBusinessTime } from "@syt/orders-model";

/** `11-25 09:30` in Shanghai time: the day and the minute are what the operator compares. */
export const formatBusinessTimeZh = (date: Date): string => formatBusinessTime(date, "MM-DD HH:mm");
