#!/usr/bin/env node
import { installShell, tellFailure } from "@syt/cli-shell";
import { parseCommand, USAGE } from "./cli/args";
import { listTemplates, type Output, renderCommand } from "./cli/commands";
import { describeError } from "./cli/describe-error";

async function run(argv: readonly string[], output: Output): Promise<void> {
  const command = parseCommand(argv);
  if (command.kind === "help") return output.out(USAGE);
  if (command.kind === "list") return listTemplates(output);
  await renderCommand(command, output);
}

const output: Output = {
  out: (text) => process.stdout.write(`${text.endsWith("\n") ? text : `${text}\n`}`),
  note: (text) => process.stderr.write(`${text}\n`),
};

const argv = process.argv.slice(2);
// Known before parsing, so that a bad command line is answered in JSON too.
const json = argv.includes("--json");
installShell({ json, notDone: "没有写出文件" });
run(argv, output).catch((error: unknown) => {
  const failure = describeError(error);
  tellFailure(failure, json);
  process.exitCode = failure.exitCode;
});
