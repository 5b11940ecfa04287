// Throughput of the entity matcher with many aliases: `npm run bench:matcher [-- aliases megabytes runs]`.
// Deterministic: the same arguments give the same aliases and text.
import { createEntityMatcher, type AliasPattern } from '../../src/entities/entity-matcher.ts';
import { median } from './measure.ts';
import { mulberry32 } from './corpus.ts';

/** The bench's aliases and text, also used by the test that compares matchers. */
export function matcherInput(aliasCount = 10_000, megabytes = 4): { aliases: AliasPattern[]; text: string } {
  const random = mulberry32(42);
  const syllables = ['an', 'thro', 'pic', 'cla', 'ude', 'ste', 'lar', 'vex', 'mo', 'ra', 'li', 'on', 'ta', 'gen', 'quo', 'zen', 'bel', 'dor'];
  const word = () => {
    const n = 2 + Math.floor(random() * 3);
    const w = Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const han = '微软谷歌亚马逊甲骨文特斯拉英伟达马斯克星际之门硅谷美国公司模型算力推理训练';
  const hanWord = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => han[Math.floor(random() * han.length)]).join('');

  const aliases: AliasPattern[] = Array.from({ length: aliasCount }, (_, i) => ({
    text: i % 10 === 0 ? hanWord() : random() < 0.5 ? word() : `${word()} ${word()}`,
    entityId: `e-${i}`,
  }));
  const filler = 'the company said on Tuesday that its new model would be faster and cheaper than before, and analysts agreed'.split(' ');
  let text = '';
  while (text.length < megabytes * 1024 * 1024) {
    text += random() < 0.05 ? `${aliases[Math.floor(random() * aliases.length)]!.text} ` : `${filler[Math.floor(random() * filler.length)]} `;
  }
  return { aliases, text };
}

export function matcherThroughput(aliasCount = 10_000, megabytes = 4, runs = 5) {
  const { aliases, text } = matcherInput(aliasCount, megabytes);

  const buildStart = performance.now();
  const matcher = createEntityMatcher(aliases);
  const buildMs = performance.now() - buildStart;
  const bytes = Buffer.byteLength(text);
  const times: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    found = matcher.find(text).length;
    times.push(performance.now() - start);
  }
  const mid = median(times);
  return {
    aliases: aliasCount,
    megabytes: +(bytes / 1048576).toFixed(2),
    runs,
    buildMs: Math.round(buildMs),
    medianMs: Math.round(mid),
    mbPerSecond: +(bytes / 1048576 / (mid / 1000)).toFixed(1),
    mentionsFound: found,
  };
}

if (import.meta.main) {
  const [aliasCount, megabytes, runs] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(matcherThroughput(aliasCount, megabytes, runs)));
}
