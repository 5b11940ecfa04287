import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pngSize } from '../lib/png.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardIdentity, type CardContent } from './card-design.ts';
import { cardPaths } from './card-paths.ts';
import { drawCard } from './card-pool.ts';

/**
 * How many cards this build drew and took from the cache, and the time the
 * workers spent drawing each (read by the benchmark). On globalThis because the config and the
 * page renderer load this module separately.
 */
export const cardStats: { rendered: number; cached: number; renderMs: number; damaged: number; drawMs: number[] } = ((
  globalThis as { __dossierCards?: typeof cardStats }
).__dossierCards ??= {
  rendered: 0,
  cached: 0,
  renderMs: 0,
  damaged: 0,
  drawMs: [],
});

/** The build's card figures for the benchmark: counts, total drawing time and the median time of one card. */
export function cardTimings() {
  const sorted = [...cardStats.drawMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const { drawMs: _, ...counts } = cardStats;
  return { ...counts, renderMs: Math.round(cardStats.renderMs), medianMs: +medianMs.toFixed(1) };
}

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
 * unchanged article is never rendered again. The cache lives in Astro's
 * cacheDir (never in content/, see card-paths.ts), written atomically, and is verified
 * on every read.
 */
export async function cardPng(card: CardContent): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify(cardIdentity(card)))
    .digest('hex');
  const { cacheDir } = cardPaths();
  const cached = join(cacheDir, `${key}.png`);
  const hit = readCachedCard(cached);
  if (hit) {
    cardStats.cached++;
    return hit;
  }
  const { png, ms } = await drawCard(card);
  // Drawing time in the worker, not the wait: cards are drawn several at once.
  cardStats.renderMs += ms;
  cardStats.drawMs.push(ms);
  cardStats.rendered++;
  mkdirSync(cacheDir, { recursive: true });
  // The image first, then its hash: a build stopped in between leaves a card that is drawn again.
  writeAtomically(cached, png);
  writeAtomically(`${cached}.sha256`, `${sha256(png)}\n`);
  return png;
}
