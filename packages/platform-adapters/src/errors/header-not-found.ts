import { AdapterError, isAdapterErrorOf } from "./adapter-error";

/** No row of the sheet carries the columns the platform needs; `missing` names them as the export would. */
export class HeaderNotFoundError extends AdapterError<"header-not-found"> {
  override readonly name = "HeaderNotFoundError" as const;
  readonly platform: string;
  readonly missing: string[];
  readonly sheetName: string | undefined;

  constructor(platform: string, missing: string[], sheetName?: string) {
    super(
      "header-not-found",
      `No header row with the columns of ${platform}; missing: ${missing.join(", ")}`,
    );
    this.platform = platform;
    this.missing = missing;
    this.sheetName = sheetName;
  }
}

export function isHeaderNotFoundError(value: unknown): value is HeaderNotFoundError {
  return isAdapterErrorOf(value, "header-not-found");
}
