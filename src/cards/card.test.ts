import { describe, expect, it } from 'vitest';
import { pngSize } from '../lib/png.ts';
import { rgbaPixels } from '../lib/png-pixels.ts';
import { drawCard } from './card-pool.ts';
import { renderCardPng } from './card-design.ts';
import { splitEmoji } from './card-emoji.ts';

describe('renderCardPng', () => {
  const card = {
    lang: 'zh' as const,
    kicker: 'Dossier · 中文摘要',
    title: '算力危机与马斯克结盟之际，Anthropic 旗下 Claude 变身工程基础设施',
    footer: 'AINews · 2026年5月',
  };

  it('draws a 1200×630 PNG under 100 KB', async () => {
    const png = await renderCardPng(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('draws the same bytes for the same card, so builds are reproducible', async () => {
    expect((await renderCardPng(card)).equals(await renderCardPng(card))).toBe(true);
  });

  it('draws the same card in the worker pool, several at once', async () => {
    const direct = await renderCardPng(card);
    const pooled = await Promise.all([card, card, card].map(drawCard));
    for (const { png, ms } of pooled) {
      expect(png.equals(direct)).toBe(true);
      expect(ms).toBeGreaterThan(0);
    }
  });

  it('starts new workers after idle ones have ended', async () => {
    const first = await drawCard(card);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await drawCard(card)).png.equals(first.png)).toBe(true);
  });

  // Issue 15: the card fonts have no emoji, so an emoji in a title used to be an empty box.
  describe('emoji in a title', () => {
    /** Pixels of a clearly blue colour: the rocket's window and the French flag have them; text, background, bar and kicker never do. */
    const bluePixels = (png: Buffer) => {
      const { data } = rgbaPixels(png);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > 120 && data[i + 2]! > data[i]! + 60) count++;
      return count;
    };
    const titled = (lang: 'en' | 'fr' | 'zh', title: string) => renderCardPng({ lang, kicker: 'Dossier · Summary', title, footer: 'Test · 2026' });

    it.each(['en', 'fr', 'zh'] as const)('draws 🚀 and 🇫🇷 as coloured images on a %s card', async (lang) => {
      expect(await bluePixels(await titled(lang, 'Launch'))).toBe(0);
      // Each emoji is 64 px square at this title size: a few hundred blue pixels at least.
      expect(await bluePixels(await titled(lang, '🚀 Launch 🇫🇷'))).toBeGreaterThan(500);
    });

    it('splits a line into text and whole emoji, sequences and flags included', () => {
      const parts = splitEmoji('🚀 Launch 🇫🇷, 👩🏽‍🚀 and ❤️ 1️⃣');
      expect(parts.map((p) => ('text' in p ? p.text : p.src))).toEqual([
        'twemoji:1f680',
        ' Launch ',
        'twemoji:1f1eb-1f1f7',
        ', ',
        'twemoji:1f469-1f3fd-200d-1f680',
        ' and ',
        'twemoji:2764',
        ' ',
        'twemoji:31-20e3',
      ]);
      for (const part of parts) if ('svg' in part) expect(part.svg.toString('utf8')).toMatch(/^<svg /);
      expect(splitEmoji('No emoji: © ™ 中文')).toEqual([{ text: 'No emoji: © ™ 中文' }]);
    });
  });
});
