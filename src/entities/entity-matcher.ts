import TextMatcher from 'modern-ahocorasick/text';
import { buildAutomaton } from './aho-corasick.ts';

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

// What a code point is for the boundary rules, cached for the BMP: the regexes are too slow to run
// on both edges of every candidate (a bench text has several hundred thousand).
const OTHER = 1;
const WORD = 2;
const UNSPACED_KIND = 3;
const kindCache = new Uint8Array(0x10000);
function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return UNSPACED.test(char) ? UNSPACED_KIND : WORDLIKE.test(char) ? WORD : OTHER;
}
function kindOf(codePoint: number): number {
  if (codePoint >= 0x10000) return classify(codePoint);
  const known = kindCache[codePoint]!;
  return known !== 0 ? known : (kindCache[codePoint] = classify(codePoint));
}

const NONE = -1;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
/** The code point before or after an offset, whole (never half a surrogate pair); NONE at the ends. */
const before = (text: string, i: number) => (i > 0 ? text.codePointAt(i - 1 - (i > 1 && isLowSurrogate(text.charCodeAt(i - 1)) ? 1 : 0))! : NONE);
const after = (text: string, i: number) => (i < text.length ? text.codePointAt(i)! : NONE);

/** A Latin-script edge of a match must not touch a letter, mark, digit or underscore: Unicode boundaries, not JS `\b`. */
function touchesWord(edge: number, neighbour: number): boolean {
  return neighbour !== NONE && kindOf(neighbour) === WORD && kindOf(edge) !== UNSPACED_KIND;
}

const isDigit = (codePoint: number) => codePoint >= 0x30 && codePoint <= 0x39;

/**
 * Code units that NFC leaves alone and that a grapheme cluster always breaks around: ASCII and
 * Latin-1 (but CR, which holds on to LF), the common Han block, CJK and full-width punctuation.
 * Text made only of these needs no normalisation check, and a boundary between two of them no
 * Intl.Segmenter; anything else asks the real thing.
 */
const isPlain = (unit: number) =>
  (unit < 0x300 && unit !== 0x0d) || (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3000 && unit <= 0x3029) || (unit >= 0xff01 && unit <= 0xff5e);

function isNfc(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlain(text.charCodeAt(i))) return text.normalize('NFC') === text;
  return true;
}

/**
 * Accepted candidates as (start, end, alias index) triples in one growing typed array, kept in
 * the order of the choice: start ascending, then longest, then the alias listed first. The
 * automaton reports them by end, so each new one moves back only past the few that start after
 * it (an insertion sort over a window as wide as the longest alias), never a full sort.
 */
class Candidates {
  list = new Int32Array(3 * 64);
  length = 0;

  add(start: number, end: number, index: number): void {
    if (this.length + 3 > this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    const list = this.list;
    let at = this.length;
    while (at > 0 && (list[at - 3]! - start || end - list[at - 2]! || list[at - 1]! - index) > 0) {
      list[at] = list[at - 3]!;
      list[at + 1] = list[at - 2]!;
      list[at + 2] = list[at - 1]!;
      at -= 3;
    }
    list[at] = start;
    list[at + 1] = end;
    list[at + 2] = index;
    this.length += 3;
  }
}

/**
 * The one function that finds entity mentions (docs/design.md §4): Aho-Corasick over
 * every alias at once, case-sensitive, NFC-normalised, whole grapheme clusters only,
 * Unicode word boundaries for Latin script and none for Chinese, then leftmost-longest
 * among the matches that pass, so "Claude Code" wins over "Claude" and a rejected long
 * match never hides a valid shorter one.
 */
export function createEntityMatcher(aliases: readonly AliasPattern[]): EntityMatcher {
  const patterns = aliases.map((a) => ({ ...a, text: a.text.normalize('NFC') }));
  // Text is almost always NFC already and goes through the code-unit automaton; the
  // library's normalising matcher, which maps offsets back to the original text, is
  // built only for the rare text that needs it.
  const automaton = buildAutomaton(patterns.map((p) => p.text));
  let normalising: TextMatcher<AliasPattern> | undefined;
  return {
    find(text) {
      let graphemes: Intl.Segments | undefined;
      const isGraphemeBoundary = (i: number) => {
        if (i === 0 || i === text.length) return true;
        if (isPlain(text.charCodeAt(i - 1)) && isPlain(text.charCodeAt(i))) return true;
        graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
        return graphemes.containing(i)!.index === i;
      };
      const accept = (start: number, end: number, alias: AliasPattern): boolean => {
        const next = after(text, end);
        if (touchesWord(before(text, end), next) || touchesWord(after(text, start), before(text, start))) return false;
        // "Opus 4" must not match inside "Opus 4.1": a version number goes on after a dot or comma and a digit.
        if ((next === 0x2e || next === 0x2c) && isDigit(before(text, end)) && isDigit(after(text, end + 1))) return false;
        if (alias.notBeforeHyphen && next === 0x2d) return false;
        // "e" is not a match inside "é" written as e + U+0301, nor a name inside an emoji sequence.
        return isGraphemeBoundary(start) && isGraphemeBoundary(end);
      };

      const found = new Candidates();
      const consider = (start: number, end: number, index: number) => {
        if (accept(start, end, patterns[index]!)) found.add(start, end, index);
      };
      if (isNfc(text)) automaton.scan(text, consider);
      else {
        normalising ??= new TextMatcher(
          patterns.map((p) => ({ pattern: p.text, data: p })),
          { normalization: 'NFC' },
        );
        for (const hit of normalising.search(text)) consider(hit.start, hit.end, hit.patternIndex);
      }

      // Leftmost-longest: the first candidate at each start that the previous choice does not overlap.
      const chosen: Mention[] = [];
      let reached = 0;
      const { list, length } = found;
      for (let k = 0; k < length; k += 3) {
        const start = list[k]!;
        if (start < reached) continue;
        reached = list[k + 1]!;
        chosen.push({ entityId: patterns[list[k + 2]!]!.entityId, start, end: reached, text: text.slice(start, reached) });
      }
      return chosen;
    },
  };
}
