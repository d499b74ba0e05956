import type { ProfileProblem } from "../profiles/schema";
import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** A mapping profile that does not validate; `problems` are coded, worded by `formatErrorZh`. */
export class InvalidProfileError extends AdapterError<"invalid-profile"> {
  override readonly name = "InvalidProfileError" as const;
  readonly problems: ProfileProblem[];
  /** The profile's file, when it was read from one (`--profiles DIR`). */
  readonly profileFile: string | undefined;

  constructor(problems: ProfileProblem[], file?: string) {
    super(
      "invalid-profile",
      `Invalid mapping profile${file ? ` ${file}` : ""}: ${problems.map((p) => p.code).join(", ")}`,
    );
    this.problems = problems;
    this.profileFile = file;
  }
}

export function isInvalidProfileError(value: unknown): value is InvalidProfileError {
  return isAdapterErrorOf(value, "invalid-profile");
}
