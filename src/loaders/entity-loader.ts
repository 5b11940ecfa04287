import type { Loader } from 'astro/loaders';
import { problemsOf } from '../lib/content-error.ts';
import { readEntities, type EntityFile } from './read-entities.ts';
import { postponeStoreSave } from './postpone-store-save.ts';

/**
 * Loads the entity registry with strict YAML and registry-wide checks (see read-entities.ts).
 * A broken registry fails the build in the article loader, which reports its problems
 * together with the articles' (both loaders run at once; this one would show only half).
 */
export function entityLoader(root: string): Loader {
  return {
    name: 'dossier-entities',
    async load({ store, meta, generateDigest }) {
      let entities: EntityFile[];
      try {
        entities = readEntities(root);
      } catch (error) {
        if (problemsOf(error)) return;
        throw error;
      }
      const keep = new Set(entities.map((e) => e.id));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      for (const entity of entities) {
        store.set({ id: entity.id, data: entity.data, filePath: entity.file, digest: generateDigest(entity.raw) });
      }
      postponeStoreSave(meta);
    },
  };
}
