import { copyFileSync, existsSync, linkSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module that holds the content layer's store (content/consts.js: DATA_STORE_VIRTUAL_ID). */
const STORE_MODULE = 'astro:data-layer-content';
/** Ours, which reads the store's file. */
const OWN_MODULE = 'dossier:data-store-from-file';
/** Where a static build keeps that store (content/paths.js: `data-store.json` in `cacheDir`). */
const STORE_FILE = 'data-store.json';

/**
 * In a static build, the pages read the content store from its file in the cache folder at run
 * time instead of from a module that holds it as one string literal.
 *
 * Astro bundles the whole store (about 16 KB per article) into the pages' code as
 * `export default JSON.parse("…")`. V8 compiles that literal each time it changes, that is after
 * any content change: 10 s at 3,000 articles, longer than a warm build's whole page phase, while
 * Node's compile cache makes it free in a build with no change. Bundling it costs as much again.
 * The pages read a snapshot of the file Astro's content sync has just written (devalue's flattened
 * form, which the store module exports as parsed JSON), taken where Astro would have bundled it: a
 * hard link (Astro replaces the store by renaming a new file over it, so the link keeps this build's),
 * in a folder of this build's own, removed when the build is done. Another build sharing the cache
 * folder cannot change what this one's pages read. Astro's own module stays in place for `astro dev`
 * and for a chunked or server build.
 */
export function dataStoreFromFile(): AstroIntegration {
  /** This build's folder of snapshots. */
  let snapshots: string | undefined;
  return {
    name: 'dossier-data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.output !== 'static' || (config.experimental.collectionStorage ?? 'single-file') !== 'single-file') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            // An alias comes before every plugin's resolveId, Astro's included: its import of the store module resolves to ours.
            resolve: { alias: [{ find: new RegExp(`^${STORE_MODULE}$`), replacement: OWN_MODULE }] },
            plugins: [
              {
                name: 'dossier-data-store-from-file',
                resolveId: { filter: { id: new RegExp(`^${OWN_MODULE}$`) }, handler: () => `\0${OWN_MODULE}` },
                load: {
                  filter: { id: new RegExp(`^\0${OWN_MODULE}$`) },
                  handler() {
                    // No store yet (a site without collections): what Astro's module says then.
                    if (!existsSync(file)) return 'export default new Map();\n';
                    snapshots ??= mkdtempSync(join(fileURLToPath(config.cacheDir), 'data-store-build-'));
                    const snapshot = join(snapshots, STORE_FILE);
                    rmSync(snapshot, { force: true });
                    try {
                      linkSync(file, snapshot);
                    } catch {
                      copyFileSync(file, snapshot);
                    }
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(snapshot)}, 'utf8'));\n`,
                      // Marked as Astro marks its own store module (core/build/incremental-metadata.js): content, not code, so the
                      // incremental build leaves it out of each page's code hash (its path is new in every build; the pages' keys cover the content).
                      meta: { astroIncremental: { kind: 'content-data' } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        if (snapshots) rmSync(snapshots, { recursive: true, force: true });
      },
    },
  };
}
