import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { cardTimings } from '../cards/card.ts';

/**
 * For the benchmark only: when DOSSIER_TIMINGS names a file, writes the time of
 * each build phase there: content sync, page render (cards included, and
 * counted), and what follows the pages (the search index, with the pruning of
 * the output folder and the sitemap that run while it indexes). Astro runs
 * integrations' hooks in order: `start` goes first in the list, `end` last.
 * Without DOSSIER_TIMINGS both do nothing.
 */
export function buildTimings(): { start: AstroIntegration; end: AstroIntegration } {
  const file = process.env['DOSSIER_TIMINGS'];
  const marks: Record<string, number> = {};
  const mark = (name: string) => void (marks[name] = performance.now());
  const start: AstroIntegration = {
    name: 'dossier-timings-start',
    hooks: file
      ? {
          'astro:config:done': () => mark('configDone'),
          'astro:build:start': () => mark('buildStart'),
          'astro:build:generated': () => mark('generated'),
          'astro:build:done': () => mark('indexStart'),
        }
      : {},
  };
  const end: AstroIntegration = {
    name: 'dossier-timings-end',
    hooks: file
      ? {
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
        }
      : {},
  };
  return { start, end };
}
