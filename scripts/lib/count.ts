// Counts in the build log: `1 indicator`, `2 indicators`, `1 cleaning action`.

/** `n` and the noun, with an `s` unless n is 1: count(1, 'warning') → `1 warning`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
