import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { articlePassages, type Passage } from '../markdown/passages.ts';
import { sentenceCount } from '../schemas/article.ts';
import { hasText, type Field } from '../schemas/authorship.ts';
import { programMayWrite, titleLanguages, type ArticleOnDisk } from './fields.ts';
import { PROGRAM, type Draft, type FieldChange } from './offline.ts';

export const PROVIDERS = {
  anthropic: { defaultModel: 'claude-sonnet-4-5', keyVariable: 'ANTHROPIC_API_KEY' },
  openai: { defaultModel: 'gpt-5-mini', keyVariable: 'OPENAI_API_KEY' },
} as const;
export type Provider = keyof typeof PROVIDERS;

export interface ProviderOptions {
  provider: Provider;
  model?: string | undefined;
  /** The SDK's `baseURL` option: a compatible server, or a local one in tests. Unset, the SDK uses its own default (or its *_BASE_URL variable). */
  baseURL?: string | undefined;
}

/** A model's reply that cannot be used: nothing is written, and the message says why. */
export class DraftRejected extends Error {
  constructor(file: string, model: string, problems: readonly string[]) {
    super(`${file}: the draft from ${model} was rejected, nothing written:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'DraftRejected';
  }
}

/** What the model is asked for: which fields it may fill, given what people have already written. */
interface Request {
  /** The summary language, when its summary is to be drafted from the text. */
  summary: Locale | undefined;
  /** A person's (or an earlier draft's) summary to translate, when the summary itself is not drafted. */
  sourceSummary: { lang: Locale; text: string; passages: string[] | undefined } | undefined;
  /** Languages whose summary is to be translated. */
  summaryTranslations: Locale[];
  /** Languages whose title is to be drafted (the original) or translated. */
  titles: string[];
}

function plan(article: ArticleOnDisk): Request {
  const { data } = article;
  const writtenIn = data.summary.writtenIn;
  const own = data.summary[writtenIn];
  const summary = programMayWrite(own) ? writtenIn : undefined;
  const sourceSummary =
    summary === undefined && hasText(own) ? { lang: writtenIn, text: own.text, passages: own.status === 'machine' ? own.passages : undefined } : undefined;
  const summaryTranslations = LOCALES.filter((l) => l !== writtenIn && programMayWrite(data.summary[l]));
  const titles = titleLanguages(data).filter((l) => programMayWrite(data.title[l]));
  return { summary, sourceSummary, summaryTranslations, titles };
}

const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

export function buildPrompt(article: ArticleOnDisk, passages: readonly Passage[], request: Request): { system: string; user: string } {
  const { data } = article;
  const existingTitle = hasText(data.title[data.language]) ? (data.title[data.language] as { text: string }).text : undefined;
  const tasks: string[] = [];
  if (request.summary) {
    tasks.push(
      `"summary": a summary of the article in ${languageName(request.summary)} (${request.summary}), 2 to 4 sentences, that states only what the article says. ` +
        'Give it as {"sentences": [{"text": "…", "passages": ["p-…"]}]}: each sentence with the ids of the passages it rests on (at least one each, only ids listed above).',
    );
  } else if (request.sourceSummary && request.summaryTranslations.length > 0) {
    tasks.push(`The summary to translate, in ${languageName(request.sourceSummary.lang)}: ${JSON.stringify(request.sourceSummary.text)}`);
  }
  if (request.titles.includes(data.language))
    tasks.push(`"title": a short, factual title in ${languageName(data.language)} (${data.language}) that says only what the article says.`);
  const translated = [...new Set([...request.summaryTranslations, ...request.titles.filter((l) => l !== data.language)])];
  if (translated.length > 0) {
    const parts = translated.map((l) => {
      const fields = [request.summaryTranslations.includes(l as Locale) && '"summary"', request.titles.includes(l) && '"title"'].filter(Boolean).join(' and ');
      return `"${l}" (${languageName(l)}): ${fields}`;
    });
    tasks.push(
      `"translations": faithful translations of the summary (keeping its sentences) and of the title${existingTitle && !request.titles.includes(data.language) ? ` (${JSON.stringify(existingTitle)})` : ''}, as {"<language>": {"summary": "…", "title": "…"}}, for: ${parts.join('; ')}.`,
    );
  }
  return {
    system:
      'You draft summaries, titles and translations for Dossier, a multilingual news site whose readers are told what a program wrote. ' +
      'Use only what the article says: no outside knowledge, no opinion, nothing the text does not state; attribute claims as the article does. ' +
      'Reply with one JSON object and nothing else.',
    user: [
      `The article, in ${languageName(data.language)} (${data.language}), passage by passage with each passage's id:`,
      ...passages.map((p) => `[${p.id}] ${p.text}`),
      '',
      'Reply with a JSON object with these keys:',
      ...tasks.map((t) => `- ${t}`),
    ].join('\n'),
  };
}

/** Asks the provider through its official SDK; the key comes from the environment, as the SDK reads it. */
async function complete(options: ProviderOptions, model: string, prompt: { system: string; user: string }): Promise<string> {
  const { keyVariable } = PROVIDERS[options.provider];
  const apiKey = process.env[keyVariable];
  if (!apiKey) throw new Error(`set ${keyVariable} to draft with ${options.provider} (the key is read from the environment, never from a file).`);
  // The key is passed explicitly, so the SDK uses this variable and no other credential it might find.
  const settings = { apiKey, maxRetries: 1, ...(options.baseURL ? { baseURL: options.baseURL } : {}) };
  if (options.provider === 'anthropic') {
    const client = new Anthropic(settings);
    const message = await client.messages.create({ model, max_tokens: 4096, system: prompt.system, messages: [{ role: 'user', content: prompt.user }] });
    return message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
  }
  const client = new OpenAI(settings);
  const completion = await client.chat.completions.create({
    model,
    messages: [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ],
    response_format: { type: 'json_object' },
  });
  return completion.choices[0]?.message.content ?? '';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Checks a reply against the request and the article, and turns it into field
 * changes; collects every problem, so the message names them all.
 */
export function readReply(
  article: ArticleOnDisk,
  passages: readonly Passage[],
  request: Request,
  reply: string,
  model: string,
  at: string,
  provider: Provider,
): FieldChange[] {
  const problems: string[] = [];
  const known = new Set(passages.map((p) => p.id));
  let json: unknown;
  try {
    json = JSON.parse(reply.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    throw new DraftRejected(article.file, model, [`the reply is not a JSON object: ${JSON.stringify(reply.slice(0, 120))}`]);
  }
  if (!isRecord(json)) throw new DraftRejected(article.file, model, ['the reply is not a JSON object.']);
  const machine = (text: string, passageIds: string[] | undefined): Field => ({
    status: 'machine',
    text: text.trim(),
    program: `${PROGRAM} (${provider})`,
    model,
    at,
    ...(passageIds && passageIds.length > 0 ? { passages: passageIds } : {}),
  });
  const checkCount = (text: string, lang: string, what: string) => {
    const count = sentenceCount(text, lang);
    if (count < 2 || count > 4) problems.push(`${what} has ${count} sentence${count === 1 ? '' : 's'}; a summary has 2 to 4.`);
  };
  const changes: FieldChange[] = [];

  let cited: string[] | undefined = request.sourceSummary?.passages;
  if (request.summary) {
    const sentences = isRecord(json['summary']) ? json['summary']['sentences'] : undefined;
    if (!Array.isArray(sentences) || sentences.length === 0)
      problems.push('"summary.sentences" is missing: the summary was not given sentence by sentence with its passages.');
    else {
      if (sentences.length < 2 || sentences.length > 4)
        problems.push(`the summary has ${sentences.length} sentence${sentences.length === 1 ? '' : 's'}; a summary has 2 to 4.`);
      const ids: string[] = [];
      sentences.forEach((s: unknown, i) => {
        const text = isRecord(s) ? s['text'] : undefined;
        const refs = isRecord(s) ? s['passages'] : undefined;
        if (!nonEmpty(text)) problems.push(`summary sentence ${i + 1} has no text.`);
        if (!Array.isArray(refs) || refs.length === 0) problems.push(`summary sentence ${i + 1} cites no passage: every sentence must rest on the text.`);
        else
          for (const ref of refs) {
            const id = typeof ref === 'string' ? ref.replace(/^#/, '') : String(ref);
            if (!known.has(id))
              problems.push(
                `summary sentence ${i + 1} cites "${String(ref)}", which the article does not have (its passages are p-1 to p-${passages.length}).`,
              );
            else ids.push(id);
          }
      });
      const text = sentences
        .map((s: unknown) => (isRecord(s) && nonEmpty(s['text']) ? s['text'].trim() : ''))
        .join(/^(zh|ja)\b/.test(request.summary) ? '' : ' ');
      if (problems.length === 0) {
        checkCount(text, request.summary, 'the summary');
        cited = [...new Set(ids)].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)));
        changes.push({ group: 'summary', lang: request.summary, field: machine(text, cited) });
      }
    }
  }
  if (request.titles.includes(article.data.language)) {
    if (!nonEmpty(json['title'])) problems.push('"title" is missing or empty.');
    else changes.push({ group: 'title', lang: article.data.language, field: machine(json['title'], undefined) });
  }
  const translations = isRecord(json['translations']) ? json['translations'] : {};
  for (const lang of request.summaryTranslations) {
    const text = isRecord(translations[lang]) ? translations[lang]['summary'] : undefined;
    if (!nonEmpty(text)) problems.push(`"translations.${lang}.summary" is missing or empty.`);
    else {
      checkCount(text, lang, `the ${lang} summary`);
      changes.push({ group: 'summary', lang, field: machine(text, cited) });
    }
  }
  for (const lang of request.titles.filter((l) => l !== article.data.language)) {
    const text = isRecord(translations[lang]) ? translations[lang]['title'] : undefined;
    if (!nonEmpty(text)) problems.push(`"translations.${lang}.title" is missing or empty.`);
    else changes.push({ group: 'title', lang, field: machine(text, undefined) });
  }
  if (problems.length > 0) throw new DraftRejected(article.file, model, problems);
  return changes;
}

/**
 * The model-backed draft: the summary from the text with the passages each
 * sentence rests on, and translations of summary and title, for every field no
 * person has written. Never run by the build or the tests' network.
 */
export async function providerDraft(article: ArticleOnDisk, options: ProviderOptions, now: Date): Promise<Draft> {
  const request = plan(article);
  const nothing = !request.summary && request.summaryTranslations.length === 0 && request.titles.length === 0;
  if (nothing) return { changes: [], notes: [`${article.file}: every title and summary is a person's; nothing to draft.`] };
  const model = options.model ?? PROVIDERS[options.provider].defaultModel;
  const passages = await articlePassages(article.body, article.data.language);
  const reply = await complete(options, model, buildPrompt(article, passages, request));
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { changes: readReply(article, passages, request, reply, model, at, options.provider), notes: [] };
}
