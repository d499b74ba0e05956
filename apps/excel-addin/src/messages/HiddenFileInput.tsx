import type { RefObject } from "react";
import { useStyles } from "./styles";

interface HiddenFileInputProps {
  inputRef: RefObject<HTMLInputElement | null>;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}

/**
 * The file dialog behind a button of ours (`inputRef.current.click()`): kept out of the tab order
 * and from screen readers, since the button is the control. Cleared after each choice, so the same
 * file chosen again is read again.
 */
export function HiddenFileInput({ inputRef, accept, testId, onFile }: HiddenFileInputProps) {
  const styles = useStyles();
  return (
    <input
      ref={inputRef}
      className={styles.hiddenInput}
      type="file"
      accept={accept}
      data-testid={testId}
      tabIndex={-1}
      aria-hidden="true"
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = "";
        if (file) onFile(file);
      }}
    />
  );
}
