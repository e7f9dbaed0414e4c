// A blind second labelling of figures (docs/eval.md, "Label agreement"): sheets that give a labelled figure's place and
// quantity without its label, kind and period; a second labeller fills them from the text alone; the comparison says how
// often two labellers agree, which bounds what the eval's label, kind and period scores can tell. Pure: rows and labels
// in, counts out.
import { halves, labelMatches, type Half, type LabelledFigure, type LabelledText } from './eval.ts';
import { seeded } from './random.ts';

/** The sheet's columns: the figure's place and quantity, then what the second labeller writes. */
export const sheetColumns = ['half', 'text', 'fig', 'file', 'genre', 'line', 'match', 'value', 'max', 'unit', 'label', 'kind', 'period'] as const;
export type SheetRow = Record<(typeof sheetColumns)[number], string>;

/** The figures a sheet may ask for: the non-optional ones, in the label file's order (`fig` indexes them). */
export const auditedFigures = (text: LabelledText): LabelledFigure[] => text.indicators.filter((f) => !f.optional);

/** The text number a label file's corpus name starts with (`103_suzhou-….txt` → `103`). */
export const textNumber = (text: LabelledText): string => text.file.split('_')[0]!;

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Sheets for `sheets` labellers: each half's texts with figures shuffled and dealt in turn, the halves' texts
 * alternating (test first) so each labeller reads both alike; at most `perText` figures a text, chosen at random and
 * kept in reading order. The label, kind and period columns are empty.
 */
export function dealSheets(texts: Record<Half, readonly LabelledText[]>, options: { seed: number; sheets: number; perText: number }): SheetRow[][] {
  const random = seeded(options.seed);
  const dealt: { turn: number; half: Half; text: LabelledText }[][] = Array.from({ length: options.sheets }, () => []);
  for (const half of ['test', 'dev'] as const) {
    const withFigures = shuffle(
      texts[half].filter((t) => t.labels.includes('indicators') && auditedFigures(t).length > 0),
      random,
    );
    withFigures.forEach((text, i) => dealt[i % options.sheets]!.push({ turn: Math.floor(i / options.sheets), half, text }));
  }
  return dealt.map((items) =>
    items
      .sort((a, b) => a.turn - b.turn || (a.half === 'test' ? 0 : 1) - (b.half === 'test' ? 0 : 1))
      .flatMap(({ half, text }) => {
        const figures = auditedFigures(text);
        const picked = shuffle([...figures.keys()], random)
          .slice(0, options.perText)
          .sort((a, b) => a - b);
        return picked.map((i): SheetRow => {
          const f = figures[i]!;
          return {
            half,
            text: textNumber(text),
            fig: String(i),
            file: text.file,
            genre: text.genre,
            line: String(f.line),
            match: f.match,
            value: String(f.value),
            max: f.max === undefined ? '' : String(f.max),
            unit: f.unit,
            label: '',
            kind: '',
            period: '',
          };
        });
      }),
  );
}

export function formatSheet(rows: readonly SheetRow[]): string {
  return [sheetColumns.join('\t'), ...rows.map((r) => sheetColumns.map((c) => r[c]).join('\t'))].join('\n') + '\n';
}

/** A sheet's rows; a row the second labeller left without a label is not compared. */
export function parseSheet(tsv: string, where: string): SheetRow[] {
  const [head, ...lines] = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = (head ?? '').split('\t').map((c) => c.trim());
  const missing = sheetColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new Error(`${where}:1: the header lacks ${missing.join(', ')}; a sheet's columns are ${sheetColumns.join(', ')}`);
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(sheetColumns.map((c) => [c, (cells[columns.indexOf(c)] ?? '').trim()])) as SheetRow;
  });
}

export interface Agreement {
  figures: number;
  texts: number;
  /** The second labeller's first alternative is one of the first labelling's (what the eval asks of the tool). */
  label: number;
  /** Any alternative of one is an alternative of the other. */
  labelOverlap: number;
  kind: number;
  /** Figures where either labelling gives a period, and those where both give the same. */
  period: [agree: number, compared: number];
}

export interface Disagreement {
  half: Half;
  text: string;
  fig: number;
  line: number;
  match: string;
  what: string[];
}

const periodText = (p: LabelledFigure['period'] | string | undefined): string => (p === undefined ? '' : String(p).replace(/\s/g, ''));

/**
 * The agreement of the filled rows with the label files, per half. `labels` maps `half/text number` to the label
 * file; a row whose figure is not there (another line or match) is an error naming the row.
 */
export function compareSheet(
  rows: readonly SheetRow[],
  labels: ReadonlyMap<string, LabelledText>,
  where: string,
): { agreement: Record<Half, Agreement>; disagreements: Disagreement[] } {
  const agreement = Object.fromEntries(halves.map((h) => [h, { figures: 0, texts: 0, label: 0, labelOverlap: 0, kind: 0, period: [0, 0] } satisfies Agreement])) as Record<
    Half,
    Agreement
  >;
  const texts = new Set<string>();
  const disagreements: Disagreement[] = [];
  rows.forEach((row, i) => {
    if (row.label === '') return;
    const half = row.half as Half;
    const text = labels.get(`${half}/${row.text}`);
    const figure = text ? auditedFigures(text)[Number(row.fig)] : undefined;
    if (!figure || String(figure.line) !== row.line || figure.match !== row.match)
      throw new Error(
        `${where}:${i + 2}: ${half} ${row.text} figure ${row.fig} (line ${row.line}, ${row.match}) is not in its label file; deal the sheet again from today's labels`,
      );
    const a = agreement[half];
    a.figures++;
    texts.add(`${half}/${row.text}`);
    const blind = row.label.split('|').filter((l) => l.trim() !== '');
    const first = labelMatches(blind[0] ?? '', figure.label);
    const overlap = blind.some((l) => labelMatches(l, figure.label));
    const kind = row.kind === figure.kind;
    const hasPeriod = row.period !== '' || figure.period !== undefined;
    const period = periodText(row.period) === periodText(figure.period);
    a.label += Number(first);
    a.labelOverlap += Number(overlap);
    a.kind += Number(kind);
    if (hasPeriod) {
      a.period[1]++;
      a.period[0] += Number(period);
    }
    const what = [
      ...(first ? [] : [`label ${figure.label} ← ${row.label}${overlap ? ' (overlap)' : ''}`]),
      ...(kind ? [] : [`kind ${figure.kind} ← ${row.kind}`]),
      ...(period ? [] : [`period ${periodText(figure.period)} ← ${row.period}`]),
    ];
    if (what.length > 0) disagreements.push({ half, text: row.text, fig: Number(row.fig), line: figure.line, match: figure.match, what });
  });
  for (const h of halves) agreement[h].texts = [...texts].filter((t) => t.startsWith(`${h}/`)).length;
  return { agreement, disagreements };
}
