import path from "node:path";
import { cliHarness } from "../../../scripts/test-support/cli-process";

export type { CliOptions, CliRun } from "../../../scripts/test-support/cli-process";

export const packageDir = path.resolve(import.meta.dirname, "..");
export const examplesDir = path.resolve(packageDir, "../../examples/今日");
export const { cli, ensureBuilt, runCli, startCli } = cliHarness(packageDir);
export { filesInTempFolders, sendWhen } from "../../../scripts/test-support/cli-process";
