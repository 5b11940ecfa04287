import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

/** Turns schema issues into errors that name the file and the field, in an editor's words. */
export function zodIssuesToErrors(file: string, issues: readonly z.core.$ZodIssue[]): ContentError[] {
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) =>
          new ContentError(file, field ? `${field}.${key}` : key, 'unknown field.', 'check its spelling against the README, or remove it.'),
      );
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [new ContentError(file, field, `missing: a ${issue.expected} is required here.`, 'add this field.')];
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [new ContentError(file, field, `${JSON.stringify(issue.input)} is not allowed.`, `use one of ${allowed}.`)];
    }
    return [new ContentError(file, field, issue.message)];
  });
}
