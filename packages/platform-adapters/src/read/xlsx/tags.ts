/** Character codes the scanners compare against. */
export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const COLON = 58;
export const BANG = 33;
export const QUESTION = 63;
export const SPACE = 32;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const EQUALS = 61;
export const MINUS = 45;
export const DOT = 46;

export const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Longest run of text a scanner holds while waiting for an element to end. Excel's cells hold
 * at most 32,767 characters; even with every character escaped and a rich-text run per
 * character, a real cell stays far below this. Past it the part is refused, not buffered.
 */
export const MAX_PENDING = 8 * 1024 * 1024;

/** Where the tag starting at `open` ends its name; its local name (after any `x:` prefix) starts at `localStart`. */
export interface TagName {
  localStart: number;
  end: number;
}

export function tagName(text: string, open: number, close: number, out: TagName): void {
  let at = open + 1;
  if (text.charCodeAt(at) === SLASH) at++;
  let localStart = at;
  for (; at < close; at++) {
    const code = text.charCodeAt(at);
    if (code === SLASH || isSpace(code)) break;
    if (code === COLON) localStart = at + 1;
  }
  out.localStart = localStart;
  out.end = at;
}

/** Whether the local name at `start..end` is `name`. */
export function nameIs(text: string, start: number, end: number, name: string): boolean {
  return end - start === name.length && text.startsWith(name, start);
}

/**
 * Whether a CDATA section opens between `start` and `end`. Walks the tags in between only: a
 * search for the marker itself would run to the end of the chunk for every cell without one.
 */
export function hasCdata(text: string, start: number, end: number): boolean {
  for (let at = text.indexOf("<", start); at >= 0 && at < end; at = text.indexOf("<", at + 1)) {
    if (text.startsWith("<![CDATA[", at)) return true;
  }
  return false;
}

/** Where a scanner is, for the error that names the damaged part. */
export interface PartOfFile {
  part?: string;
  fileName?: string;
}
