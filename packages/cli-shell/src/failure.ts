import { maskPhonesInText } from "@syt/orders-model";
import { isOperatorError } from "./operator-error";

/** 0 done; 1 our bug; 2 the operator must fix something; 128 + the signal's number when stopped. */
export const EXIT = { ok: 0, unexpected: 1, operator: 2, SIGINT: 130, SIGTERM: 143 } as const;
export type FailureExitCode = Exclude<(typeof EXIT)[keyof typeof EXIT], 0>;

/** `code` is for other tools (`--json`); the message is for the operator. */
export interface Failure {
  exitCode: FailureExitCode;
  code: string;
  message: string;
  /** More fields for the `--json` failure (the COD report says what the orders file was recognised as). */
  json?: Readonly<Record<string, unknown>>;
}

/**
 * The one wording of a bug of ours: the stack goes to the developers, `notDone` says what the run did
 * not do (the report was not written), so the operator knows where things stand.
 */
export function unexpectedFailure(error: unknown, notDone?: string): Failure {
  const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: EXIT.unexpected,
    code: "unexpected",
    message: `意外错误${notDone ? `, ${notDone}` : ""}:\n${details}\n请把上面这段信息和所用的命令一起发给开发同事。`,
  };
}

/** An `OperatorError` as its Failure; anything else is left to the CLI's own `describeError`. */
export function operatorFailure(error: unknown): Failure | undefined {
  if (!isOperatorError(error)) return undefined;
  const json = Object.keys(error.json).length > 0 ? { json: error.json } : {};
  return { exitCode: EXIT.operator, code: error.code, message: error.message, ...json };
}

export interface Streams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * Prints a failure: words on stderr, and with `--json` `{ ok: false, code, message }` on stdout.
 * Every word passes the phone masking: file names, parser messages and stacks quote what the
 * operator typed or the exports hold.
 */
export function tellFailure(failure: Failure, json: boolean, streams: Streams = process): void {
  const message = maskPhonesInText(failure.message);
  streams.stderr.write(`${message}\n`);
  if (json) {
    const shape = { ok: false, code: failure.code, message, ...failure.json };
    streams.stdout.write(`${maskPhonesInText(JSON.stringify(shape, null, 2))}\n`);
  }
}
