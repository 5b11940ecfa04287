import type { Loader } from 'astro/loaders';
import { readEntities } from './read-entities.ts';

/** Loads the entity registry with strict YAML and registry-wide checks (see read-entities.ts). */
export function entityLoader(root: string): Loader {
  return {
    name: 'dossier-entities',
    async load({ store, generateDigest }) {
      const entities = readEntities(root);
      const keep = new Set(entities.map((e) => e.id));
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      for (const entity of entities) {
        store.set({ id: entity.id, data: entity.data, filePath: entity.file, digest: generateDigest(entity.raw) });
      }
    },
  };
}
