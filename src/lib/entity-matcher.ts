import AhoCorasick from 'modern-ahocorasick';
import TextMatcher from 'modern-ahocorasick/text';

/** One surface form of an entity, as the matcher looks for it. */
export interface AliasPattern {
  text: string;
  entityId: string;
  /** Reject the match when a hyphen follows ("Meta-analysis" is not Meta). */
  notBeforeHyphen?: boolean;
}

export interface Mention {
  entityId: string;
  /** UTF-16 offsets in the text searched, usable with slice(). */
  start: number;
  end: number;
  /** The text as written there (never including l’ or ’s). */
  text: string;
}

export interface EntityMatcher {
  find(text: string): Mention[];
}

// Scripts written without spaces between words: their aliases need no word boundary.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORDLIKE = /[\p{L}\p{M}\p{N}_]/u;

/** The code point before or after an offset, whole (never half a surrogate pair). */
const before = (text: string, i: number) => (i > 0 ? String.fromCodePoint(text.codePointAt(i - 1 - (isLowSurrogate(text, i - 1) ? 1 : 0))!) : '');
const after = (text: string, i: number) => (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
const isLowSurrogate = (text: string, i: number) => i > 0 && /[\uDC00-\uDFFF]/.test(text[i]!);

/** A Latin-script edge of a match must not touch a letter, mark, digit or underscore: Unicode boundaries, not JS `\b`. */
function touchesWord(edge: string, neighbour: string): boolean {
  return neighbour !== '' && !UNSPACED.test(edge) && WORDLIKE.test(neighbour) && !UNSPACED.test(neighbour);
}

function accept(text: string, start: number, end: number, alias: AliasPattern): boolean {
  const first = after(text, start);
  const last = before(text, end);
  const prev = before(text, start);
  const next = after(text, end);
  if (touchesWord(first, prev) || touchesWord(last, next)) return false;
  // "Opus 4" must not match inside "Opus 4.1": a version number goes on after a dot or comma and a digit.
  if (/\d/.test(last) && /[.,]/.test(next) && /\d/.test(after(text, end + 1))) return false;
  if (alias.notBeforeHyphen && next === '-') return false;
  return true;
}

/**
 * The one function that finds entity mentions (docs/design.md §4): Aho-Corasick over
 * every alias at once, case-sensitive, NFC-normalised, Unicode word boundaries
 * for Latin script and none for Chinese, then leftmost-longest among the
 * matches that pass, so "Claude Code" wins over "Claude" and a rejected long
 * match never hides a valid shorter one.
 */
export function createEntityMatcher(aliases: readonly AliasPattern[]): EntityMatcher {
  const patterns = aliases.map((a) => ({ pattern: a.text.normalize('NFC'), data: { ...a, text: a.text.normalize('NFC') } }));
  // Text is almost always NFC already: the plain automaton is about 25× faster than the
  // normalising adapter, which is built only for the rare text that needs it.
  const exact = new AhoCorasick(patterns);
  let normalising: TextMatcher<AliasPattern> | undefined;
  return {
    find(text) {
      const matcher = text.normalize('NFC') === text ? exact : (normalising ??= new TextMatcher(patterns, { normalization: 'NFC' }));
      const hits = matcher
        .search(text)
        .filter((hit) => accept(text, hit.start, hit.end, hit.data!))
        .sort((a, b) => a.start - b.start || b.end - a.end || a.patternIndex - b.patternIndex);
      const chosen: Mention[] = [];
      let reached = 0;
      for (const hit of hits) {
        if (hit.start < reached) continue;
        chosen.push({ entityId: hit.data!.entityId, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
        reached = hit.end;
      }
      return chosen;
    },
  };
}
