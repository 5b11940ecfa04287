// What a card looks like: its size, fonts and layout, drawn by takumi. Imported by the worker
// threads that draw cards (card-worker.ts) and by the cache (card.ts), which decides when to draw.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Renderer, type ImageSource, type Node } from '@takumi-rs/core';
import type { Locale } from '../i18n/locales.ts';
import { splitEmoji } from './card-emoji.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Part of every card's cache key: bump it when the card's design changes. */
const CARD_VERSION = 3;
/** All that decides a card's bytes: what it says and the design version (the card cache's and the card routes' keys). */
export const cardIdentity = (card: CardContent) => ({ v: CARD_VERSION, ...card });

export interface CardContent {
  lang: Locale;
  /** Small line above the title: the site name and what this is. */
  kicker: string;
  title: string;
  /** Line under the title: source and date, or a description. */
  footer: string;
}

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

const FONTS = [
  { name: 'Noto Sans', pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf', weight: 400 },
  { name: 'Noto Sans', pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf', weight: 700 },
  { name: 'Noto Sans SC', pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf', weight: 400 },
  { name: 'Noto Sans SC', pkg: '@expo-google-fonts/noto-sans-sc', file: '700Bold/NotoSansSC_700Bold.ttf', weight: 700 },
  // Titles shown in their own language until translated may be Arabic (or Persian, Urdu).
  { name: 'Noto Sans Arabic', pkg: '@expo-google-fonts/noto-sans-arabic', file: '400Regular/NotoSansArabic_400Regular.ttf', weight: 400 },
  { name: 'Noto Sans Arabic', pkg: '@expo-google-fonts/noto-sans-arabic', file: '700Bold/NotoSansArabic_700Bold.ttf', weight: 700 },
] as const;

/** One renderer per thread, its fonts parsed once (the Chinese faces are 10 MB each): every later card reuses them. */
let renderer: Promise<Renderer> | undefined;
function cardRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const created = new Renderer();
    for (const font of FONTS)
      await created.registerFont({ name: font.name, data: readFileSync(fontFile(font.pkg, font.file)), weight: font.weight, style: 'normal' });
    return created;
  })();
  return renderer;
}

/** Titles this long or longer get a smaller type size, so four lines always fit. */
const titleSize = (title: string) => (title.length > 90 ? 50 : title.length > 60 ? 56 : 64);

/** A line of the card: its text, with each emoji as an image one em square, sitting on the baseline like a glyph. */
function line(text: string, style: Record<string, unknown>, images: ImageSource[]): Node {
  const children = splitEmoji(text).map((part): Node => {
    if ('text' in part) return { type: 'text', text: part.text };
    images.push({ src: part.src, data: part.svg });
    return { type: 'image', src: part.src, style: { width: '1em', height: '1em', margin: '0 0.05em 0 0.1em', verticalAlign: '-0.1em' } };
  });
  return { type: 'container', style: { display: 'block', width: 1072, textOverflow: 'ellipsis', ...style }, children };
}

/**
 * A 1200×630 PNG card for chat unfurls: site name, title and a source/date
 * line, in the page's language with real CJK glyphs and emoji. Latin cards use a Latin
 * face first (a CJK face would draw ’ and · full-width); Chinese cards the reverse.
 */
export async function renderCardPng(card: CardContent): Promise<Buffer> {
  const images: ImageSource[] = [];
  const fontFamily = `${card.lang === 'zh' ? '"Noto Sans SC", "Noto Sans"' : '"Noto Sans", "Noto Sans SC"'}, "Noto Sans Arabic"`;
  const node: Node = {
    type: 'container',
    style: { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: '#fdfcf9', color: '#1c1b19', fontFamily },
    children: [
      { type: 'container', style: { width: CARD_WIDTH, height: 18, flexShrink: 0, backgroundColor: '#8a2c0d' } },
      {
        type: 'container',
        style: {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: CARD_WIDTH,
          height: CARD_HEIGHT - 18,
          padding: '44px 64px 48px',
        },
        children: [
          line(card.kicker, { fontSize: 30, fontWeight: 700, color: '#8a2c0d', lineClamp: 1 }, images),
          line(card.title, { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.22, lineClamp: 4 }, images),
          line(card.footer, { fontSize: 28, color: '#595650', lineClamp: 2 }, images),
        ],
      },
    ],
  };
  return (await cardRenderer()).render(node, { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png', images });
}
