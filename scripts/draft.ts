// npm run draft -- [--provider anthropic|openai] [--model NAME] [--base-url URL] ARTICLE…
// Fills the titles and summaries nobody has written yet (and refreshes earlier drafts), labelled machine-drafted.
import { writeFields, readArticleFile } from '../src/draft/fields.ts';
import { offlineDraft, type FieldChange } from '../src/draft/offline.ts';
import { PROVIDERS, providerDraft, type Provider } from '../src/draft/provider.ts';
import { articlePathsFrom } from './article-args.ts';
import { commandArgs, CONTENT_ROOT_OPTION } from './cli-args.ts';

const USAGE = `usage: npm run draft -- [--provider anthropic|openai] [--model NAME] [--base-url URL] ARTICLE…
  ARTICLE: a file in content/articles/, or its slug.
  Without --provider: an extractive summary in the article's language (its own sentences, no service needed).
  With --provider: a model drafts the summary (citing its passages) and translates summary and title;
  the key comes from ${Object.values(PROVIDERS)
    .map((p) => p.keyVariable)
    .join(' or ')}.
  Only missing fields and earlier drafts are written; a person's text is never changed.`;

const { values, positionals } = commandArgs(
  {
    provider: { type: 'string' },
    model: { type: 'string' },
    'base-url': { type: 'string' },
    'content-root': CONTENT_ROOT_OPTION,
  },
  USAGE,
  { needsPositionals: true },
);
const provider = values.provider as Provider | undefined;
if (provider !== undefined && !(provider in PROVIDERS)) {
  console.error(`--provider must be one of ${Object.keys(PROVIDERS).join(', ')}, not "${provider}".`);
  process.exit(2);
}

const describe = ({ group, lang, field }: FieldChange) =>
  `${group}.${lang}${field.status === 'machine' ? ` (${[field.model, field.method].filter(Boolean).join(', ')}${field.passages ? `; from ${field.passages.join(', ')}` : ''})` : ''}`;

let failed = 0;
for (const { path, file } of articlePathsFrom(positionals, values['content-root'])) {
  try {
    const article = readArticleFile(path, file);
    const now = new Date();
    const draft = provider
      ? await providerDraft(article, { provider, model: values.model, baseURL: values['base-url'] }, now)
      : await offlineDraft(article, now);
    if (draft.changes.length > 0) {
      writeFields(article, draft.changes);
      console.log(`✓ ${file}: drafted ${draft.changes.map(describe).join(', ')}`);
    } else console.log(`· ${file}: nothing drafted.`);
    for (const note of draft.notes) console.log(`  ${note}`);
  } catch (error) {
    failed++;
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed === 0)
  console.log('The drafts are labelled machine-drafted on every page; `npm run review -- ARTICLE` marks them reviewed once a person has read them.');
process.exit(failed > 0 ? 1 : 0);
