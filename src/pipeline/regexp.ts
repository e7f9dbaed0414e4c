// A text as a regular expression that matches exactly it: used by the indicator rules and by search (in the browser too).

/** Escapes the characters that have a meaning in a regular expression: `1.5%` → `1\.5%`. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words as one alternation, longest first so that a word wins over its prefix, each escaped: [局, 办公室] → `办公室|局`. */
export const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
