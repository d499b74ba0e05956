/** A zip's bytes with the sizes each entry declares, for files that must be refused before inflating. */
export interface ZipSpec {
  name: string;
  data: Uint8Array;
  /** What the entry claims to inflate to. */
  declaredSize: number;
  method: 0 | 8;
}

function header(fields: [number, 2 | 4][]): number[] {
  return fields.flatMap(([value, size]) =>
    Array.from({ length: size }, (_, i) => Math.floor(value / 256 ** i) % 256),
  );
}

export function buildZip(entries: ZipSpec[]): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const name = [...new TextEncoder().encode(entry.name)];
    const offset = parts.length;
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0, 2],
      [entry.method, 2],
      [0, 2],
      [0, 2],
      [0, 4],
      [entry.data.length, 4],
      [entry.declaredSize, 4],
      [name.length, 2],
      [0, 2],
    ];
    parts.push(...header([[0x04034b50, 4], ...common]), ...name, ...entry.data);
    central.push(
      ...header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      ...name,
    );
  }
  const eocd = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [central.length, 4],
    [parts.length, 4],
    [0, 2],
  ]);
  return new Uint8Array([...parts, ...central, ...eocd]);
}
