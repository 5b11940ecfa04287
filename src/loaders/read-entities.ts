import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import { ContentError, throwIfAny } from '../lib/content-error.ts';
import { decodeTextFile } from '../lib/text-file.ts';
import { parseYaml } from '../lib/yaml.ts';
import { zodIssuesToErrors } from '../lib/zod-errors.ts';
import { SLUG } from '../schemas/common.ts';
import { entitySchema, type EntityData } from '../schemas/entity.ts';
import { surfaceForms } from '../lib/entity-aliases.ts';

export interface EntityFile {
  id: string;
  file: string;
  data: EntityData;
  raw: string;
}

/**
 * Reads and validates the entity registry (content/entities/*.yaml), with the
 * checks a schema cannot make: ids from file names, relations that point
 * nowhere, and one surface form claimed by two entities in one language.
 */
export function readEntities(root: string): EntityFile[] {
  const dir = join(root, 'content', 'entities');
  const errors: ContentError[] = [];
  const entities: EntityFile[] = [];

  const names = readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort();
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const id = name.replace(/\.ya?ml$/i, '');
    try {
      if (!SLUG.test(id)) {
        throw new ContentError(file, 'id (file name)', `"${id}" does not match ^[a-z0-9-]+$.`, 'rename the file to lowercase ASCII words joined by hyphens, e.g. "rahul-patil.yaml".');
      }
      const raw = decodeTextFile(readFileSync(join(dir, name)), file);
      const parsed = entitySchema.safeParse(parseYaml(raw, file) ?? {});
      if (!parsed.success) errors.push(...zodIssuesToErrors(file, parsed.error.issues));
      else entities.push({ id, file, data: parsed.data, raw });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }

  // An entity whose file has problems of its own still exists: relations to it are not reported too.
  const ids = new Set(names.map((n) => n.replace(/\.ya?ml$/i, '')));
  for (const entity of entities) {
    entity.data.relations.forEach((relation, i) => {
      if (!ids.has(relation.of)) {
        errors.push(new ContentError(entity.file, `relations.${i}.of`, `unknown entity id "${relation.of}".`, `create content/entities/${relation.of}.yaml or fix the id.`));
      }
    });
  }
  errors.push(...aliasClashes(entities));
  throwIfAny(errors);
  return entities;
}

function aliasClashes(entities: readonly EntityFile[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const lang of LOCALES) {
    const owners = new Map<string, { entity: EntityFile; field: string }>();
    for (const entity of entities) {
      for (const form of surfaceForms(entity.data, lang)) {
        // Compared without case: "OpenAI" and "Openai" in two entities would link unpredictably.
        const key = form.text.toLowerCase();
        const owner = owners.get(key);
        if (owner && owner.entity !== entity) {
          errors.push(new ContentError(entity.file, form.field, `"${form.text}" is also claimed in ${lang} by ${owner.entity.file} (${owner.field}).`, 'keep the form in one entity only, or make it more specific.'));
        } else if (!owner) owners.set(key, { entity, field: form.field });
      }
    }
  }
  return errors;
}
