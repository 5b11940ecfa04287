// Scores ingest on the fixture corpus: `npm run ingest:eval` prints, per language, how often the
// title, date, author, publisher and language are right, chrome recall and precision, sentences
// kept and tables, then every miss page by page. The corpus test asserts the same figures.
import { join } from 'node:path';
import { formatScores, scoreCorpus } from '../src/ingest/evaluate.ts';

console.log(formatScores(scoreCorpus(join(import.meta.dirname, 'fixtures', 'pages'))));
