// A deterministic synthetic corpus in the real schema, for the benchmark: N articles,
// N/5 entities, three-language titles and summaries, GFM tables, entity mentions, and
// Chinese made of real Chinese sentences (taken from the project's own zh texts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readArticles, contentDirs } from '../../src/loaders/read-articles.ts';
import { readEntities } from '../../src/loaders/read-entities.ts';
import { hasText } from '../../src/schemas/authorship.ts';
import { sentenceCount } from '../../src/schemas/article.ts';

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real sentences per language, from the seeds' texts and our own summaries and descriptions. */
function sentenceBank(project: string): Record<'en' | 'fr' | 'zh', string[]> {
  const articles = readArticles(contentDirs(project));
  const entities = readEntities(project);
  const split = (text: string, lang: string) =>
    [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
      .map((s) => s.segment.trim())
      .filter((s) => s.length > 20 && !/[|#\\<>*_[\]]/.test(s));
  const bank = { en: [] as string[], fr: [] as string[], zh: [] as string[] };
  for (const a of articles) {
    if (a.data.language === 'en' || a.data.language === 'fr') bank[a.data.language].push(...a.body.split('\n').flatMap((l) => split(l, a.data.language)));
    for (const lang of ['en', 'fr', 'zh'] as const) {
      const field = a.data.summary[lang];
      if (hasText(field)) bank[lang].push(...split(field.text, lang));
    }
  }
  for (const e of entities) for (const lang of ['en', 'fr', 'zh'] as const) bank[lang].push(...split(e.data.description[lang], lang));
  return bank;
}

const SYLLABLES = [
  'an',
  'bel',
  'cor',
  'da',
  'el',
  'fen',
  'gal',
  'hor',
  'is',
  'jun',
  'ka',
  'lor',
  'mi',
  'nor',
  'ol',
  'per',
  'qua',
  'ri',
  'sol',
  'tar',
  'ul',
  'ven',
  'wes',
  'xan',
  'yor',
  'zel',
];
const HAN = '星辰云海光明智能科技数据网络天宇华晨远航新锐博通信达';

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Of the N articles, how many to write to `held-back/` instead of `content/` (articles/ and sources/ in each). */
  heldBack?: number;
}

export interface Corpus {
  /** The slugs of the articles in content/. */
  slugs: string[];
  /** The files of each held-back article, relative to `held-back/` and to `content/` alike. */
  heldBack: { article: string; source: string }[];
}

/** Writes content/{articles,sources,entities} for N articles under `root`. */
export function writeCorpus(project: string, root: string, { articles: n, seed = 7, heldBack = 0 }: CorpusOptions): Corpus {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const bank = sentenceBank(project);
  const word = () => {
    const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const dirs = ['articles', 'sources', 'entities'].map((d) => join(root, 'content', d));
  for (const d of dirs) mkdirSync(d, { recursive: true });

  // Entities: N/5, each with a Latin name and a distinct Chinese name.
  const taken = new Set<string>();
  const entities = Array.from({ length: Math.max(5, Math.floor(n / 5)) }, (_, i) => {
    let name = i % 3 === 0 ? `${word()} ${word()}` : `${word()}${i % 3 === 1 ? ' Labs' : ' AI'}`;
    // Two entities may not share a form (the registry check): a repeated name gets a number.
    if (taken.has(name.toLowerCase())) name = `${name} ${i}`;
    taken.add(name.toLowerCase());
    const zh = `${pick([...HAN])}${pick([...HAN])}${i.toString(36).toUpperCase()}`;
    return { id: `e-${i}`, name, zh };
  });
  for (const e of entities) {
    writeFileSync(
      join(root, 'content', 'entities', `${e.id}.yaml`),
      stringify({
        type: pick(['person', 'organization', 'product', 'project']),
        name: { en: e.name, fr: e.name, zh: e.zh },
        description: { en: pick(bank.en), fr: pick(bank.fr), zh: pick(bank.zh) },
        aliases: { all: [e.name] },
      }),
    );
  }

  const slugs: string[] = [];
  const heldBackFiles: Corpus['heldBack'] = [];
  for (let i = 0; i < n; i++) {
    const language = pick(['en', 'en', 'fr', 'zh'] as const);
    const mentioned = Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(entities));
    const nameIn = (e: (typeof entities)[number], lang: string) => (lang === 'zh' ? e.zh : e.name);
    const sentence = (lang: 'en' | 'fr' | 'zh') => {
      const s = pick(bank[lang]);
      return random() < 0.3 ? `${nameIn(pick(mentioned), lang)}${lang === 'zh' ? '：' : ': '}${s}` : s;
    };
    const paragraph = (lang: 'en' | 'fr' | 'zh') => Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(lang)).join(lang === 'zh' ? '' : ' ');
    const body: string[] = [];
    for (let s = 0; s < 3; s++) {
      body.push(`## ${nameIn(pick(mentioned), language)} ${s + 1}`);
      for (let p = 0; p < 3; p++) body.push(paragraph(language));
    }
    const [a, b] = [pick(mentioned), pick(mentioned)];
    body.push(
      `| ${language === 'zh' ? '公司' : 'Company'} | 2025 | 2026 |\n| - | - | - |\n| ${nameIn(a, language)} | ${Math.floor(random() * 90)} | ${Math.floor(random() * 90)} |\n| ${nameIn(b, language)} | ${Math.floor(random() * 90)} | ${Math.floor(random() * 90)} |`,
    );
    const title = (lang: 'en' | 'fr' | 'zh') => `${nameIn(a, lang)} ${lang === 'zh' ? '与' : lang === 'fr' ? 'et' : 'and'} ${nameIn(b, lang)} ${i}`;
    const summary = (lang: 'en' | 'fr' | 'zh') => {
      // Drawn again until the schema's own rule counts 2 to 4 sentences (some bank lines merge when joined).
      for (;;) {
        const text = [sentence(lang), sentence(lang), sentence(lang)]
          .map((s) => (/[.!?。！？]$/.test(s) ? s : `${s}${lang === 'zh' ? '。' : '.'}`))
          .join(lang === 'zh' ? '' : ' ');
        const count = sentenceCount(text, lang);
        if (count >= 2 && count <= 4) return text;
      }
    };
    const year = 2020 + Math.floor(random() * 7);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const id = (0x10000000 + i).toString(16) + 'bench';
    const slug = `bench-article-${i}`;
    const file = `${id}.txt`;
    const markdown = `${body.join('\n\n')}\n`;
    // The last `heldBack` articles wait outside content/, for the benchmark to add one at a time.
    const home = i < n - heldBack ? join(root, 'content') : join(root, 'held-back');
    mkdirSync(join(home, 'sources'), { recursive: true });
    mkdirSync(join(home, 'articles'), { recursive: true });
    writeFileSync(join(home, 'sources', file), markdown);
    const data = {
      id: id.replace(/[^0-9a-f]/g, '0'),
      language,
      title: { editorial: false, en: title('en'), fr: title('fr'), zh: title('zh') },
      summary: { writtenIn: language, en: summary('en'), fr: summary('fr'), zh: summary('zh') },
      source: { file },
      published: random() < 0.2 ? { basis: 'unknown' } : { date: `${year}-${month}`, basis: 'stated' },
    };
    writeFileSync(
      join(home, 'articles', `${slug}.md`),
      `---\n${stringify(data, { lineWidth: 0 }).replace(/date: (\d{4}-\d{2})/, 'date: "$1"')}---\n${markdown}`,
    );
    if (home !== join(root, 'held-back')) slugs.push(slug);
    else heldBackFiles.push({ article: join('articles', `${slug}.md`), source: join('sources', file) });
  }
  return { slugs, heldBack: heldBackFiles };
}
