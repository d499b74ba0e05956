// C0 and C1 controls (newline, ESC of terminal codes), DEL, the line and paragraph separators and the
// bidi overrides: each can make a printed name look like another line, or like other text.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A file name as it can be printed: a name holding a newline or terminal escape codes cannot forge
 * lines of the output. Ordinary names (Chinese, spaces) print as they are.
 */
export function escapeName(name: string): string {
  return name.replace(
    UNSAFE,
    (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
