// npm run review -- ARTICLE [--field summary.fr]… [--all] [--as written|translated]
// Marks machine-drafted titles and summaries as a person's, once someone has read (and corrected) them.
import { readArticleFile, writeFields } from '../src/draft/fields.ts';
import { reviewChanges, type ReviewedAs } from '../src/draft/review.ts';
import { unreviewedFields } from '../src/schemas/authorship.ts';
import { articlePathsFrom } from './article-args.ts';
import { commandArgs, CONTENT_ROOT_OPTION } from './cli-args.ts';

const USAGE = `usage: npm run review -- ARTICLE… [--field summary.fr]… [--all] [--as written|translated]
  With no --field nor --all: lists the fields of each article no person has written or reviewed.
  --field PATH   marks that field reviewed (repeat for more): correct its text in the file first.
  --all          marks every machine-drafted field reviewed.
  --as           what the reviewer did; by default "written" in the original language, "translated" in the others.`;

const { values, positionals } = commandArgs(
  {
    field: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    as: { type: 'string' },
    'content-root': CONTENT_ROOT_OPTION,
  },
  USAGE,
  { needsPositionals: true },
);
if (values.as !== undefined && values.as !== 'written' && values.as !== 'translated') {
  console.error(`--as must be "written" or "translated", not "${values.as}".`);
  process.exit(2);
}

let failed = 0;
for (const { path, file } of articlePathsFrom(positionals, values['content-root'])) {
  try {
    const article = readArticleFile(path, file);
    const pending = unreviewedFields(article.data);
    const chosen = values.all ? pending.filter((p) => p.status === 'machine').map((p) => p.path) : (values.field ?? []);
    if (chosen.length === 0) {
      console.log(
        pending.length === 0
          ? `${file}: every title and summary is a person's.`
          : `${file}: not yet reviewed:\n${pending.map((p) => `  ${p.path}: ${p.status}`).join('\n')}`,
      );
      continue;
    }
    const changes = reviewChanges(article, chosen, values.as as ReviewedAs | undefined);
    if (changes.length > 0) writeFields(article, changes);
    console.log(
      `✓ ${file}: ${changes.length > 0 ? `reviewed ${changes.map((c) => `${c.group}.${c.lang} (${c.field.status})`).join(', ')}` : 'nothing to change'}`,
    );
  } catch (error) {
    failed++;
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
