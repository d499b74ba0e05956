import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CliError, isCliError } from "./cli-error";

/** `pnpm templates …` runs from the repository root; INIT_CWD is where the person typed it. */
export function resolveFromUser(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

export async function readBytes(file: string): Promise<Uint8Array> {
  const resolved = resolveFromUser(file);
  try {
    // Only a regular file: reading a FIFO or a device would wait for ever for a writer.
    if (!(await stat(resolved)).isFile()) throw new CliError("file-unreadable", { file: resolved });
    return await readFile(resolved);
  } catch (error) {
    if (isCliError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? "file-not-found" : "file-unreadable", { file: resolved });
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The parser's message without the text it quotes (`Unexpected token ''', ..."p":'138123456"...
 * is not valid JSON`): it cuts that text anywhere, so a phone number in it may be cut too short
 * for any masking to recognise.
 */
function parserMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  return message.replace(/,\s*(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, "");
}

/** JSON from a file or, for `-`, from standard input; a UTF-8 BOM (Windows Notepad) is dropped. */
export async function readJson(file: string): Promise<unknown> {
  const source = file === "-" ? "标准输入" : resolveFromUser(file);
  const text = file === "-" ? await readStdin() : new TextDecoder().decode(await readBytes(file));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError("bad-json", { file: source, detail: parserMessage(error) });
  }
}
