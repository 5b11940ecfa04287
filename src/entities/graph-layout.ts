import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface GraphNode {
  id: string;
  /** Drawn larger when mentioned in more articles. */
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

/** A fixed pseudo-random source, so two builds draw the same graph (byte-identical pages). */
function lcg(seed = 1): () => number {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

/** Coordinates to a tenth of a unit: enough for a drawing, and short in the page. */
const round = (v: number) => Math.round(v * 10) / 10;

const radius = (weight: number) => 5 + 3 * Math.sqrt(weight);

/**
 * Lays out a whole graph at build time with d3-force (run to rest, never in
 * the browser), scaled into a `width` × `height` box with a margin for labels.
 */
export function forceLayout(nodes: readonly GraphNode[], edges: readonly GraphEdge[], width: number, height: number): PlacedNode[] {
  type Sim = GraphNode & SimulationNodeDatum;
  const simNodes: Sim[] = nodes.map((n) => ({ ...n }));
  const links = edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation(simNodes)
    .randomSource(lcg())
    .force('charge', forceManyBody().strength(-60))
    .force(
      'link',
      forceLink<Sim, (typeof links)[number]>(links)
        .id((n) => n.id)
        .strength((l) => Math.min(1, 0.05 * l.weight)),
    )
    .force(
      'collide',
      forceCollide<Sim>((n) => radius(n.weight) + 14),
    )
    // Pulled towards the centre harder along the box's shorter side, so the drawing takes the box's shape.
    .force('x', forceX(0).strength(0.08 * Math.sqrt(height / width)))
    .force('y', forceY(0).strength(0.08 * Math.sqrt(width / height)))
    .stop();
  simulation.tick(400);
  return fit(
    simNodes.map((n) => ({ id: n.id, weight: n.weight, x: n.x ?? 0, y: n.y ?? 0, r: radius(n.weight) })),
    width,
    height,
  );
}

/** One entity in the middle and its neighbours around it, nearest (most shared) first. */
export function radialLayout(center: GraphNode, neighbours: readonly GraphNode[], width: number, height: number): PlacedNode[] {
  const placed: PlacedNode[] = [{ ...center, x: 0, y: 0, r: radius(center.weight) }];
  neighbours.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / neighbours.length;
    placed.push({ ...n, x: Math.cos(angle), y: Math.sin(angle), r: radius(n.weight) });
  });
  return fit(placed, width, height);
}

/** Scales the drawing into the box, with room at the sides for the outer nodes' names (`placeLabels` keeps them inside). */
function fit(nodes: PlacedNode[], width: number, height: number): PlacedNode[] {
  const marginX = Math.min(90, width / 10);
  const marginY = Math.min(30, height / 14);
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * marginX) / (maxX - minX || 1);
  const sy = (height - 2 * marginY) / (maxY - minY || 1);
  return nodes.map((n) => ({
    ...n,
    x: round(marginX + (maxX === minX ? (width - 2 * marginX) / 2 : (n.x - minX) * sx)),
    y: round(marginY + (maxY === minY ? (height - 2 * marginY) / 2 : (n.y - minY) * sy)),
  }));
}

/** Where a node's name is drawn: its baseline start point and anchor, in the graph's units. */
export interface LabelPlace {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// Wide (East Asian full-width) characters take a whole em; Latin capitals and digits about 0.7 em
// and other characters about 0.6 em in the sans-serif fonts readers have. Estimates err wide, so a
// label that fits on paper fits on screen.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[\p{Lu}\p{N}mwMW]/u.test(ch) ? 0.72 : ch === ' ' ? 0.32 : 0.6;
  return em * fontSize + 2;
}

/**
 * Names the nodes it can without any two names overlapping each other or a node, heaviest
 * node first: each name goes above, below, right or left of its node, or at a corner, whichever
 * is free first and inside the box. A node left without a name still has it as its link's accessible name.
 */
export function placeLabels(
  nodes: readonly PlacedNode[],
  names: ReadonlyMap<string, string>,
  width: number,
  height: number,
  fontSize: number,
): Map<string, LabelPlace> {
  const gap = 3;
  const circles: Box[] = nodes.map((n) => ({ left: n.x - n.r, top: n.y - n.r, right: n.x + n.r, bottom: n.y + n.r }));
  const taken: Box[] = [];
  const placed = new Map<string, LabelPlace>();
  // A line of sans-serif text is about 1.2 em from top to bottom, most of it above the baseline;
  // each box gets a unit of room around it.
  const ascent = fontSize * 0.95 + 1;
  const descent = fontSize * 0.3 + 1;
  for (const n of [...nodes].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))) {
    const w = labelWidth(names.get(n.id) ?? n.id, fontSize);
    const candidates: [LabelPlace, Box][] = [
      [
        { x: n.x, y: n.y - n.r - gap - descent, anchor: 'middle' },
        { left: n.x - w / 2, right: n.x + w / 2, top: n.y - n.r - gap - descent - ascent, bottom: n.y - n.r - gap },
      ],
      [
        { x: n.x, y: n.y + n.r + gap + ascent, anchor: 'middle' },
        { left: n.x - w / 2, right: n.x + w / 2, top: n.y + n.r + gap, bottom: n.y + n.r + gap + ascent + descent },
      ],
      [
        { x: n.x + n.r + gap, y: n.y + ascent / 2 - descent / 2, anchor: 'start' },
        { left: n.x + n.r + gap, right: n.x + n.r + gap + w, top: n.y - (ascent + descent) / 2, bottom: n.y + (ascent + descent) / 2 },
      ],
      [
        { x: n.x - n.r - gap, y: n.y + ascent / 2 - descent / 2, anchor: 'end' },
        { left: n.x - n.r - gap - w, right: n.x - n.r - gap, top: n.y - (ascent + descent) / 2, bottom: n.y + (ascent + descent) / 2 },
      ],
      // Then the four corners, for crowded parts of the drawing.
      ...([1, -1] as const).flatMap((dy) =>
        ([1, -1] as const).map((dx): [LabelPlace, Box] => {
          const x = n.x + dx * (n.r * 0.7 + gap);
          const baseline = dy < 0 ? n.y - n.r * 0.7 - gap - descent : n.y + n.r * 0.7 + gap + ascent;
          const box = { left: dx > 0 ? x : x - w, right: dx > 0 ? x + w : x, top: baseline - ascent, bottom: baseline + descent };
          return [{ x, y: baseline, anchor: dx > 0 ? 'start' : 'end' }, box];
        }),
      ),
    ];
    const free = candidates.find(
      ([, box]) =>
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= width &&
        box.bottom <= height &&
        !taken.some((t) => overlaps(t, box)) &&
        !circles.some((c) => overlaps(c, box)),
    );
    if (!free) continue;
    taken.push(free[1]);
    placed.set(n.id, { x: round(free[0].x), y: round(free[0].y), anchor: free[0].anchor });
  }
  return placed;
}
