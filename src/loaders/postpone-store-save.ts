import type { LoaderContext } from 'astro/loaders';

/**
 * Astro writes its content store to disk 500 ms after the last change to it, or when the sync ends.
 * It marks the store changed itself at the start of every sync (its version and config digests), so
 * when a loader's synchronous work outlasts those 500 ms, the first wait after it writes the whole
 * store (1.7 s at 10,000 articles), and the sync's end writes it again if anything changed since.
 * A loader calls this after its synchronous work and before each wait: setting a meta value (always the
 * same one, so the store holds nothing new) starts the 500 ms again, so the store is written once, at the end.
 */
export function postponeStoreSave(meta: LoaderContext['meta']): void {
  meta.set('save-postponed', 'yes');
}
