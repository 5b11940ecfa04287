import { describe, expect, it } from 'vitest';
import { forceLayout, labelWidth, placeLabels, type PlacedNode } from './graph-layout.ts';

const FONT = 13;
const box = (name: string, place: { x: number; y: number; anchor: string }) => {
  const w = labelWidth(name, FONT);
  const left = place.anchor === 'middle' ? place.x - w / 2 : place.anchor === 'start' ? place.x : place.x - w;
  return { left, right: left + w, top: place.y - FONT, bottom: place.y + FONT * 0.3 };
};

describe('placeLabels', () => {
  // A crowded graph: 40 nodes with long names in a small box.
  const nodes = forceLayout(
    Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, weight: 1 + (i % 7) })),
    Array.from({ length: 39 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}`, weight: 1 })),
    400,
    300,
  );
  const names = new Map(nodes.map((n) => [n.id, `A rather long name ${n.id}`]));
  const labels = placeLabels(nodes, names, 400, 300, FONT);

  it('never lets two names overlap, nor a name leave the box', () => {
    const boxes = [...labels].map(([id, place]) => box(names.get(id)!, place));
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(400);
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    }
  });

  it('leaves some names off when they cannot fit', () => {
    expect(labels.size).toBeGreaterThan(0);
    expect(labels.size).toBeLessThan(nodes.length);
  });

  it('gives a contested place to the heavier node', () => {
    // Two nodes side by side in a box with room for one name only.
    const pair: PlacedNode[] = [
      { id: 'light', weight: 1, x: 60, y: 30, r: 5 },
      { id: 'heavy', weight: 4, x: 80, y: 30, r: 5 },
    ];
    const placed = placeLabels(
      pair,
      new Map([
        ['light', 'Lightweight'],
        ['heavy', 'Heavyweight'],
      ]),
      140,
      40,
      FONT,
    );
    expect([...placed.keys()]).toEqual(['heavy']);
  });

  it('names every node of a sparse graph', () => {
    const few = forceLayout(
      [
        { id: 'a', weight: 3 },
        { id: 'b', weight: 1 },
        { id: 'c', weight: 1 },
      ],
      [{ source: 'a', target: 'b', weight: 1 }],
      600,
      400,
    );
    expect(
      placeLabels(
        few,
        new Map([
          ['a', 'Anthropic'],
          ['b', '微软'],
          ['c', 'Claude'],
        ]),
        600,
        400,
        FONT,
      ).size,
    ).toBe(3);
  });
});

describe('labelWidth', () => {
  it('counts a Chinese character as a whole em, wider than a Latin letter', () => {
    expect(labelWidth('微软', 10)).toBeGreaterThan(labelWidth('ab', 10));
    expect(labelWidth('微软', 10)).toBeCloseTo(22);
  });
});
