import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { segmenter } from '../lib/intl.ts';
import { sentenceCount } from '../schemas/article.ts';
import type { Passage } from '../markdown/passages.ts';

export interface Sentence {
  /** The sentence exactly as the article has it. */
  text: string;
  /** The passage it is in. */
  passage: string;
  /** Its place in the article. */
  position: number;
}

/** Passages that hold prose: not headings, tables or code. */
const PROSE = new Set(['p', 'li', 'blockquote']);
/** A sentence shorter than this (in words) is a caption or a fragment; a longer one, a run-on a summary cannot use. */
const MIN_WORDS = 6;
const MAX_CHARS = 400;
/** A sentence ends as one (a line without a full stop is a heading or a caption, and would run into the next). */
const ENDS_SENTENCE = /[.!?。！？…]["'»”’)）\]]*$/u;

/** The article's sentences, cut by `Intl.Segmenter` in the article's language, with the passage each is in. */
export function articleSentences(passages: readonly Passage[], language: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const passage of passages) {
    if (!PROSE.has(passage.tagName)) continue;
    for (const { segment } of segmenter(language, 'sentence').segment(passage.text)) {
      const text = segment.trim();
      if (text !== '') sentences.push({ text, passage: passage.id, position: sentences.length });
    }
  }
  return sentences;
}

function words(text: string, language: string): string[] {
  return [...segmenter(language, 'word').segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase(language));
}

/**
 * TextRank (Mihalcea & Tarau, 2004) over sentences: each sentence is a node,
 * linked to every other by the words they share, normalised by their lengths;
 * PageRank (graphology) then scores the sentences the rest of the text most
 * agrees with. Returns the sentences best first.
 */
export function rankSentences(sentences: readonly Sentence[], language: string): Sentence[] {
  const bags = sentences.map((s) => new Set(words(s.text, language)));
  const graph = new Graph({ type: 'undirected' });
  sentences.forEach((_, i) => graph.addNode(String(i)));
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [a, b] = [bags[i]!, bags[j]!];
      if (a.size < 2 || b.size < 2) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared > 0) graph.addEdge(String(i), String(j), { weight: shared / (Math.log(a.size) + Math.log(b.size)) });
    }
  }
  const scores = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  // Ties (and a text with no shared words) keep the article's order: its lead comes first.
  return sentences
    .map((s, i) => ({ s, score: scores[String(i)] ?? 0 }))
    .sort((x, y) => y.score - x.score || x.s.position - y.s.position)
    .map((x) => x.s);
}

/** How sentences are joined in a language: Chinese and Japanese need no space. */
export const joinSentences = (sentences: readonly string[], language: string) => sentences.join(/^(zh|ja)\b/.test(language) ? '' : ' ');

export interface ExtractiveSummary {
  sentences: Sentence[];
  text: string;
}

/**
 * An extractive summary: the lead sentence and the best-ranked others, up to `count`, verbatim,
 * in the article's order, kept only where the schema's own sentence rule counts
 * each as one sentence (so the summary has 2 to 4). Undefined when the text has
 * fewer than two sentences fit for it.
 */
export function extractiveSummary(passages: readonly Passage[], language: string, count = 3): ExtractiveSummary | undefined {
  const candidates = articleSentences(passages, language).filter(
    (s) => s.text.length <= MAX_CHARS && ENDS_SENTENCE.test(s.text) && words(s.text, language).length >= MIN_WORDS && sentenceCount(s.text, language) === 1,
  );
  const chosen: Sentence[] = [];
  // News puts the essential first: the lead's first sentence opens the summary, the best-ranked others follow.
  const ranked = rankSentences(candidates, language);
  const lead = candidates[0];
  for (const sentence of lead ? [lead, ...ranked.filter((s) => s !== lead)] : ranked) {
    if (chosen.length === count) break;
    const tentative = [...chosen, sentence].sort((a, b) => a.position - b.position);
    if (
      sentenceCount(
        joinSentences(
          tentative.map((s) => s.text),
          language,
        ),
        language,
      ) === tentative.length
    )
      chosen.splice(0, chosen.length, ...tentative);
  }
  if (chosen.length < 2) return undefined;
  return {
    sentences: chosen,
    text: joinSentences(
      chosen.map((s) => s.text),
      language,
    ),
  };
}

/** A title taken from the text when the source has none: its best-ranked short sentence, without its final full stop. */
export function extractiveTitle(passages: readonly Passage[], language: string, maxChars = 120): Sentence | undefined {
  const candidates = articleSentences(passages, language).filter((s) => s.text.length <= maxChars && words(s.text, language).length >= 4);
  const best = rankSentences(candidates, language)[0];
  return best && { ...best, text: best.text.replace(/[.。]$/u, '') };
}
