import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Locale } from '../i18n/locales.ts';
import { pngSize } from '../lib/png.ts';
import { drawCard } from './card-pool.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Part of every card's cache key: bump it when the card's design changes. */
const CARD_VERSION = 1;

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

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: { latin: Font[]; han: Font[] } | undefined;
function loadFonts() {
  fonts ??= {
    latin: [
      { name: 'Noto Sans', data: readFileSync(fontFile('@expo-google-fonts/noto-sans', '400Regular/NotoSans_400Regular.ttf')), weight: 400, style: 'normal' },
      { name: 'Noto Sans', data: readFileSync(fontFile('@expo-google-fonts/noto-sans', '700Bold/NotoSans_700Bold.ttf')), weight: 700, style: 'normal' },
    ],
    han: [
      { name: 'Noto Sans SC', data: readFileSync(fontFile('@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf')), weight: 400, style: 'normal' },
      { name: 'Noto Sans SC', data: readFileSync(fontFile('@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf')), weight: 700, style: 'normal' },
    ],
  };
  return fonts;
}

type Node = { type: string; props: { style: Record<string, unknown>; children?: string | Node | Node[] } };
const box = (style: Record<string, unknown>, children: string | Node | Node[] = []): Node => ({ type: 'div', props: { style, children } });

/** Titles this long or longer get a smaller type size, so four lines always fit. */
const titleSize = (title: string) => (title.length > 90 ? 50 : title.length > 60 ? 56 : 64);

/**
 * A 1200×630 PNG card for chat unfurls: site name, title and a source/date
 * line, in the page's language with real CJK glyphs. Latin cards use a Latin
 * face first (a CJK face would draw ’ and · full-width); Chinese cards the reverse.
 */
export async function renderCardPng(card: CardContent): Promise<Buffer> {
  const { latin, han } = loadFonts();
  const svg = await satori(
    box({ width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: '#fdfcf9', color: '#1c1b19' }, [
      box({ width: CARD_WIDTH, height: 18, background: '#8a2c0d' }),
      box({ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: CARD_WIDTH, height: CARD_HEIGHT - 18, padding: '44px 64px 48px' }, [
        box({ fontSize: 30, fontWeight: 700, color: '#8a2c0d', width: 1072 }, card.kicker),
        box({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.22, width: 1072, lineClamp: 4 }, card.title),
        box({ fontSize: 28, color: '#595650', width: 1072, lineClamp: 2 }, card.footer),
      ]),
    ]) as never,
    { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: card.lang === 'zh' ? [...han, ...latin] : [...latin, ...han] },
  );
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng());
}

/** The card cache; the benchmark points DOSSIER_CARD_CACHE elsewhere to measure a cold build. */
const CACHE_DIR = process.env['DOSSIER_CARD_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'dossier-og');

/**
 * How many cards this build drew and took from the cache, and the time the
 * workers spent drawing them, summed (read by the benchmark). On globalThis because the config and the
 * page renderer load this module separately.
 */
export const cardStats: { rendered: number; cached: number; renderMs: number; damaged: number } = ((globalThis as { __dossierCards?: typeof cardStats }).__dossierCards ??= {
  rendered: 0,
  cached: 0,
  renderMs: 0,
  damaged: 0,
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A cached card, only when its bytes are the ones that were written (their hash is
 * kept beside them) and they are a PNG of a card's size: a damaged or replaced file
 * is drawn again rather than copied into the site.
 */
function readCachedCard(path: string): Buffer | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const png = readFileSync(path);
    const size = pngSize(png);
    if (sha256(png) === readFileSync(`${path}.sha256`, 'utf8').trim() && size?.width === CARD_WIDTH && size.height === CARD_HEIGHT) return png;
  } catch {
    // No hash beside it (or unreadable): not trusted.
  }
  cardStats.damaged++;
  return undefined;
}

function writeAtomically(path: string, data: Uint8Array | string): void {
  writeFileSync(`${path}.tmp`, data);
  renameSync(`${path}.tmp`, path);
}

/**
 * The card, from the cache when this exact content was rendered before: an
 * unchanged article is never rendered again. The cache lives in
 * node_modules/.cache (never in content/), written atomically, and is verified
 * on every read.
 */
export async function cardPng(card: CardContent): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ v: CARD_VERSION, ...card })).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  const hit = readCachedCard(cached);
  if (hit) {
    cardStats.cached++;
    return hit;
  }
  const { png, ms } = await drawCard(card);
  // Drawing time in the worker, not the wait: cards are drawn several at once.
  cardStats.renderMs += ms;
  cardStats.rendered++;
  mkdirSync(CACHE_DIR, { recursive: true });
  // The image first, then its hash: a build stopped in between leaves a card that is drawn again.
  writeAtomically(cached, png);
  writeAtomically(`${cached}.sha256`, `${sha256(png)}\n`);
  return png;
}
