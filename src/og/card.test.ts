import { describe, expect, it } from 'vitest';
import { pngSize } from '../lib/png.ts';
import { drawCard } from './card-pool.ts';
import { renderCardPng } from './card.ts';

describe('renderCardPng', () => {
  const card = { lang: 'zh' as const, kicker: 'Dossier · 中文摘要', title: '算力危机与马斯克结盟之际，Anthropic 旗下 Claude 变身工程基础设施', footer: 'AINews · 2026年5月' };

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
});
