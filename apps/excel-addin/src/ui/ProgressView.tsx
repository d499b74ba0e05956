import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Busy } from "./useReportRunner";

export function ProgressView({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  return (
    <div className="row">
      <Field className="grow" validationMessage={busy.label} validationState="none">
        <ProgressBar value={busy.value} aria-label={busy.label} />
      </Field>
      {busy.cancellable ? <Button onClick={onCancel}>取消</Button> : null}
    </div>
  );
}
