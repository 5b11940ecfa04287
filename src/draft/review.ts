import type { Field } from '../schemas/authorship.ts';
import { impliedStatus, type ArticleOnDisk } from './fields.ts';
import type { FieldChange } from './offline.ts';

export type ReviewedAs = 'written' | 'translated';

/**
 * Marks fields as a person's: each keeps its text (as the reviewer corrected
 * it in the file) and becomes `written` in the original language, `translated`
 * in the others, or `as` says. A missing field cannot be reviewed: there is
 * nothing to read.
 */
export function reviewChanges(article: ArticleOnDisk, paths: readonly string[], as?: ReviewedAs): FieldChange[] {
  const problems: string[] = [];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const match = /^(title|summary)\.([A-Za-z-]+)$/.exec(path);
    const group = match?.[1] as 'title' | 'summary' | undefined;
    const lang = match?.[2];
    const field = group && lang ? (article.data[group] as Record<string, Field | boolean | string>)[lang] : undefined;
    if (!group || !lang || typeof field !== 'object') {
      problems.push(`${article.file} → ${path}: no such field; name one as "summary.fr" or "title.en".`);
      continue;
    }
    if (field.status === 'missing') {
      problems.push(`${article.file} → ${path}: missing, so there is nothing to review; write it (or \`npm run draft\`) first.`);
      continue;
    }
    const status = as ?? impliedStatus(article.data, group, lang);
    if (field.status !== status) changes.push({ group, lang, field: { status, text: field.text } });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return changes;
}
