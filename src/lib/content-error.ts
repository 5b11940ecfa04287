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

/**
 * Several content errors reported together, so one build shows every problem at once.
 * The list is `problems`, not `errors`: Astro shows only the first item of an error's
 * `errors` array (it takes it for a bundler's), while it prints this message whole.
 */
export class ContentErrors extends Error {
  readonly problems: readonly ContentError[];

  constructor(problems: readonly ContentError[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((e) => `- ${e.message}`).join('\n'));
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

/** Throws the collected errors, if any. */
export function throwIfAny(errors: readonly ContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
}

/** The content problems an error carries, or undefined when it is not a content error (a bug). */
export function problemsOf(error: unknown): readonly ContentError[] | undefined {
  if (error instanceof ContentErrors) return error.problems;
  if (error instanceof ContentError) return [error];
  return undefined;
}

/**
 * Runs a reader, adding its content problems to `into` instead of throwing them,
 * so that the problems of several readers are reported together.
 */
export function collectProblems<T>(into: ContentError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    const problems = problemsOf(error);
    if (!problems) throw error;
    into.push(...problems);
    return undefined;
  }
}
