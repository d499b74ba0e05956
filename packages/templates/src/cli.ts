#!/usr/bin/env node
import { runCommand } from "@syt/cli-shell";
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

void runCommand({ notDone: "没有写出文件", run: (argv) => run(argv, output), describe: describeError });
