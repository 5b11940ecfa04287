// What an entity's page shows: the articles that name it (with the sentences), its relations and
// whether each is a claim, the names it is mentioned with. Computed here, typed and unit-tested, so
// the page template only lays it out (pages/[lang]/entities/[id].astro).
import { radialLayout } from '../entities/graph-layout.ts';
import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import type { RelationData } from '../schemas/entity.ts';
import type { Entity, Site } from './site-data.ts';

/** Up to this many sentences per article are shown; the rest are one click away. */
export const SENTENCES_SHOWN = 3;
/** Names drawn in the small graph of those it is mentioned with (the list below it has them all). */
export const GRAPH_NEIGHBOURS = 12;
export const GRAPH_SIZE = { width: 640, height: 360 } as const;

/** Each sentence once: an article that names it twice in one sentence quotes that sentence once. */
const uniqueSentences = (mentions: readonly RecordedMention[]) => {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.sentence) && seen.add(m.sentence));
};

export function entityView(site: Site, entity: Entity, lang: Locale) {
  const { index } = site;
  const { name, descriptionBasis, relations, aliases } = entity.data;
  const mentioned = (index.byEntity.get(entity.id) ?? []).map(({ articleId, mentions, summary }) => {
    const article = site.articleBySlug.get(articleId)!;
    const original = uniqueSentences(mentions);
    const writtenIn = article.data.summary.writtenIn;
    return {
      article,
      // The reader's language first: the summary sentence that names it, beside the original sentences.
      inSummary: uniqueSentences(summary[lang] ?? []),
      // An article that names it only in its summary: the summary as it was written stands for the original.
      summaryOriginal: original.length === 0 && writtenIn !== lang ? uniqueSentences(summary[writtenIn] ?? []) : [],
      summaryOriginalLang: writtenIn,
      shown: original.slice(0, SENTENCES_SHOWN),
      hidden: original.slice(SENTENCES_SHOWN),
    };
  });
  /** A relation with its sources, and why it is only a claim (empty: reported as fact). */
  const sourced = (relation: RelationData) => ({
    sources: relation.articles.flatMap((id) => site.articleByDataId.get(id) ?? []),
    reasons: site.claimOf(relation),
  });
  const coMentioned = index.coMentions(entity.id).map((c) => ({ ...c, name: site.nameOf(c.entityId, lang) }));
  const neighbours = coMentioned.slice(0, GRAPH_NEIGHBOURS);
  return {
    mentioned,
    forward: relations.map((relation) => ({ relation, other: site.entityById.get(relation.of)!, ...sourced(relation) })),
    // Relations other entities state towards this one, by who states them.
    inverse: (site.relationsTo.get(entity.id) ?? [])
      .map(({ from, relation }) => ({ relation, other: from, ...sourced(relation) }))
      .sort((a, b) => a.other.id.localeCompare(b.other.id)),
    descriptionClaim: descriptionBasis
      ? { sources: descriptionBasis.articles.flatMap((id) => site.articleByDataId.get(id) ?? []), reasons: site.claimOf(descriptionBasis) }
      : undefined,
    /** The names it goes by in this language besides the one shown. */
    otherForms: [...new Set([...(aliases.all ?? []), ...(aliases[lang] ?? [])].map((a) => (typeof a === 'string' ? a : a.text)))].filter(
      (f) => f !== name[lang],
    ),
    coMentioned,
    graph:
      neighbours.length === 0
        ? undefined
        : {
            nodes: radialLayout(
              { id: entity.id, weight: index.articleCount(entity.id) },
              neighbours.map((n) => ({ id: n.entityId, weight: index.articleCount(n.entityId) })),
              GRAPH_SIZE.width,
              GRAPH_SIZE.height,
            ),
            edges: neighbours.map((n) => ({ source: entity.id, target: n.entityId, weight: n.count })),
            names: new Map([[entity.id, name[lang]], ...neighbours.map((n) => [n.entityId, n.name] as [string, string])]),
          },
    /** Where a quoted sentence is in its article, for a link to the passage. */
    passageHref: (articleSlug: string, m: RecordedMention) => (m.passage ? `${paths.article(lang, articleSlug)}#${m.passage}` : undefined),
  };
}
