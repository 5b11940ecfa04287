// Issue 16.7: a damaged card in the cache must never reach the site, nor survive the next build.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cacheDir = mkdtempSync(join(tmpdir(), 'dossier-og-'));
process.env['DOSSIER_CARD_CACHE'] = cacheDir;
const { cardPng, cardStats } = await import('./card.ts');
const { renderCardPng } = await import('./card-design.ts');

const card = { lang: 'en' as const, kicker: 'Dossier · Summary', title: 'A card to damage', footer: 'Test · 2026' };
const cachedFile = () =>
  join(
    cacheDir,
    readdirSync(cacheDir).find((n) => n.endsWith('.png'))!,
  );

describe('the card cache', () => {
  const damages: [string, (png: Buffer) => Buffer][] = [
    ['truncated', (png) => png.subarray(0, png.length >> 1)],
    ['one byte flipped in the image data', (png) => Buffer.concat([png.subarray(0, 100), Buffer.from([png[100]! ^ 0xff]), png.subarray(101)])],
    ['not a PNG at all', () => Buffer.from('<html>oops</html>')],
    ['empty', () => Buffer.alloc(0)],
    ['another PNG of the wrong size, hash updated too', (png) => Buffer.concat([png.subarray(0, 16), Buffer.from([0, 0, 0, 1, 0, 0, 0, 1]), png.subarray(24)])],
  ];

  it('serves a verified card from the cache without drawing it again', async () => {
    const first = await cardPng(card);
    const drawn = cardStats.rendered;
    expect((await cardPng(card)).equals(first)).toBe(true);
    expect(cardStats.rendered).toBe(drawn);
  });

  for (const [name, damage] of damages) {
    it(`draws again a cached card that is ${name}, and repairs the cache`, async () => {
      const good = await renderCardPng(card);
      await cardPng(card);
      const file = cachedFile();
      const bad = damage(readFileSync(file));
      writeFileSync(file, bad);
      if (name.includes('hash updated')) {
        const { createHash } = await import('node:crypto');
        writeFileSync(`${file}.sha256`, createHash('sha256').update(bad).digest('hex'));
      }
      const damagedBefore = cardStats.damaged;
      expect((await cardPng(card)).equals(good)).toBe(true);
      expect(cardStats.damaged).toBe(damagedBefore + 1);
      expect(readFileSync(file).equals(good)).toBe(true);
      // Repaired: the next read is a verified hit.
      expect((await cardPng(card)).equals(good)).toBe(true);
      expect(cardStats.damaged).toBe(damagedBefore + 1);
    });
  }

  it('does not trust a cached card whose hash file is missing (an older cache, or a copy)', async () => {
    await cardPng(card);
    const file = cachedFile();
    writeFileSync(`${file}.sha256`, '');
    const damagedBefore = cardStats.damaged;
    await cardPng(card);
    expect(cardStats.damaged).toBe(damagedBefore + 1);
  });
});
