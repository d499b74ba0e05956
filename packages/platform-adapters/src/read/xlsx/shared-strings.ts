import { DamagedWorkbookError } from "../../errors/damaged-workbook";
import { InputTooLargeError } from "../../errors/input-too-large";
import {
  ascii,
  ChunkJoiner,
  endOfTag,
  indexOfByte,
  indexOfEndTag,
  isMarkup,
  nameIsBytes,
  restFrom,
  skipMarkup,
  startsWithBytes,
  tagNameOf,
  textOf,
} from "./bytes";
import { GT, LT, SLASH, type TagName } from "./tags";
import { stringItemText, unescapeOoxml, withoutComments, xmlText } from "./xml-text";

const PLAIN_ITEM = ascii("<si><t>");
const PLAIN_ITEM_END = ascii("</t></si>");
const SI = ascii("si");
const SST = ascii("sst");

/**
 * The shared strings part (`<sst>`), read as its bytes stream: one string per `<si>`, rich text
 * joined. Each string is decoded from its own bytes, so none holds on to the chunk it came in.
 */
export class SharedStringsScanner {
  readonly strings: string[] = [];
  private rest: Uint8Array | undefined;
  private readonly joiner = new ChunkJoiner();
  private ended = false;
  private readonly name: TagName = { localStart: 0, end: 0 };

  constructor(
    readonly part: string,
    readonly fileName: string | undefined,
    /** Strings the part may hold (see `maxValuesOf`): checked at each chunk's end, before the next is read. */
    private readonly maxStrings = Number.POSITIVE_INFINITY,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.ended) return;
    const bytes = this.joiner.join(this.rest, chunk);
    this.rest = undefined;
    const length = this.joiner.length;
    const name = this.name;
    let at = 0;
    for (;;) {
      const open = indexOfByte(bytes, LT, at);
      if (open < 0) {
        at = length;
        break;
      }
      // A plain item `<si><t>text</t></si>`, most of any shared strings part, read in place.
      if (startsWithBytes(bytes, open, PLAIN_ITEM)) {
        const textEnd = indexOfByte(bytes, LT, open + PLAIN_ITEM.length);
        if (textEnd < 0) {
          at = open;
          break;
        }
        if (startsWithBytes(bytes, textEnd, PLAIN_ITEM_END)) {
          this.strings.push(unescapeOoxml(xmlText(textOf(bytes, open + PLAIN_ITEM.length, textEnd))));
          at = textEnd + PLAIN_ITEM_END.length;
          continue;
        }
      }
      if (open + 1 >= length) {
        at = open;
        break;
      }
      const next = bytes[open + 1] as number;
      if (isMarkup(next)) {
        const after = skipMarkup(bytes, open, length, this);
        if (after < 0) {
          at = open;
          break;
        }
        at = after;
        continue;
      }
      const close = endOfTag(bytes, open + 1);
      if (close < 0) {
        at = open;
        break;
      }
      tagNameOf(bytes, open, close, name);
      const closing = next === SLASH;
      const empty = bytes[close - 1] === SLASH;
      if (!closing && nameIsBytes(bytes, name.localStart, name.end, SI)) {
        if (empty) {
          this.strings.push("");
          at = close + 1;
          continue;
        }
        const end = indexOfEndTag(bytes, open + 1, name.end, close + 1);
        if (end < 0) {
          at = open;
          break;
        }
        // A comment or processing instruction in the item is no text (`<t>货到<!-- -->付款</t>`).
        const item = withoutComments(textOf(bytes, close + 1, end));
        this.strings.push(stringItemText(item, 0, item.length));
        at = indexOfByte(bytes, GT, end) + 1;
        continue;
      }
      if (nameIsBytes(bytes, name.localStart, name.end, SST) && (closing || empty)) {
        this.ended = true;
        if (this.strings.length > this.maxStrings)
          throw new InputTooLargeError("shared_strings", this.strings.length, this.maxStrings);
        return;
      }
      at = close + 1;
    }
    this.rest = restFrom(bytes, at, length, this);
    if (this.strings.length > this.maxStrings)
      throw new InputTooLargeError("shared_strings", this.strings.length, this.maxStrings);
  }

  end(): string[] {
    if (!this.ended) throw new DamagedWorkbookError("truncated_xml", this.part, this.fileName);
    return this.strings;
  }
}
