import { AdapterError } from "./adapter-error";

/** A mapping profile that does not validate; `problems` are already in Chinese, one per finding. */
export class InvalidProfileError extends AdapterError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super("invalid_profile", `Invalid mapping profile: ${problems.join("; ")}`);
    this.name = "InvalidProfileError";
    this.problems = problems;
  }
}
