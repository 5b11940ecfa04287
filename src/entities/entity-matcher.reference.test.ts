// The matcher's own automaton against the library it replaced in the hot loop: the same mentions,
// offsets and entities on real content, on the bench corpus and on text built to sit on every
// grapheme and word-boundary edge (combining marks, ZWJ, emoji, flags, CRLF, Hangul, Indic, version numbers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AhoCorasick from 'modern-ahocorasick';
import TextMatcher from 'modern-ahocorasick/text';
import { describe, expect, it } from 'vitest';
import { matcherInput } from '../../scripts/bench/matcher.ts';
import { mulberry32 } from '../../scripts/bench/corpus.ts';
import { LOCALES } from '../i18n/locales.ts';
import { readEntities } from '../loaders/read-entities.ts';
import { surfaceForms } from './entity-aliases.ts';
import { createEntityMatcher, type AliasPattern, type Mention } from './entity-matcher.ts';

/** The matcher as it was with modern-ahocorasick's grapheme automaton: every hit as an object, regex filter, full sort. */
function referenceMatcher(aliases: readonly AliasPattern[]): (text: string) => Mention[] {
  const patterns = aliases.map((a) => ({ pattern: a.text.normalize('NFC'), data: { ...a, text: a.text.normalize('NFC') } }));
  const exact = new AhoCorasick(patterns);
  const normalising = new TextMatcher(patterns, { normalization: 'NFC' });
  const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  const wordlike = /[\p{L}\p{M}\p{N}_]/u;
  const at = (text: string, i: number) => (i >= 0 && i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
  const ending = (text: string, i: number) => (i > 1 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) ? at(text, i - 2) : at(text, i - 1));
  const touches = (edge: string, near: string) => near !== '' && !unspaced.test(edge) && wordlike.test(near) && !unspaced.test(near);
  return (text) => {
    const hits = (text.normalize('NFC') === text ? exact : normalising)
      .search(text)
      .filter(({ start, end, data }) => {
        const next = at(text, end);
        if (touches(at(text, start), ending(text, start)) || touches(ending(text, end), next)) return false;
        if (/\d/.test(ending(text, end)) && /[.,]/.test(next) && /\d/.test(at(text, end + 1))) return false;
        return !(data!.notBeforeHyphen && next === '-');
      })
      .sort((a, b) => a.start - b.start || b.end - a.end || a.patternIndex - b.patternIndex);
    const chosen: Mention[] = [];
    let reached = 0;
    for (const hit of hits) {
      if (hit.start < reached) continue;
      chosen.push({ entityId: hit.data!.entityId, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
      reached = hit.end;
    }
    return chosen;
  };
}

function expectSameMentions(aliases: readonly AliasPattern[], texts: readonly string[]): number {
  const matcher = createEntityMatcher(aliases);
  const reference = referenceMatcher(aliases);
  let mentions = 0;
  for (const text of texts) {
    const expected = reference(text);
    expect(matcher.find(text), JSON.stringify(text.slice(0, 200))).toEqual(expected);
    mentions += expected.length;
  }
  return mentions;
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('the entity matcher gives the mentions the library-based matcher gave', () => {
  it.each(['.', 'e2e/fixtures/hostile'])('on every content file of %s, with the registry’s aliases in each language', (root) => {
    const entities = readEntities(root);
    const texts = ['articles', 'sources'].flatMap((dir) => filesIn(join(root, 'content', dir))).map((file) => readFileSync(file, 'utf8'));
    let mentions = 0;
    for (const lang of LOCALES) {
      const aliases = entities.flatMap((e) => surfaceForms(e.data, lang).map((f) => ({ text: f.text, entityId: e.id, notBeforeHyphen: f.notBeforeHyphen })));
      mentions += expectSameMentions(aliases, texts);
    }
    expect(mentions).toBeGreaterThan(root === '.' ? 100 : 1);
  });

  it('on the bench corpus (2,000 overlapping aliases, Latin and Han)', () => {
    const { aliases, text } = matcherInput(2000, 0.25);
    expect(expectSameMentions(aliases, [text])).toBeGreaterThan(1000);
  });

  it('on text where every alias touches every kind of grapheme and word edge', () => {
    const aliases: AliasPattern[] = [
      { text: 'Claude', entityId: 'claude' },
      { text: 'Claude Code', entityId: 'claude-code' },
      { text: 'Meta', entityId: 'meta', notBeforeHyphen: true },
      { text: 'Meta', entityId: 'meta-2' },
      { text: 'Opus 4', entityId: 'opus-4' },
      { text: 'Société Générale', entityId: 'sg' },
      { text: 'é', entityId: 'e-acute' },
      { text: 'e', entityId: 'e' },
      { text: '微软', entityId: 'microsoft' },
      { text: '软件', entityId: 'software' },
      { text: '한국', entityId: 'korea' },
      { text: 'भारत', entityId: 'india' },
      { text: '😀', entityId: 'grin' },
      { text: '🇫', entityId: 'regional-f' },
    ];
    const edges = [
      '',
      ' ',
      'a',
      '1',
      '_',
      '-',
      '.',
      '.1',
      ',2',
      '’s',
      'l’',
      '\u0301',
      '\u200D',
      '\u200B',
      '\uFE0F',
      '😀',
      '👍🏽',
      '🇫🇷',
      '🇫',
      '\r\n',
      '\r',
      '\n',
      '한',
      '\u1100',
      '\u1161',
      'क',
      '\u094D',
      '\u0600',
      'É',
      'e\u0301',
      '\uD800',
      '\uDC00',
      '。',
      '（',
    ];
    const random = mulberry32(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const texts: string[] = [];
    for (const alias of aliases) for (const left of edges) for (const right of edges) texts.push(left + alias.text + right);
    // Longer runs with no separator at all, so that edges meet edges and aliases overlap.
    for (let n = 0; n < 400; n++) texts.push(Array.from({ length: 12 }, () => (random() < 0.5 ? pick(aliases).text : pick(edges))).join(''));
    texts.push(texts.filter((t) => t.normalize('NFC') === t).join(' '));
    expect(expectSameMentions(aliases, texts)).toBeGreaterThan(5000);
  });
});
