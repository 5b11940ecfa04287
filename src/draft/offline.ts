import { isLocale } from '../i18n/locales.ts';
import { articlePassages } from '../markdown/passages.ts';
import type { DraftMethod, Field } from '../schemas/authorship.ts';
import { extractiveSummary, extractiveTitle } from './extractive.ts';
import type { ArticleOnDisk } from './fields.ts';

/** The name a draft gives as its `program`. */
export const PROGRAM = 'dossier draft';

export interface FieldChange {
  group: 'title' | 'summary';
  lang: string;
  field: Field;
}

export interface Draft {
  changes: FieldChange[];
  /** What was left alone, and why, for the editor. */
  notes: string[];
}

/** An offline draft may replace a missing field or its own earlier draft, never a person's text nor a model's draft. */
const offlineMayWrite = (field: Field | undefined) =>
  field === undefined || field.status === 'missing' || (field.status === 'machine' && field.method === 'extractive' && field.model === undefined);

/**
 * The draft that needs no service: the summary in the article's language made
 * of its own sentences (TextRank, see extractive.ts), and, when the source has
 * no title, its best short sentence as one. Translations need a model: without
 * one, the other languages stay `missing` and the pages say so.
 */
export async function offlineDraft(article: ArticleOnDisk, now: Date): Promise<Draft> {
  const { data, body, file } = article;
  const language = data.language;
  const passages = await articlePassages(body, language);
  const changes: FieldChange[] = [];
  const notes: string[] = [];
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const machine = (text: string, passageIds: string[]): Field => ({
    status: 'machine',
    text,
    program: PROGRAM,
    method: 'extractive' satisfies DraftMethod,
    at,
    passages: [...new Set(passageIds)],
  });

  if (!isLocale(language)) {
    notes.push(
      `${file}: the article is in "${language}", not a site language: an extractive summary would not be in one. \`npm run draft -- --provider … ${file}\` drafts and translates one.`,
    );
  } else if (!offlineMayWrite(data.summary[language])) {
    notes.push(`${file} → summary.${language}: ${data.summary[language].status === 'machine' ? 'drafted by a model' : 'a person’s'}; left alone.`);
  } else {
    const summary = extractiveSummary(passages, language);
    if (summary)
      changes.push({
        group: 'summary',
        lang: language,
        field: machine(
          summary.text,
          summary.sentences.map((s) => s.passage),
        ),
      });
    else notes.push(`${file} → summary.${language}: the text has fewer than two sentences a summary can be made of; left missing.`);
  }

  const title = data.title[language];
  if (offlineMayWrite(title)) {
    const chosen = extractiveTitle(passages, language);
    if (chosen) changes.push({ group: 'title', lang: language, field: machine(chosen.text, [chosen.passage]) });
  }
  const untranslated = (['title', 'summary'] as const).flatMap((group) =>
    Object.entries(data[group])
      .filter(([lang, field]) => lang !== language && typeof field === 'object' && field.status === 'missing')
      .map(([lang]) => `${group}.${lang}`),
  );
  if (untranslated.length > 0)
    notes.push(`${file}: still missing, as no offline draft translates: ${untranslated.join(', ')} (the pages say so; \`--provider\` drafts them).`);
  return { changes, notes };
}
