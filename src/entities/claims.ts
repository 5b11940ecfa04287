import type { ProvenanceFlag } from '../schemas/article.ts';

/**
 * The article flags that make what an article states a claim rather than a
 * fact: an AI wrote it, or it names no source. `aggregator` is not one (a
 * republication can report sourced news), nor `predictions` (they are worded
 * as predictions, and the registry records no prediction as a relation).
 */
export const CLAIM_FLAGS = ['ai-generated', 'unsourced-figures', 'unverified-claims'] as const satisfies readonly ProvenanceFlag[];

/** Why a statement is only a claim: the flags of the articles it rests on, or the registry's own `unverified`. */
export type ClaimReason = (typeof CLAIM_FLAGS)[number];

export interface Basis {
  /** Ids of the articles that state it. */
  articles: readonly string[];
  /** The registry marks it unverified whatever the articles' flags. */
  unverified?: boolean | undefined;
}

/**
 * Whether a relation or description is a claim, and why. It is one when the
 * registry says so, or when it rests on articles and every one of them carries
 * a claim flag: a single unflagged source makes it a reported fact.
 * Returns the reasons (empty: a fact), in CLAIM_FLAGS order.
 */
export function claimReasons(basis: Basis, flagsOf: (articleId: string) => readonly ProvenanceFlag[] | undefined): ClaimReason[] {
  const perArticle = basis.articles.map((id) => (flagsOf(id) ?? []).filter((f): f is ClaimReason => (CLAIM_FLAGS as readonly string[]).includes(f)));
  const allFlagged = perArticle.length > 0 && perArticle.every((flags) => flags.length > 0);
  const reasons = new Set<ClaimReason>(allFlagged ? perArticle.flat() : []);
  if (basis.unverified) reasons.add('unverified-claims');
  return CLAIM_FLAGS.filter((f) => reasons.has(f));
}
