/** Fen as the yuan number an export shows (12.5 for 1250 fen). */
export const yuan = (fen: number): number => fen / 100;
