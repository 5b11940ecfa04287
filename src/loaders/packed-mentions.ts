import type { RecordedMention } from '../markdown/rehype-entity-links.ts';

/**
 * An article's mentions as the content store keeps them: each sentence once, and one line per
 * mention (`entity id, passage id, sentence number, start, end, linked`, tab-separated). Astro
 * serializes the whole store after every change and parses it twice per build, at a cost in
 * proportion to its values: 130,000 mentions as objects were half the store at 10,000 articles
 * (21 MB), a line each is a fifth of that. Ids and passage ids hold no tab or newline (SLUG, `p-N`).
 */
export interface PackedMentions {
  sentences: string[];
  lines: string;
}

export function packMentions(mentions: readonly RecordedMention[]): PackedMentions {
  const sentences: string[] = [];
  const numbers = new Map<string, number>();
  const lines = mentions.map((m) => {
    let n = numbers.get(m.sentence);
    if (n === undefined) numbers.set(m.sentence, (n = sentences.push(m.sentence) - 1));
    return [m.entityId, m.passage ?? '', n, m.start, m.end, m.linked ? 1 : 0].join('\t');
  });
  return { sentences, lines: lines.join('\n') };
}

export function unpackMentions({ sentences, lines }: PackedMentions): RecordedMention[] {
  if (lines === '') return [];
  return lines.split('\n').map((line) => {
    const [entityId, passage, n, start, end, linked] = line.split('\t') as [string, string, string, string, string, string];
    return {
      entityId,
      passage: passage === '' ? undefined : passage,
      sentence: sentences[Number(n)]!,
      start: Number(start),
      end: Number(end),
      linked: linked === '1',
    };
  });
}
