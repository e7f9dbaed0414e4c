import { decodeSource } from '/work/wt-shapes22/src/pipeline/decode.ts';
import { shapes } from '/work/wt-shapes22/scripts/lib/shapes.ts';
import { buildLabelled, evalContext, readLabelledSource, readLabels } from '/work/wt-shapes22/scripts/eval.ts';
import { mapLines } from '/work/wt-shapes22/scripts/shapes.ts';
import { scoreText } from '/work/wt-shapes22/scripts/lib/eval.ts';
const [text, shape = 'govcn-one-line', what = 'meta'] = process.argv.slice(2);
const context = await evalContext();
for (const label of await readLabels('dev', text)) {
  const input = await readLabelledSource(label);
  const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
  const shaped = (shapes as any)[shape]({ lines, meta: label.meta });
  const orig = buildLabelled(label, input, context);
  const rec = mapLines(buildLabelled(label, { ...input, bytes: shaped.bytes }, context), shaped.lines);
  console.log('==', label.file);
  if (what === 'meta') { console.log(orig.title, JSON.stringify(orig.meta)); console.log(rec.title, JSON.stringify(rec.meta)); }
  if (what === 'body') console.log((rec as any).body?.slice?.(0, 3000) ?? Object.keys(rec));
  if (what === 'misses') { console.log(scoreText(label, orig).misses?.join('\n')); console.log('--variant'); console.log(scoreText(label, rec).misses?.join('\n')); }
  if (what === 'sections') { console.log(orig.sections.map(s=>`${s.line} ${s.number}${JSON.stringify(s.title.slice(0,80))}`).join('\n')); console.log('--variant'); console.log(rec.sections.map(s=>`${s.line} ${s.number}${JSON.stringify(s.title.slice(0,80))}`).join('\n')); }
}
if (what === 'raw') for (const label of await readLabels('dev', text)) {
  const input = await readLabelledSource(label);
  const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
  const shaped = (shapes as any)[shape]({ lines, meta: label.meta });
  const rec = buildLabelled(label, { ...input, bytes: shaped.bytes }, context);
  console.log(shaped.lines.map((l: any, i: number) => `${i + 1}:${Array.isArray(l) ? 'P' + l.length : l}`).join(' '));
  console.log(rec.sections.slice(0, 8).map((s) => `${s.line} ${s.number}${s.title.slice(0, 10)}`).join('\n'));
}
if (what === 'para') for (const label of await readLabels('dev', text)) {
  const input = await readLabelledSource(label);
  const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
  const shaped = (shapes as any)[shape]({ lines, meta: label.meta });
  const rec = buildLabelled(label, { ...input, bytes: shaped.bytes }, context);
  const { paragraphOf } = await import('/work/wt-shapes22/scripts/shapes.ts');
  const one = shaped.lines.find((l: any) => Array.isArray(l));
  for (const s of rec.sections.slice(0, 4)) { const c = `${s.number}${s.title}`; console.log(paragraphOf(one, [c, s.title]), JSON.stringify(c), [...c.slice(0,6)].map(x=>x.codePointAt(0)!.toString(16)).join(' ')); }
}
if (what === 'joins') for (const label of await readLabels('dev', text)) {
  const input = await readLabelledSource(label);
  const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
  const shaped = (shapes as any)[shape]({ lines, meta: label.meta });
  const rec = buildLabelled(label, { ...input, bytes: shaped.bytes }, context) as any;
  const counts: Record<string, number> = {};
  for (const c of rec.cleaning) if (c.kind === 'line-join') { const r = c.note.replace(/^lines [^:]*: /, ''); counts[r] = (counts[r] ?? 0) + 1; }
  console.log(counts);
  const kinds: Record<string, number> = {}; for (const c of rec.cleaning) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1; console.log(kinds);
}
if (what === 'head') for (const label of await readLabels('dev', text)) {
  const input = await readLabelledSource(label);
  const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
  const shaped = (shapes as any)[shape]({ lines, meta: label.meta });
  const rec = buildLabelled(label, { ...input, bytes: shaped.bytes }, context) as any;
  console.log(rec.body.slice(0, 600)); console.log(rec.cleaning.filter((c: any) => c.kind !== 'html-markup').slice(0, 12).map((c: any) => `${c.kind} ${c.line} ${c.text.slice(0, 60)} ${c.note ?? ''}`).join('\n'));
}
if (what === 'figs') for (const label of await readLabels('dev', text)) {
  const input = await readLabelledSource(label);
  const lines = decodeSource(input.bytes).text.replace(/\r\n?/g, '\n').split('\n');
  const shaped = (shapes as any)[shape]({ lines, meta: label.meta });
  const rec = buildLabelled(label, { ...input, bytes: shaped.bytes }, context) as any;
  const mapped = mapLines(rec, shaped.lines);
  rec.indicators.forEach((f: any, i: number) => console.log(f.line, mapped.indicators[i]!.line, f.match, JSON.stringify(f.text.slice(0, 80))));
}
