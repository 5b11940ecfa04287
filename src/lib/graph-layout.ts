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
  return () => ((state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296);
}

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
    .force('link', forceLink<Sim, (typeof links)[number]>(links).id((n) => n.id).strength((l) => Math.min(1, 0.05 * l.weight)))
    .force('collide', forceCollide<Sim>((n) => radius(n.weight) + 14))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.1))
    .stop();
  simulation.tick(400);
  return fit(simNodes.map((n) => ({ id: n.id, weight: n.weight, x: n.x ?? 0, y: n.y ?? 0, r: radius(n.weight) })), width, height);
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

function fit(nodes: PlacedNode[], width: number, height: number): PlacedNode[] {
  const marginX = 90;
  const marginY = 30;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * marginX) / (maxX - minX || 1);
  const sy = (height - 2 * marginY) / (maxY - minY || 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  return nodes.map((n) => ({
    ...n,
    x: round(marginX + (maxX === minX ? (width - 2 * marginX) / 2 : (n.x - minX) * sx)),
    y: round(marginY + (maxY === minY ? (height - 2 * marginY) / 2 : (n.y - minY) * sy)),
  }));
}
