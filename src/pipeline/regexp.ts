// A text as a regular expression that matches exactly it: used by the indicator rules and by search (in the browser too).

/** Escapes the characters that have a meaning in a regular expression: `1.5%` → `1\.5%`. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
