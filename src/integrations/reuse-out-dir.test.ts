import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptTopLevel, pruneExcept, pruneStale } from './reuse-out-dir.ts';

describe('keptTopLevel', () => {
  it("names the top-level folders of the files Astro's manifest can skip", () => {
    const manifest = {
      routes: {
        'src/pages/[lang]/articles/[slug].astro': { paths: { '/en/articles/x/': { outputFile: 'en/articles/x/index.html' } } },
        'src/pages/og/[lang]/[slug].png.ts': { paths: { '/og/fr/x.png': { outputFile: 'og/fr/x.png' } } },
        'src/pages/404.astro': { paths: { '/404': { outputFile: '404.html' } } },
      },
    };
    expect([...keptTopLevel(JSON.stringify(manifest))].sort()).toEqual(['en', 'og']);
  });

  it('keeps nothing when the manifest is not what it expects', () => {
    expect(keptTopLevel('{"routes": 3}').size).toBe(0);
    expect(keptTopLevel('not json').size).toBe(0);
  });
});

describe('pruneExcept', () => {
  it('deletes the files not kept, and the folders that leaves empty, but not the folder itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-prune-'));
    try {
      for (const f of ['a/x/index.html', 'a/y/index.html', 'b/index.html']) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), f);
      }
      expect(pruneExcept(dir, new Set([join(dir, 'a/x/index.html')]))).toBe(2);
      expect(['a/x/index.html', 'a/y', 'b'].map((f) => existsSync(join(dir, f)))).toEqual([true, false, false]);
      expect(pruneExcept(dir, new Set())).toBe(1);
      expect(existsSync(dir)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pruneStale', () => {
  it('deletes the last build’s files in kept folders that this build did not produce, and the folders that leaves empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-prune-'));
    try {
      const before = ['a/x/index.html', 'a/y/z/index.html', 'a/y/index.html', 'b/index.html', 'top.xml'];
      for (const f of [...before, 'a/by-hand.txt']) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        writeFileSync(join(dir, f), f);
      }
      const produced = new Set(['a/x/index.html', 'c/new.html']);
      expect(pruneStale(dir, new Set(['a', 'c']), before, produced)).toBe(2);
      // b is not a kept folder (it was moved aside and written again), top-level files neither.
      expect(['a/x/index.html', 'a/y', 'b/index.html', 'top.xml', 'a/by-hand.txt'].map((f) => existsSync(join(dir, f)))).toEqual([
        true,
        false,
        true,
        true,
        true,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
