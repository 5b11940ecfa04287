import { readFileSync } from 'node:fs';
import { LOCALES } from '../i18n/locales.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import type { Field } from '../schemas/authorship.ts';
import { throwIfAny, type ContentError } from '../lib/content-error.ts';
import { editFrontmatter, writeFileAtomically, type FieldEdit } from '../lib/frontmatter-edit.ts';
import { decodeTextFile } from '../lib/text-file.ts';
import { parseMarkdownFile } from '../lib/yaml.ts';
import { zodIssuesToErrors } from '../lib/zod-errors.ts';

/** One article file, read and validated, ready to be edited. */
export interface ArticleOnDisk {
  path: string;
  /** As given on the command line, for messages. */
  file: string;
  source: string;
  data: ArticleData;
  body: string;
}

export function readArticleFile(path: string, file = path): ArticleOnDisk {
  const source = decodeTextFile(readFileSync(path), file);
  const { frontmatter, body } = parseMarkdownFile(source, file);
  const parsed = articleSchema.safeParse(frontmatter ?? {});
  if (!parsed.success) throwIfAny(zodIssuesToErrors(file, parsed.error.issues));
  return { path, file, source, data: parsed.data!, body };
}

/** The title languages: the original's and the site's. */
export const titleLanguages = (data: ArticleData): string[] => [...new Set([data.language, ...LOCALES])];

/** May a program write this field? Only where no person has: a missing field, or one a program drafted. */
export const programMayWrite = (field: Field | undefined): boolean => field === undefined || field.status === 'missing' || field.status === 'machine';

/** Each field as the frontmatter will hold it; the person's plain-text form when `written`/`translated` matches what the article implies. */
export function fieldValue(field: Field, implied: 'written' | 'translated'): unknown {
  if (field.status === 'missing') return { status: 'missing' };
  if (field.status === implied) return field.text;
  if (field.status !== 'machine') return { status: field.status, text: field.text };
  const { status, text, program, model, method, at, passages } = field;
  return { status, text, program, ...(model ? { model } : {}), ...(method ? { method } : {}), at, ...(passages ? { passages } : {}) };
}

/** What a plain string would mean in this place: `written` in the original (or `writtenIn`) language, `translated` elsewhere. */
export function impliedStatus(data: ArticleData, group: 'title' | 'summary', lang: string): 'written' | 'translated' {
  return (group === 'title' ? lang === data.language : lang === data.summary.writtenIn) ? 'written' : 'translated';
}

/**
 * Writes the changed fields into the article file, atomically, leaving every
 * other byte as it was; refuses (writing nothing) when the result would not
 * pass the build's own schema.
 */
export function writeFields(article: ArticleOnDisk, changes: readonly { group: 'title' | 'summary'; lang: string; field: Field }[]): string {
  const edits: FieldEdit[] = changes.map(({ group, lang, field }) => ({
    path: [group, lang],
    value: fieldValue(field, impliedStatus(article.data, group, lang)),
  }));
  const text = editFrontmatter(article.file, article.source, edits);
  const { frontmatter } = parseMarkdownFile(text, article.file);
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const errors: ContentError[] = zodIssuesToErrors(article.file, parsed.error.issues);
    throw new Error(`the edited article would not build; nothing written:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  writeFileAtomically(article.path, text, article.source);
  return text;
}
