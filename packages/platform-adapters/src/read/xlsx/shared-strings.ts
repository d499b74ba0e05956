import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { BANG, MAX_PENDING, nameIs, QUESTION, SLASH, skipMarkup, type TagName, tagName } from "./tags";
import { stringItemText, unescapeOoxml, xmlText } from "./xml-text";

/** The shared strings part (`<sst>`), read as it streams: one string per `<si>`, rich text joined. */
export class SharedStringsScanner {
  readonly strings: string[] = [];
  private rest = "";
  private ended = false;
  private readonly name: TagName = { localStart: 0, end: 0 };

  constructor(
    private readonly part: string,
    private readonly fileName: string | undefined,
  ) {}

  push(chunk: string): void {
    if (this.ended) return;
    const text = this.rest === "" ? chunk : this.rest + chunk;
    const name = this.name;
    let at = 0;
    for (;;) {
      const open = text.indexOf("<", at);
      if (open < 0) {
        at = text.length;
        break;
      }
      const next = text.charCodeAt(open + 1);
      // A plain item `<si><t>text</t></si>`, most of any shared strings part, read in place.
      if (text.startsWith("<si><t>", open)) {
        const textEnd = text.indexOf("<", open + 7);
        if (textEnd < 0) {
          at = open;
          break;
        }
        if (text.startsWith("</t></si>", textEnd)) {
          this.strings.push(unescapeOoxml(xmlText(text.slice(open + 7, textEnd))));
          at = textEnd + 9;
          continue;
        }
      }
      if (next === BANG || next === QUESTION) {
        const after = skipMarkup(text, open, { part: this.part, fileName: this.fileName });
        if (after < 0) break;
        at = after;
        continue;
      }
      const close = text.indexOf(">", open);
      if (close < 0) {
        at = open;
        break;
      }
      tagName(text, open, close, name);
      const closing = next === SLASH;
      const empty = text.charCodeAt(close - 1) === SLASH;
      if (!closing && nameIs(text, name.localStart, name.end, "si")) {
        if (empty) {
          this.strings.push("");
          at = close + 1;
          continue;
        }
        const endTag = `</${text.slice(open + 1, name.end)}>`;
        const end = text.indexOf(endTag, close + 1);
        if (end < 0) {
          at = open;
          break;
        }
        this.strings.push(stringItemText(text, close + 1, end));
        at = end + endTag.length;
        continue;
      }
      if (nameIs(text, name.localStart, name.end, "sst") && (closing || empty)) {
        this.ended = true;
        at = text.length;
        break;
      }
      at = close + 1;
    }
    this.rest = at >= text.length ? "" : text.slice(at);
    if (this.rest.length > MAX_PENDING)
      throw new DamagedWorkbookError("oversized_cell", this.part, this.fileName);
  }

  end(): string[] {
    if (!this.ended) throw new DamagedWorkbookError("truncated_xml", this.part, this.fileName);
    return this.strings;
  }
}
