import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../i18n/locales.ts';
import { ContentError, throwIfAny } from '../lib/content-error.ts';
import { decodeTextFile } from '../lib/text-file.ts';
import { parseYaml } from '../lib/yaml.ts';
import { zodIssuesToErrors } from '../lib/zod-errors.ts';
import { SLUG } from '../schemas/common.ts';
import { entitySchema, type EntityData } from '../schemas/entity.ts';
import { aliasGuardProblem } from '../entities/alias-guards.ts';
import { surfaceForms } from '../entities/entity-aliases.ts';
import { nonTextErrors } from '../lib/not-text.ts';
import { listContentFiles, type ContentFile } from './content-files.ts';

/** What content/entities/ holds: `.yaml` (or `.yml`) files, lowercase. */
const ENTITY_FILES = { what: 'entity', extensions: ['.yaml', '.yml'], lookalikes: /\.ya?ml$/i } as const;

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
  const listed = listContentFiles(root, dir, ENTITY_FILES, errors).map((f) => ({ ...f, bytes: readFileSync(f.path) }));
  // Both loaders read the registry in every build: the second read of the same files is the first's.
  const key = createHash('sha256');
  for (const { file, bytes } of listed) key.update(`${file}\u0000${bytes.length}\u0000`).update(bytes);
  const digest = `${root}\u0000${key.digest('hex')}`;
  if (errors.length === 0 && lastRead?.digest === digest) return lastRead.entities;
  const entities = validateEntities(listed, errors);
  if (errors.length === 0) lastRead = { digest, entities };
  throwIfAny(errors);
  return entities;
}

/** The last registry read without a problem, and what its files were. */
let lastRead: { digest: string; entities: EntityFile[] } | undefined;

function validateEntities(listed: readonly (ContentFile & { bytes: Buffer })[], errors: ContentError[]): EntityFile[] {
  const entities: EntityFile[] = [];
  const byId = new Map<string, string>();
  for (const { name, file, bytes } of listed) {
    const id = name.replace(/\.ya?ml$/, '');
    try {
      if (!SLUG.test(id)) {
        throw new ContentError(
          file,
          'id (file name)',
          `"${id}" does not match ^[a-z0-9-]+$.`,
          'rename the file to lowercase ASCII words joined by hyphens, e.g. "rahul-patil.yaml".',
        );
      }
      // stripe.yml beside stripe.yaml: one would silently replace the other.
      const other = byId.get(id);
      if (other)
        throw new ContentError(file, 'id (file name)', `"${id}" is also the id of ${other}.`, 'keep one file per entity: merge the two, or rename one.');
      byId.set(id, file);
      const raw = decodeTextFile(bytes, file);
      const data = parseYaml(raw, file) ?? {};
      const notText = nonTextErrors(file, raw, data);
      if (notText.length > 0) {
        errors.push(...notText);
        continue;
      }
      const parsed = entitySchema.safeParse(data);
      if (!parsed.success) errors.push(...zodIssuesToErrors(file, parsed.error.issues, data));
      else entities.push({ id, file, data: parsed.data, raw });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }

  // An entity whose file has problems of its own still exists: relations to it are not reported too.
  const ids = new Set(byId.keys());
  for (const entity of entities) {
    entity.data.relations.forEach((relation, i) => {
      if (!ids.has(relation.of)) {
        errors.push(
          new ContentError(
            entity.file,
            `relations.${i}.of`,
            `unknown entity id "${relation.of}".`,
            `create content/entities/${relation.of}.yaml or fix the id.`,
          ),
        );
      }
    });
  }
  errors.push(...aliasClashes(entities));
  return entities;
}

function aliasClashes(entities: readonly EntityFile[]): ContentError[] {
  const errors: ContentError[] = [];
  const guarded = new Set<string>();
  for (const lang of LOCALES) {
    const owners = new Map<string, { entity: EntityFile; field: string }>();
    for (const entity of entities) {
      for (const form of surfaceForms(entity.data, lang)) {
        const guard = aliasGuardProblem(form, lang);
        // An `all` alias is checked in every language, but reported once.
        if (guard && !guarded.has(`${entity.file}\u0000${form.field}`)) {
          guarded.add(`${entity.file}\u0000${form.field}`);
          errors.push(new ContentError(entity.file, form.field, guard.problem, guard.fix));
        }
        // Compared without case: "OpenAI" and "Openai" in two entities would link unpredictably.
        const key = form.text.toLowerCase();
        const owner = owners.get(key);
        if (owner && owner.entity !== entity) {
          errors.push(
            new ContentError(
              entity.file,
              form.field,
              `"${form.text}" is also claimed in ${lang} by ${owner.entity.file} (${owner.field}).`,
              'keep the form in one entity only, or make it more specific.',
            ),
          );
        } else if (!owner) owners.set(key, { entity, field: form.field });
      }
    }
  }
  return errors;
}
