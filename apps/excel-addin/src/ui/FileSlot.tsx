import { Text } from "@fluentui/react-components";
import { type DragEvent, useId, useState } from "react";

interface FileSlotProps {
  label: string;
  hint: string;
  file: File | null;
  onFile: (file: File) => void;
  testId: string;
  /** What the report read from this file (its orders' dates), once it has. */
  detail?: string;
}

const ACCEPT = ".xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One export file, chosen with the file dialog or dropped on the box. */
export function FileSlot({ label, hint, file, onFile, testId, detail }: FileSlotProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <label
      htmlFor={id}
      className={over ? "drop drop-over" : "drop"}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Text weight="semibold">{label}</Text>
      <Text size={200}>{file ? `已选择: ${file.name}` : hint}</Text>
      {detail ? (
        <Text size={200} data-testid={`${testId}-detail`}>
          {detail}
        </Text>
      ) : null}
      <input
        id={id}
        data-testid={testId}
        type="file"
        accept={ACCEPT}
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          if (chosen) onFile(chosen);
        }}
      />
    </label>
  );
}
