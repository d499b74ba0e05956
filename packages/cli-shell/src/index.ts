export { escapeName } from "./escape-name";
export {
  EXIT,
  type Failure,
  type FailureExitCode,
  operatorFailure,
  type Streams,
  tellFailure,
  unexpectedFailure,
} from "./failure";
export {
  asRefusal,
  CliFileError,
  errnoOf,
  type FileProblemCode,
  type FileRole,
  FS_PROBLEMS,
  type FsProblem,
  fileFailure,
  fileProblemZh,
  isCliFileError,
  type OwnWords,
  refusalOn,
} from "./file-problems";
export { forgetLeftover, removeLeftovers, trackLeftover, trackLeftoverPrefix } from "./leftovers";
export { argumentsError, isOperatorError, OperatorError, targetExists } from "./operator-error";
export { isPseudoFileSystem, nearestExisting, prepareOutDir } from "./out-dir";
export { resolveFromCaller } from "./paths";
export {
  makeTempDir,
  placeWithoutOverwrite,
  removeTempDir,
  replaceTarget,
  type SafeWriteOptions,
  uniqueSuffix,
  writeFileSafely,
} from "./safe-write";
export { installShell, runCommand } from "./signals";
