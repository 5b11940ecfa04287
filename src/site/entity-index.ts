import type { RecordedMention } from '../markdown/rehype-entity-links.ts';

export interface IndexedArticle {
  /** The article's slug (its collection id); every `articleId` of this index is one. */
  id: string;
  story?: string | undefined;
  /** Mentions in the article text. */
  mentions: readonly RecordedMention[];
  /** Mentions in its summary, per site language: a name the summary gives is a mention too. */
  summaryMentions?: Readonly<Partial<Record<string, readonly RecordedMention[]>>> | undefined;
}

export interface EntityCount {
  entityId: string;
  count: number;
}

/** How strongly another entity goes with this one, by what decides the ranking. */
export interface CoMention extends EntityCount {
  /** How many articles mention the other entity at all: the fewer, the more telling the link. */
  articles: number;
  /** Passages (paragraphs, and the summary) where both are named: how close they are in the shared articles. */
  passages: number;
}

/** Where an article names an entity: in its text, and in its summary in each language. */
export interface ArticleMentions {
  articleId: string;
  mentions: RecordedMention[];
  summary: Record<string, RecordedMention[]>;
}

/** The passage key of a summary: every mention in it is in one passage. */
const SUMMARY = '\u0000summary';

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
  /** entity id → the articles that mention it (in their text or summary), each with its mentions, in article order. */
  readonly byEntity = new Map<string, ArticleMentions[]>();
  /** article slug → the entities it mentions, most mentioned first (a summary counts as one mention). */
  readonly byArticle = new Map<string, EntityCount[]>();
  /** article slug → entity id → the passages it is named in. */
  private readonly passages = new Map<string, Map<string, Set<string>>>();
  private readonly stories = new Map<string, string | undefined>();
  /** Each article page asks three times, once per language. */
  private readonly relatedCache = new Map<string, RelatedArticle[]>();

  constructor(articles: readonly IndexedArticle[]) {
    for (const article of articles) {
      this.stories.set(article.id, article.story);
      const grouped = new Map<string, ArticleMentions>();
      const entry = (entityId: string) => {
        let found = grouped.get(entityId);
        if (!found) grouped.set(entityId, (found = { articleId: article.id, mentions: [], summary: {} }));
        return found;
      };
      const passages = new Map<string, Set<string>>();
      const inPassage = (entityId: string, passage: string) => {
        const set = passages.get(entityId);
        if (set) set.add(passage);
        else passages.set(entityId, new Set([passage]));
      };
      for (const m of article.mentions) {
        entry(m.entityId).mentions.push(m);
        inPassage(m.entityId, m.passage ?? m.sentence);
      }
      for (const [lang, mentions] of Object.entries(article.summaryMentions ?? {})) {
        for (const m of mentions ?? []) {
          (entry(m.entityId).summary[lang] ??= []).push(m);
          inPassage(m.entityId, SUMMARY);
        }
      }
      this.passages.set(article.id, passages);
      // Ties keep the order of first mention (Map insertion order, stable sort).
      const count = (e: ArticleMentions) => e.mentions.length + (Object.keys(e.summary).length > 0 ? 1 : 0);
      this.byArticle.set(
        article.id,
        [...grouped].map(([entityId, e]) => ({ entityId, count: count(e) })).sort((a, b) => b.count - a.count),
      );
      for (const [entityId, mentions] of grouped) {
        const list = this.byEntity.get(entityId);
        if (list) list.push(mentions);
        else this.byEntity.set(entityId, [mentions]);
      }
    }
  }

  /** How many articles mention the entity. */
  articleCount(entityId: string): number {
    return this.byEntity.get(entityId)?.length ?? 0;
  }

  /**
   * Entities mentioned in the same articles, strongest first: by the articles
   * they share, then by rarity (an entity few articles name says more about
   * this one than an entity every article names), then by the passages they
   * share (named in one paragraph or summary, not just on one page), then by
   * how often the shared articles name it. The id decides only between
   * entities that are indistinguishable by all of these.
   */
  coMentions(entityId: string): CoMention[] {
    const found = new Map<string, CoMention & { mentions: number }>();
    for (const { articleId } of this.byEntity.get(entityId) ?? []) {
      const passages = this.passages.get(articleId)!;
      const own = passages.get(entityId)!;
      for (const { entityId: other, count } of this.byArticle.get(articleId) ?? []) {
        if (other === entityId) continue;
        let entry = found.get(other);
        if (!entry) found.set(other, (entry = { entityId: other, count: 0, passages: 0, articles: this.articleCount(other), mentions: 0 }));
        entry.count += 1;
        entry.mentions += count;
        for (const p of passages.get(other)!) if (own.has(p)) entry.passages += 1;
      }
    }
    return [...found.values()]
      .sort(
        (a, b) => b.count - a.count || a.articles - b.articles || b.passages - a.passages || b.mentions - a.mentions || a.entityId.localeCompare(b.entityId),
      )
      .map(({ entityId: id, count, passages, articles }) => ({ entityId: id, count, passages, articles }));
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
