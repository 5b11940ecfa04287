import { z } from 'astro/zod';
import { localizedText, perLocaleShape, SLUG, text } from './common.ts';

export const ENTITY_TYPES = ['person', 'organization', 'product', 'project', 'infrastructure', 'place', 'event', 'concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A surface form to match: a plain string, or an object when it needs a guard. */
const alias = z.union([
  text(),
  z
    .object({
      text: text(),
      /** "Meta" the company, not "Meta-analysis". */
      notBeforeHyphen: z.boolean().optional(),
      /** Link it although it is short ("X", "AI") or a common word: the editor checked it names only this entity. */
      allowShort: z.boolean().optional(),
      allowCommonWord: z.boolean().optional(),
    })
    .strict(),
]);

/** `all` holds language-neutral forms, matched in every language; the others only in their language. */
const aliases = z
  .object({ all: z.array(alias).optional(), ...perLocaleShape(() => z.array(alias).optional()) })
  .strict()
  .default({});

const articleIds = z.array(z.string().regex(/^[0-9a-f]{8,64}$/, 'must be the id of an article (8 to 64 lowercase hex characters)'));

/**
 * Set when the articles name a person or a deal on no stated source: the
 * statement is then shown as a claim ("according to …"), never as a fact,
 * whatever the articles' own flags say.
 */
const unverified = z.boolean().optional();

const relation = z
  .object({
    /** What the subject is to the target, as a noun phrase per language ("Chief technology officer"). */
    role: localizedText(),
    of: z.string().regex(SLUG, 'must be the id of another entity (its file name without .yaml)'),
    status: z.enum(['current', 'former']),
    /** Ids of the articles that state it. */
    articles: articleIds.default([]),
    unverified,
  })
  .strict();

/** What a description rests on, when it reports what articles say rather than public record. */
const descriptionBasis = z.object({ articles: articleIds.min(1, 'name the articles the description rests on'), unverified }).strict();

export const entitySchema = z
  .object({
    type: z.enum(ENTITY_TYPES),
    name: localizedText(),
    description: localizedText(),
    descriptionBasis: descriptionBasis.optional(),
    aliases,
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'must be a Wikidata id such as "Q95"')
      .optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    relations: z.array(relation).default([]),
  })
  .strict();

export type EntityData = z.output<typeof entitySchema>;
export type RelationData = z.output<typeof relation>;
export type AliasInput = z.output<typeof alias>;
