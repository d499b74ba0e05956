import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";

/** Today in Shanghai as `YYYY-MM-DD`, whatever the computer's zone (en-CA writes dates that way). */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The report date, today unless the operator picks another day (as `--date` does in the CLI). */
export function useReportDate() {
  return useState(() => shanghaiToday());
}

/** The date names the file and sets the window the export must cover (the day before and this day). */
export function ReportDateField({ value, onChange }: { value: string; onChange: (date: string) => void }) {
  return (
    <Field label="报表日期" hint="文件名用这个日期; 导出应是前一天 00:00 到这一天的订单">
      <Input
        type="date"
        value={value}
        data-testid="report-date"
        onChange={(_, data) => {
          if (data.value) onChange(data.value);
        }}
      />
    </Field>
  );
}
