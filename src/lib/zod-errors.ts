import type { z } from 'astro/zod';
import { ContentError } from './content-error.ts';

/** The value at a path of the parsed YAML (zod's issues do not carry it). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

const kindOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a mapping'
        : `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${JSON.stringify(value)}`;

/** Turns schema issues into errors that name the file and the field, in an editor's words. */
export function zodIssuesToErrors(file: string, issues: readonly z.core.$ZodIssue[], data?: unknown): ContentError[] {
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    // Without the parsed data, only what the issue carries (zod leaves `input` out by default).
    const input = data === undefined ? issue.input : valueAt(data, issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) => new ContentError(file, field ? `${field}.${key}` : key, 'unknown field.', 'check its spelling against the README, or remove it.'),
      );
    }
    const expected =
      issue.code === 'invalid_type'
        ? issue.expected === 'object'
          ? 'a mapping (fields below it)'
          : issue.expected === 'array'
            ? 'a list'
            : `a ${issue.expected}`
        : '';
    if (issue.code === 'invalid_type' && input === undefined) {
      return [new ContentError(file, field, `missing: ${expected} is required here.`, 'add this field.')];
    }
    if (issue.code === 'invalid_type') {
      return [
        new ContentError(
          file,
          field,
          `${kindOf(input)} is not ${expected}.`,
          issue.expected === 'string' ? 'write it as text (quote it).' : 'see the README for what this field holds.',
        ),
      ];
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [new ContentError(file, field, `${JSON.stringify(input) ?? 'nothing'} is not allowed.`, `use one of ${allowed}.`)];
    }
    return [new ContentError(file, field, issue.message)];
  });
}
