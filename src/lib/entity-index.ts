import type { RecordedMention } from '../markdown/rehype-entity-links.ts';

export interface IndexedArticle {
  id: string;
  story?: string | undefined;
  mentions: readonly RecordedMention[];
}

export interface EntityCount {
  entityId: string;
  count: number;
}

export interface RelatedArticle {
  articleId: string;
  score: number;
  shared: string[];
}

/**
 * Everything derived from the recorded mentions, computed once per build
 * (quartz's lesson: precompute maps rather than filter per page): which
 * articles mention an entity and where, which entities an article mentions,
 * which entities appear together, and which articles are related.
 */
export class EntityIndex {
  /** entity id → the articles that mention it, each with its mentions, in article order. */
  readonly byEntity = new Map<string, { articleId: string; mentions: RecordedMention[] }[]>();
  /** article id → the entities it mentions, most mentioned first. */
  readonly byArticle = new Map<string, EntityCount[]>();
  private readonly stories = new Map<string, string | undefined>();

  constructor(articles: readonly IndexedArticle[]) {
    for (const article of articles) {
      this.stories.set(article.id, article.story);
      const counts = new Map<string, number>();
      const grouped = new Map<string, RecordedMention[]>();
      for (const m of article.mentions) {
        counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
        grouped.set(m.entityId, [...(grouped.get(m.entityId) ?? []), m]);
      }
      // Ties keep the order of first mention (Map insertion order, stable sort).
      this.byArticle.set(article.id, [...counts].map(([entityId, count]) => ({ entityId, count })).sort((a, b) => b.count - a.count));
      for (const [entityId, mentions] of grouped) {
        this.byEntity.set(entityId, [...(this.byEntity.get(entityId) ?? []), { articleId: article.id, mentions }]);
      }
    }
  }

  /** How many articles mention the entity. */
  articleCount(entityId: string): number {
    return this.byEntity.get(entityId)?.length ?? 0;
  }

  /** Entities mentioned in the same articles, with how many articles they share, most first. */
  coMentions(entityId: string): EntityCount[] {
    const counts = new Map<string, number>();
    for (const { articleId } of this.byEntity.get(entityId) ?? []) {
      for (const { entityId: other } of this.byArticle.get(articleId) ?? []) {
        if (other !== entityId) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return [...counts].map(([id, count]) => ({ entityId: id, count })).sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
  }

  /** Every pair of entities mentioned together, weighted by the articles they share. */
  edges(): { source: string; target: string; weight: number }[] {
    const weights = new Map<string, number>();
    for (const entities of this.byArticle.values()) {
      const ids = entities.map((e) => e.entityId).sort();
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const key = `${ids[i]}\u0000${ids[j]}`;
          weights.set(key, (weights.get(key) ?? 0) + 1);
        }
      }
    }
    return [...weights].map(([key, weight]) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, weight };
    });
  }

  /**
   * Articles that share entities with this one, outside its own story. Each
   * shared entity weighs its inverse document frequency, so sharing a rare
   * entity (Pavan Davuluri) counts for more than sharing a common one (Anthropic).
   */
  related(articleId: string, limit = 5): RelatedArticle[] {
    const total = this.byArticle.size;
    const mine = new Set((this.byArticle.get(articleId) ?? []).map((e) => e.entityId));
    const story = this.stories.get(articleId);
    const results: RelatedArticle[] = [];
    for (const [otherId, entities] of this.byArticle) {
      if (otherId === articleId || (story !== undefined && this.stories.get(otherId) === story)) continue;
      const shared = entities.map((e) => e.entityId).filter((id) => mine.has(id));
      const score = shared.reduce((sum, id) => sum + Math.log((total + 1) / this.articleCount(id)), 0);
      if (score > 0) results.push({ articleId: otherId, score, shared });
    }
    return results.sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId)).slice(0, limit);
  }
}
