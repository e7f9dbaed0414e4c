// npm run eval:audit -- …: a blind second labelling of figures (docs/eval.md, "Label agreement"). `--deal` writes sheets
// of labelled figures without their label, kind and period; a second labeller fills them from the texts alone, before
// opening any label file of those texts; the comparison then says how often the two labellings agree, per half. It never
// runs the tool, so it shows nothing of what the tool finds on a test text.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readLabels } from './eval.ts';
import { compareSheet, dealSheets, formatSheet, parseSheet, textNumber } from './lib/label-audit.ts';
import { halves, type Half, type LabelledText } from './lib/eval.ts';

const help = `npm run eval:audit -- SHEET.tsv…           agreement of filled sheets with the label files, per half
npm run eval:audit -- SHEET.tsv… --verbose  … and every disagreement (label, kind, period)
npm run eval:audit -- --deal DIR [--seed N] [--sheets N] [--per-text N]
                                            write DIR/sheet-A.tsv, sheet-B.tsv …: each half's texts with figures
                                            shuffled (seed, default 36) and dealt in turn, at most --per-text figures
                                            a text (default 8); label, kind and period left for the second labeller

A sheet's columns: ${'half text fig file genre line match value max unit label kind period'}. A row without a label is
not compared. Label agreement is what the eval asks of the tool: the second labeller's first alternative equals one of
the label file's (NFKC, no spaces); "overlap" counts any alternative in common.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    deal: { type: 'string' },
    seed: { type: 'string', default: '36' },
    sheets: { type: 'string', default: '2' },
    'per-text': { type: 'string', default: '8' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help || (!values.deal && positionals.length === 0)) {
  console.log(help);
  process.exit(values.help ? 0 : 2);
}
const labels = Object.fromEntries(await Promise.all(halves.map(async (h) => [h, await readLabels(h)] as const))) as Record<Half, LabelledText[]>;

if (values.deal) {
  const numbers = ['seed', 'sheets', 'per-text'] as const;
  for (const n of numbers)
    if (!/^\d+$/.test(values[n]) || (n !== 'seed' && Number(values[n]) < 1)) {
      console.error(`--${n} ${values[n]}: give a whole number${n === 'seed' ? '' : ' of at least 1'}`);
      process.exit(2);
    }
  const sheets = dealSheets(labels, { seed: Number(values.seed), sheets: Number(values.sheets), perText: Number(values['per-text']) });
  for (const [i, rows] of sheets.entries()) {
    const file = join(values.deal, `sheet-${String.fromCharCode(65 + i)}.tsv`);
    await writeFile(file, formatSheet(rows));
    console.log(`${file}: ${rows.length} figures of ${new Set(rows.map((r) => `${r.half}/${r.text}`)).size} texts`);
  }
} else {
  const byKey = new Map(halves.flatMap((h) => labels[h].map((t) => [`${h}/${textNumber(t)}`, t] as const)));
  for (const sheet of positionals) {
    const tsv = await readFile(sheet, 'utf8').catch(() => {
      console.error(`${sheet}: cannot read it; give the path of a sheet (a .tsv dealt by --deal)`);
      process.exit(1);
    });
    let compared: ReturnType<typeof compareSheet>;
    try {
      compared = compareSheet(parseSheet(tsv, sheet), byKey, sheet);
    } catch (error) {
      console.error((error as Error).message);
      process.exit(1);
    }
    const { agreement, disagreements } = compared;
    console.log(sheet);
    for (const h of halves) {
      const a = agreement[h];
      if (a.figures === 0) continue;
      const pc = (n: number, of: number): string => `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;
      console.log(
        `  ${h}: ${a.figures} figures of ${a.texts} texts; label ${pc(a.label, a.figures)}, overlap ${pc(a.labelOverlap, a.figures)}, kind ${pc(a.kind, a.figures)}, period ${pc(...a.period)}`,
      );
    }
    if (values.verbose) for (const d of disagreements) console.log(`    ${d.half} ${d.text} #${d.fig} L${d.line} ${d.match}: ${d.what.join('; ')}`);
  }
}
