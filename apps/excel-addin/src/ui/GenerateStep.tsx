import { Button, Subtitle2 } from "@fluentui/react-components";
import type { OperatorMessage } from "./describe-error";
import { ErrorView } from "./ErrorView";
import { ProgressView } from "./ProgressView";
import type { Busy } from "./useReportRunner";

interface GenerateStepProps {
  ready: boolean;
  busy: Busy | null;
  error: OperatorMessage | null;
  onGenerate: () => void;
  onCancel: () => void;
}

/** 2. 生成报表, the same in Excel and in file mode: the button, progress while busy, then any error. */
export function GenerateStep({ ready, busy, error, onGenerate, onCancel }: GenerateStepProps) {
  return (
    <>
      <section className="step">
        <Subtitle2>2. 生成报表</Subtitle2>
        <Button appearance="primary" onClick={onGenerate} disabled={!ready || busy !== null}>
          生成报表
        </Button>
        {busy ? <ProgressView busy={busy} onCancel={onCancel} /> : null}
      </section>
      {error ? <ErrorView message={error} /> : null}
    </>
  );
}
