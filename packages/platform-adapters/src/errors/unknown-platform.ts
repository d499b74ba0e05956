import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** `parseOrders` was told a platform no adapter answers to; `known` lists every id it takes. */
export class UnknownPlatformError extends AdapterError<"unknown-platform"> {
  override readonly name = "UnknownPlatformError" as const;
  readonly platform: string;
  readonly known: readonly string[];

  constructor(platform: string, known: readonly string[]) {
    super("unknown-platform", `Unknown platform ${platform}; known: ${known.join(", ")}`);
    this.platform = platform;
    this.known = known;
  }
}

export function isUnknownPlatformError(value: unknown): value is UnknownPlatformError {
  return isAdapterErrorOf(value, "unknown-platform");
}
