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
  /** Each article page asks three times, once per language. */
  private readonly relatedCache = new Map<string, RelatedArticle[]>();

  constructor(articles: readonly IndexedArticle[]) {
    for (const article of articles) {
      this.stories.set(article.id, article.story);
      const grouped = new Map<string, RecordedMention[]>();
      for (const m of article.mentions) {
        const list = grouped.get(m.entityId);
        if (list) list.push(m);
        else grouped.set(m.entityId, [m]);
      }
      // Ties keep the order of first mention (Map insertion order, stable sort).
      this.byArticle.set(article.id, [...grouped].map(([entityId, list]) => ({ entityId, count: list.length })).sort((a, b) => b.count - a.count));
      for (const [entityId, mentions] of grouped) {
        const list = this.byEntity.get(entityId);
        if (list) list.push({ articleId: article.id, mentions });
        else this.byEntity.set(entityId, [{ articleId: article.id, mentions }]);
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
    const key = `${articleId}\u0000${limit}`;
    let found = this.relatedCache.get(key);
    if (!found) this.relatedCache.set(key, (found = this.scoreRelated(articleId, limit)));
    return found;
  }

  /** Walks only the articles that share an entity (the inverted index), not the whole archive. */
  private scoreRelated(articleId: string, limit: number): RelatedArticle[] {
    const total = this.byArticle.size;
    const story = this.stories.get(articleId);
    const scores = new Map<string, RelatedArticle>();
    // In this article's order (most mentioned first), so `shared` lists its main entities first.
    for (const { entityId } of this.byArticle.get(articleId) ?? []) {
      const others = this.byEntity.get(entityId) ?? [];
      const weight = Math.log((total + 1) / others.length);
      if (weight <= 0) continue;
      for (const { articleId: otherId } of others) {
        if (otherId === articleId || (story !== undefined && this.stories.get(otherId) === story)) continue;
        const entry = scores.get(otherId);
        if (entry) {
          entry.score += weight;
          entry.shared.push(entityId);
        } else scores.set(otherId, { articleId: otherId, score: weight, shared: [entityId] });
      }
    }
    return [...scores.values()].sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId)).slice(0, limit);
  }
}
