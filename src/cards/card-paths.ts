import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the card code finds its worker script and its cache. */
export interface CardPaths {
  worker: string;
  cacheDir: string;
}

// Shared through globalThis: the config loads this module apart from the page renderer's bundle.
const shared = globalThis as { __dossierCardPaths?: CardPaths };
/** Not a literal in `new URL(…)`, so that Vite does not copy the worker's source into the site as an asset. */
const WORKER_FILE = './card-worker.ts';

/**
 * In a build, the paths the `cardPaths()` integration set from Astro's root and cacheDir (Vite
 * bundles this code away from src/, so it cannot find them from where it runs). Run directly
 * (unit tests, the card benchmark): the worker beside this file and node_modules/.cache of the
 * working folder. DOSSIER_CARD_CACHE overrides the cache in both (the benchmark's cold builds).
 */
export function cardPaths(): CardPaths {
  const paths = shared.__dossierCardPaths ?? {
    worker: fileURLToPath(new URL(WORKER_FILE, import.meta.url)),
    cacheDir: join(process.cwd(), 'node_modules', '.cache', 'dossier-cards'),
  };
  return { ...paths, cacheDir: process.env['DOSSIER_CARD_CACHE'] ?? paths.cacheDir };
}

/** Tells the card code where the project's worker script and Astro's cache are. */
export function cardPathsIntegration(): AstroIntegration {
  return {
    name: 'dossier-card-paths',
    hooks: {
      'astro:config:done': ({ config }) => {
        shared.__dossierCardPaths = {
          worker: fileURLToPath(new URL('src/cards/card-worker.ts', config.root)),
          cacheDir: fileURLToPath(new URL('dossier-cards/', config.cacheDir)),
        };
      },
    },
  };
}
