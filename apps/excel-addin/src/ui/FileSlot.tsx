import { Field, Text } from "@fluentui/react-components";
import { type DragEvent, useId, useState } from "react";
import type { DayFile } from "../files/day-files";

interface FileSlotProps {
  label: string;
  hint: string;
  /** The day's files the slot can take (any loaded file: the report refuses a wrong kind by name). */
  files: readonly DayFile[];
  file: DayFile | null;
  /** A loaded file picked, or `null` for none (an optional slot). */
  onPick: (id: string | null) => void;
  /** Another file chosen or dropped: loaded into the day's files, then picked. */
  onChoose: (file: File) => void;
  optional?: boolean;
  testId: string;
  /** What the report read from this file (its orders' dates), once it has. */
  detail?: string;
}

const ACCEPT = ".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What the file is, in one line: kind, rows, order dates, today's or not. */
export function fileFactsZh(file: DayFile): string {
  const { summary } = file;
  if (!summary.ok) return summary.kindZh;
  return [
    summary.kindZh,
    `${summary.rows.toLocaleString("en-US")} 行`,
    summary.datesZh,
    summary.today ? "今天的导出" : "不是今天的导出",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** One export of the report: one of the day's files (preselected), or another chosen or dropped here. */
export function FileSlot({
  label,
  hint,
  files,
  file,
  onPick,
  onChoose,
  optional = false,
  testId,
  detail,
}: FileSlotProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onChoose(dropped);
  };
  return (
    <fieldset
      aria-label={label}
      className={over ? "drop drop-over" : "drop"}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={`${testId}-slot`}
    >
      {files.length > 0 ? (
        <Field label={label}>
          {(props) => (
            // The browser's own list (Fluent's Select would add its styles to the first load).
            <select
              {...props}
              className="file-pick"
              value={file?.id ?? ""}
              data-testid={`${testId}-pick`}
              onChange={(event) =>
                onPick(event.currentTarget.value === "" ? null : event.currentTarget.value)
              }
            >
              <option value="">{optional ? "不使用" : "请选择"}</option>
              {files.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Text weight="semibold">{label}</Text>
      )}
      <Text size={200} data-testid={`${testId}-facts`}>
        {file ? fileFactsZh(file) : hint}
      </Text>
      {detail ? (
        <Text size={200} data-testid={`${testId}-detail`}>
          {detail}
        </Text>
      ) : null}
      <label htmlFor={id} className="file-choose">
        <Text size={200}>{files.length > 0 ? "或选择其他文件:" : "选择文件:"}</Text>
        <input
          id={id}
          data-testid={testId}
          type="file"
          accept={ACCEPT}
          onChange={(event) => {
            const input = event.currentTarget;
            const chosen = input.files?.[0];
            if (chosen) onChoose(chosen);
            input.value = "";
          }}
        />
      </label>
    </fieldset>
  );
}
