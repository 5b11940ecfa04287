import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentRoot } from './content-fixture.ts';
import { surfaceForms } from '../entities/entity-aliases.ts';
import { readEntities } from './read-entities.ts';

const ENTITY = (name: string, extra = '') => `type: organization
name: { en: "${name}", fr: "${name}", zh: "${name}" }
description: { en: "A company.", fr: "Une entreprise.", zh: "一家公司。" }
${extra}`;

function registry(files: Record<string, string>) {
  const root = makeContentRoot({});
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', 'entities', name), text);
  return () => readEntities(root);
}

describe('readEntities', () => {
  it('reads the real registry without errors', () => {
    expect(readEntities(process.cwd()).length).toBeGreaterThan(50);
  });

  it('reads the same files once (both loaders read them), and reads them again when one changed', () => {
    const root = makeContentRoot({});
    const file = join(root, 'content', 'entities', 'a.yaml');
    writeFileSync(file, ENTITY('Alpha'));
    const first = readEntities(root);
    expect(readEntities(root)).toBe(first);
    writeFileSync(file, ENTITY('Alpha Corp'));
    const second = readEntities(root);
    expect(second).not.toBe(first);
    expect(second[0]!.data.name.en).toBe('Alpha Corp');
    // A registry with a problem is reported at every read.
    writeFileSync(join(root, 'content', 'entities', 'b.yaml'), ENTITY('Alpha Corp'));
    expect(() => readEntities(root)).toThrow(/b\.yaml/);
    expect(() => readEntities(root)).toThrow(/b\.yaml/);
  });

  it('fails on an alias claimed by two entities in one language', () => {
    const run = registry({ 'a.yaml': ENTITY('Alpha', 'aliases: { en: ["Shared"] }'), 'b.yaml': ENTITY('Beta', 'aliases: { all: ["Shared"] }') });
    expect(run).toThrow(/content\/entities\/b\.yaml → aliases\.all\.0: "Shared" is also claimed in en by content\/entities\/a\.yaml \(aliases\.en\.0\)/);
  });

  it('fails on a relation to an unknown id', () => {
    const run = registry({ 'a.yaml': ENTITY('Alpha', 'relations:\n  - { role: { en: CEO, fr: PDG, zh: 首席执行官 }, of: nobody, status: current }') });
    expect(run).toThrow(/a\.yaml → relations\.0\.of: unknown entity id "nobody"/);
  });

  it('reports a broken entity once, not again in every relation to it', () => {
    const run = registry({
      'a.yaml': ENTITY('Alpha', 'relations:\n  - { role: { en: CEO, fr: PDG, zh: 首席执行官 }, of: b, status: current }'),
      'b.yaml': ENTITY('Beta', 'oops: 1'),
    });
    expect(run).toThrow(/^content\/entities\/b\.yaml → oops: unknown field/);
  });

  it('fails on a missing description translation', () => {
    const run = registry({ 'a.yaml': ENTITY('Alpha').replace(', zh: "一家公司。"', '') });
    expect(run).toThrow(/a\.yaml → description\.zh: missing/);
  });

  it('fails on an id that is not ^[a-z0-9-]+$', () => {
    expect(registry({ 'Bad_Id.yaml': ENTITY('Alpha') })).toThrow(/Bad_Id\.yaml → id \(file name\): "Bad_Id" does not match/);
  });
});

describe('surfaceForms', () => {
  it('adds the name in each language and lets an alias object guard it', () => {
    const [entity] = readEntities(process.cwd()).filter((e) => e.id === 'meta');
    expect(surfaceForms(entity!.data, 'en').find((f) => f.text === 'Meta')?.notBeforeHyphen).toBe(true);
  });
});
