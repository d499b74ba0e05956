/**
 * The errors of one package (or one class) as a guard sees them: the codes they carry and the
 * literal class name each code is thrown under. Every guard of the toolkit checks both, never the
 * prototype: a taskpane frame has its own `Error`, and a bundle (a CLI's worker chunk) may carry
 * its own copy of a class, where `instanceof` fails. A name alone is not enough: another package
 * may share it (templates and the model both had an `InvalidConfigError`), and so may a code.
 */
export interface CodedErrorKind<C extends string> {
  /** Every code these errors carry; absent: any string (an error whose codes are open, like the shell's). */
  readonly codes?: readonly C[];
  /** The class name each code is thrown under; one string when one class carries every code. */
  readonly names: string | Readonly<Record<C, string>>;
  /** A base class's own name, when the base itself may be thrown with any of the codes. */
  readonly base?: string;
}

/** The name and code of any value, without trusting it to be an Error. */
function nameAndCode(value: unknown): { name?: unknown; code?: unknown } {
  return typeof value === "object" && value !== null ? (value as { name?: unknown; code?: unknown }) : {};
}

function isKnownCode<C extends string>(kind: CodedErrorKind<C>, code: unknown): code is C {
  return (
    typeof code === "string" && (kind.codes === undefined || (kind.codes as readonly string[]).includes(code))
  );
}

/**
 * Whether `value` is an error of `kind`: one of its codes, under that code's class name (or the
 * base's). With `code`, only that code under its own class name: the guard of one class.
 * Each package wraps it in a guard that names its type (`isAdapterError(value): value is …`).
 */
export function isCodedError<C extends string>(value: unknown, kind: CodedErrorKind<C>, code?: C): boolean {
  const { name, code: actual } = nameAndCode(value);
  if (!isKnownCode(kind, actual) || (code !== undefined && actual !== code)) return false;
  const own = typeof kind.names === "string" ? kind.names : kind.names[actual];
  return name === own || (code === undefined && kind.base !== undefined && name === kind.base);
}
