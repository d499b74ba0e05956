/** Beyond this many distinct keys a text is read again rather than stored: memory stays bounded. */
const MAX_ENTRIES = 10_000;

/**
 * Results of a pure reader by input text, for one parse: an export repeats a handful of
 * statuses, payment methods and products over hundreds of thousands of rows.
 */
export class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly compute: (text: string) => V) {}

  get(text: string): V {
    const known = this.entries.get(text);
    // `undefined` is a result too (an unknown courier), told apart from a miss by `has`.
    if (known !== undefined || this.entries.has(text)) return known as V;
    const value = this.compute(text);
    if (this.entries.size < MAX_ENTRIES) this.entries.set(text, value);
    return value;
  }
}
