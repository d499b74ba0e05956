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

/**
 * A CLI's whole life: the shell installed (with `--json` known before any parsing, so that a bad
 * command line is answered in JSON too), the command run, and any error told as the CLI words it
 * (`describe`), with its exit code.
 */
export async function runCommand(options: {
  notDone: string;
  run: (argv: string[]) => Promise<unknown>;
  describe: (error: unknown) => Failure;
  argv?: string[];
}): Promise<void> {
  const argv = options.argv ?? process.argv.slice(2);
  const json = argv.includes("--json");
  installShell({ json, notDone: options.notDone });
  try {
    await options.run(argv);
  } catch (error) {
    const failure = options.describe(error);
    tellFailure(failure, json);
    process.exitCode = failure.exitCode;
  }
}
