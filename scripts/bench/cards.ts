// Time and size of the site's own Open Graph cards, drawn cold in a fresh process:
// `npm run bench:cards [-- --out DIR] [-- --compare DIR]`.
// Draws every card of the content (DOSSIER_CONTENT_ROOT or this folder) in en, fr and zh, one after
// the other, as a card worker does: the first card includes loading the fonts. --out keeps the PNGs;
// --compare measures how far each differs, pixel by pixel, from the PNGs another run kept (a renderer change).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { readAllContent } from '../../src/loaders/read-content.ts';
import { cards } from '../../src/cards/card-content.ts';
import { renderCardPng, type CardContent } from '../../src/cards/card-design.ts';
import { rgbaPixels } from '../../src/lib/png-pixels.ts';
import { commandArgs } from '../cli-args.ts';
import { median } from './measure.ts';

/** Every card the site draws: the home page's, each article's and each entity's, in each language. */
export function siteCards(root: string): CardContent[] {
  const { articles, entities } = readAllContent(root);
  return LOCALES.flatMap((lang) => [cards.home(lang), ...articles.map((a) => cards.article(a, lang)), ...entities.map((e) => cards.entity(e, lang))]);
}

/** The share of pixels that differ visibly (pixelmatch's default threshold) between two PNGs of one size. */
function differingShare(a: Uint8Array, b: Uint8Array): number {
  const [x, y] = [rgbaPixels(a), rgbaPixels(b)];
  return pixelmatch(x.data, y.data, undefined, x.width, x.height) / (x.width * x.height);
}

export async function cardBench(root: string, options: { out?: string; compare?: string } = {}) {
  const all = siteCards(root);
  if (options.out) mkdirSync(options.out, { recursive: true });
  const drawn: { lang: Locale; ms: number; png: Buffer; differing?: number }[] = [];
  for (const card of all) {
    const start = performance.now();
    const png = await renderCardPng(card);
    drawn.push({ lang: card.lang, ms: performance.now() - start, png });
  }
  // Only after all the timings, so decoding takes no time from the drawing.
  for (const [i, d] of drawn.entries()) {
    const name = `${i}-${d.lang}.png`;
    if (options.out) writeFileSync(join(options.out, name), d.png);
    if (options.compare) d.differing = differingShare(d.png, readFileSync(join(options.compare, name)));
  }
  const byLang = Object.fromEntries(
    LOCALES.map((lang) => {
      const own = drawn.filter((d) => d.lang === lang);
      const shares = own.flatMap((d) => (d.differing === undefined ? [] : [d.differing]));
      return [
        lang,
        {
          cards: own.length,
          medianKB: +(median(own.map((d) => d.png.length)) / 1024).toFixed(1),
          ...(shares.length
            ? { differingPixelsMedianPct: +(100 * median(shares)).toFixed(2), differingPixelsMaxPct: +(100 * Math.max(...shares)).toFixed(2) }
            : {}),
        },
      ];
    }),
  );
  return {
    cards: drawn.length,
    firstMs: Math.round(drawn[0]!.ms),
    medianMs: +median(drawn.slice(1).map((d) => d.ms)).toFixed(1),
    meanMs: +(drawn.reduce((sum, d) => sum + d.ms, 0) / drawn.length).toFixed(1),
    byLang,
  };
}

if (import.meta.main) {
  const { values } = commandArgs({ out: { type: 'string' }, compare: { type: 'string' } }, 'usage: npm run bench:cards [-- --out DIR] [--compare DIR]');
  const { out, compare } = values;
  console.log(
    JSON.stringify(
      await cardBench(process.env['DOSSIER_CONTENT_ROOT'] ?? process.cwd(), { ...(out ? { out } : {}), ...(compare ? { compare } : {}) }),
      null,
      2,
    ),
  );
}
