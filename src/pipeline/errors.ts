/** A problem with one source: where it is and what the editor should do about it. */
export class SourceError extends Error {
  readonly line: number | undefined;
  readonly hint: string;
  constructor(message: string, hint: string, line?: number) {
    super(message);
    this.name = 'SourceError';
    this.line = line;
    this.hint = hint;
  }
  /** `file:line: message — hint`, the one-line form the CLI prints. */
  format(file: string): string {
    return `${file}${this.line ? `:${this.line}` : ''}: ${this.message} — ${this.hint}`;
  }
}
