// Imports point one way: a folder of src/ may import from its own layer or the layers below it,
// never from a layer above, and folders in the same layer (peers) do not import each other.
// The layers are stated in the README's folder layout; this test is what keeps them true.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Lowest first. A folder is the first path segment under src/; '.' is a file directly in src/. */
export const LAYERS: readonly (readonly string[])[] = [
  ['lib', 'styles'], // pure helpers: text files, YAML, Intl, PNG, site URL, security headers
  ['browser'], // scripts that run in the reader's browser
  ['i18n'], // locales, UI strings, URL paths
  ['schemas'], // what a content file may hold
  ['entities'], // names, aliases, the matcher, claims, the graph layout
  ['markdown'], // the article pipeline
  ['loaders'], // reading and checking content files
  ['ingest', 'draft'], // editor commands: raw pages in, summaries drafted
  ['site'], // what every page shares: collections, indexes, labels, page keys
  ['search', 'seo', 'cards'], // the site's three outward faces
  ['components'],
  ['layouts'],
  ['pages', 'integrations', '.'],
];

const SRC = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The relative imports of one file, as paths from src/. Astro files: their frontmatter and scripts. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SRC, normalize(join(dirname(file), spec))));
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');

/** Every import that runs up a layer or across to a peer, and every folder no layer names. */
export function violations(graph: Map<string, string[]>, layers = LAYERS): string[] {
  const layerOf = new Map(layers.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    const fromFolder = folderOf(from);
    const fromLayer = layerOf.get(fromFolder);
    if (fromLayer === undefined) {
      problems.push(`${from}: folder src/${fromFolder}/ is in no layer; add it to LAYERS in src/layers.test.ts and to the README`);
      continue;
    }
    for (const to of targets) {
      const toFolder = folderOf(to);
      if (toFolder === fromFolder || toFolder.startsWith('..')) continue;
      const toLayer = layerOf.get(toFolder);
      if (toLayer === undefined) problems.push(`${from} imports ${to}, in a folder no layer names`);
      else if (toLayer > fromLayer) problems.push(`${from} (layer ${fromLayer}, ${fromFolder}) imports ${to} from a higher layer (${toLayer}, ${toFolder})`);
      else if (toLayer === fromLayer) problems.push(`${from} imports ${to}: ${fromFolder} and ${toFolder} are peers and do not import each other`);
    }
  }
  return problems;
}

/** Import cycles between files (a cycle inside one folder is as confusing as one across folders). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const graph = new Map(sourceFiles(SRC).map((file) => [relative(SRC, file), importsOf(file)]));

describe('layers', () => {
  it('reads the imports of every source file', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('site/content.ts')).toContain('entities/graph-layout.ts');
    expect(graph.get('layouts/Base.astro')).toContain('seo/seo.ts');
  });

  it('has no import from a lower layer to a higher one, nor between peers', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('would catch an import up a layer, across peers, from an unknown folder, and a cycle', () => {
    const bad = new Map([
      ['lib/a.ts', ['site/b.ts']],
      ['seo/c.ts', ['cards/d.ts']],
      ['misc/e.ts', []],
      ['site/b.ts', ['site/f.ts']],
      ['site/f.ts', ['site/b.ts']],
    ]);
    expect(violations(bad)).toHaveLength(3);
    expect(cycles(bad)).toEqual([['site/b.ts', 'site/f.ts', 'site/b.ts']]);
  });
});
