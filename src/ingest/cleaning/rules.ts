/**
 * Page chrome that scraped article text carries and that is not part of the
 * article: each rule names a kind of chrome and finds it. Rules match whole
 * lines or whole sentences only, so they never cut into a sentence of the article.
 */

import type { RemovalKind } from '../../schemas/removals.ts';

export type { RemovalKind };

export interface ChromeRule {
  kind: RemovalKind;
  /** Matches the chrome; must be global. A rule matches whole lines (`m` flag) or whole sentences. */
  pattern: RegExp;
}

export const CHROME_RULES: readonly ChromeRule[] = [
  // "Just a heads up, if you buy something through our links, we may get a small share of the sale. It’s one of the ways we keep the lights on here."
  {
    kind: 'affiliate-disclaimer',
    pattern:
      /(?:Just a heads up, )?[Ii]f you buy something through (?:our|these) links?,? we may (?:get|earn|receive) [^.]*\.(?: It[’']s one of the ways we keep the lights on(?: here)?\.)?/g,
  },
  { kind: 'read-more-link', pattern: /(?<=^|\s)Click here for more\.?(?=\s|$)/gm },
  // "Drop us a line below in the comments, or carry the discussion to our Twitter or Facebook."
  { kind: 'comment-prompt', pattern: /(?<=^|\s)Drop us a line below in the comments[^.!?\n]*[.!?]/gm },
  // "💰钛媒体•Stalecollected in 7h"
  { kind: 'aggregator-header', pattern: /^.*•\s*(?:Stale|Fresh)?\s*collected in \d+\s*[mhd]\s*$/gm },
  { kind: 'ui-control', pattern: /▸\s*Show\b/g },
  { kind: 'promo', pattern: /^📰\s*\nWeekly AI Recap\s*\nRead this week[’']s curated digest[^\n]*$/gm },
  { kind: 'related-links', pattern: /^👉\s*Related Updates\s*$/gm },
  { kind: 'aggregator-disclaimer', pattern: /^AI-curated news aggregator\. All content rights belong to original publishers\.\s*$/gm },
  { kind: 'source-link', pattern: /^Original source:[^\n]*$/gm },
  // "AnthropicClaudeAI infrastructure归档:May 2026": tag links run together, then an archive link.
  { kind: 'tag-line', pattern: /^[^\n]*归档[:：][^\n]*$/gm },
  // "当前正文默认显示英文版,可按需生成当前语言全文。" (the body is shown in English; a translation can be generated)
  { kind: 'translation-notice', pattern: /^当前正文默认显示[^\n]*$/gm },
  // The Chinese site footer: related topics, archive, further reading, FAQ (which only repeats the article). It runs to the end.
  { kind: 'related-footer', pattern: /^(?:相关专题|时间归档|延伸阅读|常见问题)\s*\n[\s\S]*/gm },
];
