/**
 * An error in a content file, worded for the editor who has to fix it:
 * which file, which field, what is wrong and what to do.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | undefined;

  constructor(file: string, field: string | undefined, problem: string, fix?: string) {
    const where = field ? `${file} → ${field}` : file;
    super(`${where}: ${problem}${fix ? `\n  Fix: ${fix}` : ''}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

/** Several content errors reported together, so one build shows every problem at once. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(
      `${errors.length} content problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `- ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/** Throws the collected errors, if any. */
export function throwIfAny(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
}
