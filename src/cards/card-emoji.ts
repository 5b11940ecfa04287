import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from '@twemoji/parser';

/** A run of a card line: plain text for the fonts, or one emoji drawn from its Twemoji SVG. */
export type LinePart = { text: string } | { emoji: string; src: string; svg: Buffer };

const require = createRequire(import.meta.url);
const SVG_DIR = join(dirname(require.resolve('@discordapp/twemoji/package.json')), 'dist', 'svg');
const svgs = new Map<string, Buffer | null>();

/** The Twemoji SVG for a parser code-point name such as "1f1eb-1f1f7", or null when the set has none. */
function twemojiSvg(name: string): Buffer | null {
  if (!svgs.has(name)) {
    let svg: Buffer | null = null;
    try {
      svg = readFileSync(join(SVG_DIR, `${name}.svg`));
    } catch {
      // An emoji newer than the image set: it stays text.
    }
    svgs.set(name, svg);
  }
  return svgs.get(name)!;
}

/**
 * Splits a card line into text and emoji. The card fonts have no emoji (and no colour font
 * renders on the card), so each emoji becomes an image from the same Twemoji release as the
 * parser that finds it, read from node_modules: no network at build time.
 */
export function splitEmoji(line: string): LinePart[] {
  const parts: LinePart[] = [];
  let at = 0;
  for (const found of parse(line, { buildUrl: (codepoints) => codepoints })) {
    const svg = twemojiSvg(found.url);
    if (!svg) continue;
    const [start, end] = found.indices;
    if (start > at) parts.push({ text: line.slice(at, start) });
    parts.push({ emoji: found.text, src: `twemoji:${found.url}`, svg });
    at = end;
  }
  if (at < line.length) parts.push({ text: line.slice(at) });
  return parts;
}
