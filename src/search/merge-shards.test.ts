import { describe, expect, it } from 'vitest';
import { mergedNewestFirst, queryWords, shardsHoldingEveryWord } from './merge-shards.ts';

/** A result whose data load is counted. */
function result(date: string, loads: string[]) {
  return { date, data: async () => (loads.push(date), { dateKey: date }) };
}

describe('mergedNewestFirst', () => {
  it('merges lists sorted newest first into one, whatever their sizes and forms of date', async () => {
    const loads: string[] = [];
    const lists = [['2026-12-02', '2026-11', '2025-03-01', '0000'], ['2026-12-03', '2026-12-01', '2024'], [], ['2026-12-02', '2026-01-15']].map((list) =>
      list.map((d) => result(d, loads)),
    );
    const take = mergedNewestFirst(lists, (d: { dateKey: string }) => d.dateKey);
    const first = await take(3);
    const rest = await take(100);
    expect([...first, ...rest].map((r) => r.date)).toEqual([
      '2026-12-03',
      '2026-12-02',
      '2026-12-02',
      '2026-12-01',
      '2026-11',
      '2026-01-15',
      '2025-03-01',
      '2024',
      '0000',
    ]);
    expect(await take(5)).toEqual([]);
  });

  it('two takes at once give the next results in turn, never the same twice', async () => {
    const loads: string[] = [];
    const lists = [
      ['2026-12-03', '2026-12-01'],
      ['2026-12-02', '2026-11-30'],
    ].map((list) => list.map((d) => result(d, loads)));
    const take = mergedNewestFirst(lists, (d: { dateKey: string }) => d.dateKey);
    const [a, b] = await Promise.all([take(2), take(2)]);
    expect([...a, ...b].map((r) => r.date)).toEqual(['2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30']);
  });

  it('equal dates keep the order of the lists', async () => {
    const loads: string[] = [];
    const a = result('2026-12-02', loads);
    const b = result('2026-12-02', loads);
    expect(await mergedNewestFirst([[a], [b]], (d: { dateKey: string }) => d.dateKey)(2)).toEqual([a, b]);
  });

  it('reads only the results it shows, and the heads of the other lists', async () => {
    const read = new Set<object>();
    const lists = Array.from({ length: 4 }, (_, i) =>
      Array.from({ length: 50 }, (_, j) => {
        const r = { data: async () => (read.add(r), { dateKey: `2026-${String(12 - Math.floor(j / 5)).padStart(2, '0')}-0${i + 1}` }) };
        return r;
      }),
    );
    expect(await mergedNewestFirst(lists, (d: { dateKey: string }) => d.dateKey)(10)).toHaveLength(10);
    expect(read.size).toBeLessThanOrEqual(10 + 4);
  });
});

describe('queryWords', () => {
  it('cuts Chinese into words, and other languages at spaces', () => {
    expect(queryWords('马斯克', 'zh')).toEqual(['马', '斯克']);
    expect(queryWords('  Musk  Anthropic ', 'en')).toEqual(['Musk', 'Anthropic']);
    expect(queryWords('l’orchestration — des agents', 'fr')).toEqual(['l’orchestration', 'des', 'agents']);
  });
});

describe('shardsHoldingEveryWord', () => {
  it('keeps the shards that hold every word some shard holds', () => {
    const musk = { '0': 0, '1': 2, '2': 0 };
    const anthropic = { '0': 5, '1': 1, '2': 3 };
    expect(shardsHoldingEveryWord([musk, anthropic], 3)).toEqual(['1']);
  });
  it('leaves out a word no shard holds, as one index would', () => {
    expect(
      shardsHoldingEveryWord(
        [
          { '0': 0, '1': 0 },
          { '0': 1, '1': 0 },
        ],
        2,
      ),
    ).toEqual(['0']);
    expect(shardsHoldingEveryWord([{ '0': 0, '1': 0 }], 2)).toEqual(['0', '1']);
  });
  it('a shard missing from the counts holds none of the word', () => {
    expect(shardsHoldingEveryWord([{ '1': 4 }], 3)).toEqual(['1']);
  });
});
