// Character accounting for the nothing-lost rule (README: Cleaning): whitespace is not counted, every other
// code point of the decoded source must be in the body or in a cleaning entry's text.

/** Code points of `text` that are not whitespace, with their counts. */
function countChars(text: string, into = new Map<string, number>()): Map<string, number> {
  for (const ch of text) if (!/\s/u.test(ch)) into.set(ch, (into.get(ch) ?? 0) + 1);
  return into;
}

/** Characters of `source` not accounted for by `kept` plus `logged`: '' when nothing is lost. */
export function lostCharacters(source: string, kept: string, logged: string[]): string {
  const have = countChars(kept);
  for (const t of logged) countChars(t, have);
  let lost = '';
  for (const [ch, n] of countChars(source)) if ((have.get(ch) ?? 0) < n) lost += ch.repeat(n - (have.get(ch) ?? 0));
  return lost;
}

/** Characters of `source` neither in a record's body nor in its cleaning log: '' when nothing is lost. */
export function lostFromRecord(source: string, record: { body: string; cleaning: { text: string }[] }): string {
  return lostCharacters(
    source,
    record.body,
    record.cleaning.map((c) => c.text),
  );
}

/** Characters of `source` neither in a normalized text's paragraphs nor in its cleaning log (normalizeText's result): '' when nothing is lost. */
export function lostFromNormalized(source: string, normalized: { paragraphs: { text: string }[]; cleaning: { text: string }[] }): string {
  return lostCharacters(
    source,
    normalized.paragraphs.map((p) => p.text).join('\n'),
    normalized.cleaning.map((c) => c.text),
  );
}
