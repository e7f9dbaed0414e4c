// joined-text: a paragraph put together line by line, read at its ends while it grows, its text joined once when it is done.
// join-lines asks at every line break how the paragraph so far ends (。, a bracket note, a link, an open sentence with a comma), how it
// begins and how many brackets it leaves open. Asking the whole text again at every line (a regex over it, or V8 only flattening the
// string the joins built) made a paragraph of n lines cost n times its length: 400 wrapped lines of a CSV row, 1 MB, took 9 CPU s.
// Here each line is read once when it is added, and each answer is the one the regex over the whole text gives (test/joined-text.test.ts).
//   const t = new JoinedText('（一）加强'); t.append('', '基础研究，') → t.tail '（一）加强基础研究，', t.depth 0, t.text() the same
import { bracketDepth } from '../patterns.ts';

/** How many characters of each end `head` and `tail` keep: more than any rule reads at an end (splitYear four, KEY_VALUE's key 24). */
export const EDGE = 64;
/** The marks that end the open sentence (isOpenAfterComma: `[^。！？!?；;]*$`). */
const STOP = /[。！？!?；;]/;
/** A comma between clauses, as join-lines reads the open sentence: not one between two numbers (`0531-67800967 , 67800757`). */
export const CLAUSE_COMMA = /，|(?<!\d\s*),|,(?!\s*\d)/;
/** A link's start: the paragraph ends in a link when its trailing run of printable ASCII holds one (URL_END in join-lines). */
const URL_START = /https?:\/\/|www\./;
const MARK = /[，,。；;：:]/;
const isUrlChar = (c: number): boolean => c === 0x20 || (c >= 0x21 && c <= 0x7e);
const isSpace = (c: string): boolean => /\s/.test(c);
const isBracket = (c: string): boolean => c === '（' || c === '(' || c === '）' || c === ')';

/** A paragraph's text as lines are added to it: what join-lines reads of it, kept as it grows; `text()` joins it. */
export class JoinedText {
  private readonly pieces: string[] = [];
  private joined: string | undefined;
  /** The text's length. */
  length = 0;
  /** Lines added (the first included). */
  lines = 0;
  /** The first EDGE characters (the whole text while it is shorter). */
  head = '';
  /** The last EDGE characters (the whole text while it is shorter). */
  tail = '';
  /** bracketDepth of the text: opening brackets less closing ones. */
  depth = 0;
  /** The text holds a clause or sentence mark, `[，,。；;：:]`. */
  marks = false;
  /** Characters that are not white space (`\S`). */
  nonSpace = 0;
  /** The length of the open sentence: the text after its last 。！？!?；; (all of it when there is none). */
  openLength = 0;
  /** The open sentence holds a clause comma that no later character can undo (one of the part before `zone`). */
  private settled = false;
  /** The open sentence's trailing commas and white space, `[,\s]*$`: each comma there is a clause comma while nothing follows. */
  private zone = '';
  /** The character before `zone` in the open sentence ('' when there is none): a digit there makes a comma after it no clause comma. */
  private before = '';
  /** The trailing run of printable ASCII holds a link's start. */
  private runUrl = false;
  /** The run's last 7 characters: a link's start that a new line completes (`https://` is 8) begins among them. */
  private runLast = '';

  constructor(first: string) {
    this.append('', first);
  }

  /** Adds a line, with the separator join-lines puts before it (a space between two Latin words, else ''). */
  append(sep: string, line: string): void {
    const s = sep + line;
    this.pieces.push(s);
    this.joined = undefined;
    this.lines++;
    this.length += s.length;
    if (this.head.length < EDGE) this.head = (this.head + s).slice(0, EDGE);
    this.tail = s.length >= EDGE ? s.slice(-EDGE) : (this.tail + s).slice(-EDGE);
    this.depth += bracketDepth(s);
    this.marks ||= MARK.test(s);
    this.nonSpace += s.match(/\S/g)?.length ?? 0;
    this.readRun(s);
    let stop = s.length - 1;
    while (stop >= 0 && !STOP.test(s[stop]!)) stop--;
    if (stop >= 0) {
      this.openLength = 0;
      this.settled = false;
      this.zone = '';
      this.before = '';
    }
    this.extendOpen(s.slice(stop + 1));
  }

  /** The whole text (joined once, and again only after a line is added). */
  text(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  /** The open sentence holds a clause comma: CLAUSE_COMMA over it. */
  openClause(): boolean {
    return this.settled || this.zone.includes(',');
  }

  /** The text ends in a link: `(?:https?:\/\/|www\.)[\x21-\x7e ]*$`. */
  endsInUrl(): boolean {
    return this.runUrl;
  }

  /**
   * A sentence ended and a note in brackets after it, `[。！？!?][（(][^（）()]*[）)]$`: read back from the closing bracket to the
   * bracket before it. Each read stops at the closing bracket the last read started from, so all of them read the text once.
   */
  endsWithNote(): boolean {
    const last = this.tail.at(-1);
    if (last !== '）' && last !== ')') return false;
    // the closing bracket's place (a line added may be empty), and back from the character before it
    let k = this.pieces.length - 1;
    while (this.pieces[k] === '') k--;
    let i = this.pieces[k]!.length - 2;
    for (;;) {
      while (i < 0) {
        if (--k < 0) return false;
        i = this.pieces[k]!.length - 1;
      }
      const c = this.pieces[k]![i]!;
      if (isBracket(c)) {
        if (c !== '（' && c !== '(') return false;
        // the character before the opening bracket
        let j = i - 1;
        let m = k;
        while (j < 0 && m > 0) j = this.pieces[--m]!.length - 1;
        return j >= 0 && /[。！？!?]/.test(this.pieces[m]![j]!);
      }
      i--;
    }
  }

  /** The trailing run of printable ASCII after `s` is added: s's own when s holds another character, else the run grown by s. */
  private readRun(s: string): void {
    let i = s.length - 1;
    while (i >= 0 && isUrlChar(s.charCodeAt(i))) i--;
    if (i >= 0) {
      const run = s.slice(i + 1);
      this.runUrl = URL_START.test(run);
      this.runLast = run.slice(-7);
    } else {
      const seen = this.runLast + s;
      this.runUrl ||= URL_START.test(seen);
      this.runLast = seen.slice(-7);
    }
  }

  /**
   * The open sentence grown by `x` (no stop in it). A comma's lookbehind reads back to the first character that is no white
   * space, and its lookahead forward to the same, so a comma before the zone is settled, and one in the zone is a clause comma while
   * the zone ends the text; what x adds is read with the zone and the character before it.
   */
  private extendOpen(x: string): void {
    this.openLength += x.length;
    let z = x.length;
    while (z > 0 && (x[z - 1] === ',' || isSpace(x[z - 1]!))) z--;
    if (z === 0) {
      this.zone += x;
      return;
    }
    if (!this.settled) this.settled = CLAUSE_COMMA.test(this.before + this.zone + x.slice(0, z));
    this.before = x[z - 1]!;
    this.zone = x.slice(z);
  }
}
