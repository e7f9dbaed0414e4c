// joined-text: every answer JoinedText keeps as lines are added is the one join-lines' regexes give over the whole text.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { bracketDepth } from '../src/pipeline/patterns.ts';
import { CLAUSE_COMMA, EDGE, JoinedText } from '../src/pipeline/clean/joined-text.ts';

const ENDS_WITH_NOTE = /[。！？!?][（(][^（）()]*[）)]$/;
const URL_END = /(?:https?:\/\/|www\.)[\x21-\x7e ]*$/u;

/** What join-lines read of the whole text before JoinedText (session 31). */
const overWhole = (text: string) => {
  const open = text.slice(text.search(/[^。！？!?；;]*$/));
  return {
    length: text.length,
    head: text.slice(0, EDGE),
    tail: text.slice(-EDGE),
    depth: bracketDepth(text),
    marks: /[，,。；;：:]/.test(text),
    nonSpace: text.match(/\S/g)?.length ?? 0,
    openLength: open.length,
    openClause: CLAUSE_COMMA.test(open),
    endsInUrl: URL_END.test(text),
    endsWithNote: ENDS_WITH_NOTE.test(text),
  };
};
const kept = (t: JoinedText) => ({
  length: t.length,
  head: t.head,
  tail: t.tail,
  depth: t.depth,
  marks: t.marks,
  nonSpace: t.nonSpace,
  openLength: t.openLength,
  openClause: t.openClause(),
  endsInUrl: t.endsInUrl(),
  endsWithNote: t.endsWithNote(),
});

// the characters the rules turn on, and a few of each kind around them
const piece = fc
  .array(
    fc.constantFrom(
      '，',
      ',',
      ' ',
      '\u3000',
      '\t',
      '\r',
      '\u00a0',
      '1',
      '9',
      'a',
      '。',
      '；',
      '!',
      '？',
      '?',
      '！',
      '（',
      '）',
      '(',
      ')',
      '“',
      '”',
      '甲',
      'h',
      't',
      'p',
      's',
      ':',
      '/',
      'w',
      '.',
      '、',
      '：',
    ),
    {
      maxLength: 12,
    },
  )
  .map((c) => c.join(''));
const pieces = fc.tuple(
  piece.filter((p) => p !== ''),
  fc.array(fc.tuple(fc.constantFrom('', ' '), piece), { maxLength: 12 }),
);

test('after every line added, each answer is the regex over the whole text (fast-check)', () => {
  fc.assert(
    fc.property(pieces, ([first, rest]) => {
      const t = new JoinedText(first);
      let text = first;
      expect(kept(t)).toEqual(overWhole(text));
      for (const [sep, line] of rest) {
        t.append(sep, line);
        text += sep + line;
        expect(kept(t)).toEqual(overWhole(text));
        expect(t.text()).toBe(text);
      }
      expect(t.lines).toBe(rest.length + 1);
    }),
    { numRuns: 3000 },
  );
});

// (each row names the answer it is about: the value expected of it, and the regex over the whole text agrees)
test.each([
  ['a link the next line completes', ['见http:', '//www.gov.cn'], 'endsInUrl', true],
  ['a link before Han text', ['见https://www.gov.cn', '的通知'], 'endsInUrl', false],
  ['a note after a full stop, closed on the next line', ['加快建设。（责任单位：', '省发展改革委）'], 'endsWithNote', true],
  ['a note whose bracket holds another', ['加快建设。（见（一）', '）'], 'endsWithNote', false],
  ['a comma between two numbers, then a word', ['电话 0531-67800967 ,', ' 67800757'], 'openClause', false],
  ['a comma at the end: a clause comma until a number follows', ['总量达到 12 ,'], 'openClause', true],
  ['a bracket opened on one line, still open on the next', ['加强（基础', '研究'], 'depth', 1],
  ['a bracket opened on one line and closed two lines on', ['加强（基础', '研究', '）工作'], 'depth', 0],
  ['a line of only spaces added', ['加快建设，', '   '], 'openClause', true],
] as const)('%s: %s', (_, [first, ...rest], field, expected) => {
  const t = new JoinedText(first);
  for (const line of rest) t.append('', line);
  const whole = overWhole(t.text());
  expect(kept(t)[field]).toBe(expected);
  expect(kept(t)).toEqual(whole);
});
