import type { ArticleData } from '../schemas/article.ts';
import { isDraftMethod, type MachineDraft } from '../schemas/authorship.ts';
import { dateTimeFormat } from '../lib/intl.ts';
import { shownSummary, shownTitle, type ShownField } from '../schemas/shown-field.ts';
import { HTML_LANG, type Locale } from '../i18n/locales.ts';
import { languageName, useTranslations } from '../i18n/translate.ts';

/**
 * Who wrote the title or summary a reader sees, in the reader's language: the
 * one place it is worded, for the page, search results, cards, JSON-LD and feeds.
 */

export type FieldKind = 'title' | 'summary';

/**
 * The short labels a shown field needs, in order: that it is another
 * language's text, and that a program drafted it. None for a person's text in
 * the page's language, nor when there is no text at all (the page says that itself).
 */
export function fieldLabels(kind: FieldKind, shown: ShownField | undefined, lang: Locale): string[] {
  const t = useTranslations(lang);
  if (!shown) return [];
  const labels: string[] = [];
  if (shown.fallback) labels.push(t(`field.${kind}.missing`, { language: languageName(lang, lang), from: languageName(shown.lang, lang) }));
  if (shown.field.status === 'machine') labels.push(t(`field.${kind}.machine`));
  return labels;
}

/**
 * "Drafted by dossier draft (sentences taken word for word from the article) on 2 December 2026.":
 * which program, how, and when. A model's name stays as it is; a method the site knows is said in the
 * reader's language, another as the entry gives it.
 */
export function machineCredit(draft: MachineDraft, lang: Locale): string {
  const t = useTranslations(lang);
  const date = dateTimeFormat(HTML_LANG[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(draft.at));
  const method = isDraftMethod(draft.method) ? t(`field.method.${draft.method}`) : draft.method;
  return t('field.machine.by', { program: draft.program, how: [draft.model, method].filter(Boolean).join(', '), date });
}

/** The title to show in `lang` and the language it is in; "Untitled article" when nobody has written or drafted one. */
export function titleIn(data: ArticleData, lang: Locale): { text: string; lang: string; shown: ShownField | undefined } {
  const shown = shownTitle(data, lang);
  return shown ? { text: shown.text, lang: shown.lang, shown } : { text: useTranslations(lang)('field.title.none'), lang, shown };
}

/** The summary to show in `lang` as plain text with its labels in front, for feeds, descriptions and search results. */
export function labelledSummary(data: ArticleData, lang: Locale): { text: string; labels: string[]; shown: ShownField | undefined } {
  const shown = shownSummary(data, lang);
  return { text: shown?.text ?? '', labels: fieldLabels('summary', shown, lang), shown };
}

/**
 * The summary as one line of plain text for places that carry no `lang` and no markup (feeds, meta
 * descriptions, unfurls): the labels first, in brackets, so no reader takes a draft for a person's text.
 */
export function describedSummary(data: ArticleData, lang: Locale): string {
  const summary = labelledSummary(data, lang);
  const labels = articleLabels(data, lang);
  const text = summary.shown ? summary.text : useTranslations(lang)('field.summary.none');
  return labels.length > 0 ? `[${labels.join(' · ')}] ${text}` : text;
}

/** The labels of an article's title and summary together, once each: for a card or a search result. */
export function articleLabels(data: ArticleData, lang: Locale): string[] {
  return [...new Set([...fieldLabels('title', shownTitle(data, lang), lang), ...fieldLabels('summary', shownSummary(data, lang), lang)])];
}
