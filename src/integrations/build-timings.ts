import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { cardTimings } from '../cards/card.ts';

/**
 * For the benchmark only: when DOSSIER_TIMINGS names a file, writes the time of
 * each build phase there: content sync, page render (cards included, and
 * counted), and the indexing integration it wraps. Astro runs integrations'
 * hooks in order, so markers before and after the wrapped one time it.
 */
export function timedBuild(indexing: AstroIntegration): AstroIntegration[] {
  const file = process.env['DOSSIER_TIMINGS'];
  if (!file) return [indexing];
  const marks: Record<string, number> = {};
  const mark = (name: string) => void (marks[name] = performance.now());
  const before: AstroIntegration = {
    name: 'dossier-timings-start',
    hooks: {
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => mark('indexStart'),
    },
  };
  const after: AstroIntegration = {
    name: 'dossier-timings-end',
    hooks: {
      'astro:build:done': () => {
        mark('end');
        const ms = (from: string, to: string) => Math.round(marks[to]! - marks[from]!);
        writeFileSync(
          file,
          JSON.stringify({
            contentSyncMs: ms('configDone', 'buildStart'),
            renderMs: ms('buildStart', 'generated'),
            pagefindMs: ms('indexStart', 'end'),
            cards: cardTimings(),
          }),
        );
      },
    },
  };
  return [before, indexing, after];
}
