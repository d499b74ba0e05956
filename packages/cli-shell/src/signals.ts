import { EXIT, type Failure, tellFailure } from "./failure";
import { removeLeftovers } from "./leftovers";

/** What a CLI says when stopped: what it did not do, e.g. "报表没有写出". */
export interface InterruptWords {
  notDone: string;
}

/**
 * However the run ends, what it made on the way goes with it; Ctrl-C and SIGTERM end it with
 * 130 / 143 and a sentence (in JSON too with `--json`), after the leftovers are gone.
 */
export function installShell({ json, notDone }: { json: boolean } & InterruptWords): void {
  process.on("exit", removeLeftovers);
  const said = {
    SIGINT: `已中断 (Ctrl-C), ${notDone}, 临时文件已清理: 重新运行即可`,
    SIGTERM: `运行被终止 (SIGTERM), ${notDone}, 临时文件已清理: 重新运行即可`,
  } as const;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removeLeftovers();
      const failure: Failure = { exitCode: EXIT[signal], code: "interrupted", message: said[signal] };
      tellFailure(failure, json);
      process.exit(failure.exitCode);
    });
  }
}
