import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import type { EntityMatcher } from '../entities/entity-matcher.ts';
import { segmenter } from '../lib/intl.ts';

/** A mention with its sentence, for entity pages and structured data. */
export interface RecordedMention {
  entityId: string;
  /** Id of the passage it is in, for links to it (`#p-3`). */
  passage: string | undefined;
  /** The sentence it is in, and where the mention sits in that sentence. */
  sentence: string;
  start: number;
  end: number;
  /** Whether it was turned into a link (only the first in the text is). */
  linked: boolean;
}

export interface EntityLinkOptions {
  matcher: EntityMatcher;
  /** Language of the text, for sentence splitting. */
  language: string;
  /** The link to an entity page; built from validated ids only. */
  href: (entityId: string) => string;
}

/** Never linked: inside these, a mention is already a link, a title or code. */
const NO_LINK = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'title', 'button', 'label', 'template']);
const HEADING = /^h[1-6]$/;

declare module 'vfile' {
  interface DataMap {
    mentions: RecordedMention[];
  }
}

/**
 * Links entity mentions to entity pages (docs/design.md §4): the first mention of an
 * entity in the text (each summary is a text of its own) becomes a link, as
 * style guides ask (link a term once, not again in every section); every mention,
 * linked or not and headings included, is recorded in `file.data.mentions` for
 * the entity index.
 * Linear in the text: mentions come in order, so one pass over the sentences
 * finds the sentence of each.
 */
export default function rehypeEntityLinks(options: EntityLinkOptions) {
  const sentences = segmenter(options.language, 'sentence');
  return (tree: Root, file: VFile) => {
    const mentions: RecordedMention[] = [];
    const linked = new Set<string>();
    const edits: { node: Text; parent: Element | Root; replacement: ElementContent[] }[] = [];

    visitParents(tree, (node, ancestors) => {
      if (node.type !== 'text') return;
      const elements = ancestors.filter((a): a is Element => a.type === 'element');
      if (elements.some((a) => NO_LINK.has(a.tagName) || a.properties['dataNolink'] !== undefined)) return;
      const found = options.matcher.find(node.value);
      if (found.length === 0) return;
      const inHeading = elements.some((a) => HEADING.test(a.tagName));
      const passage = [...elements].reverse().find((a) => typeof a.properties.id === 'string')?.properties.id as string | undefined;
      // Sentences are read as the mentions (sorted by start) reach them: each segment once.
      const segments = sentences.segment(node.value)[Symbol.iterator]();
      let segment = segments.next().value!;
      let upcoming = segments.next().value;

      const replacement: ElementContent[] = [];
      let cursor = 0;
      for (const m of found) {
        while (upcoming && upcoming.index <= m.start) {
          segment = upcoming;
          upcoming = segments.next().value;
        }
        const link = !inHeading && !linked.has(m.entityId);
        const lead = segment.segment.length - segment.segment.trimStart().length;
        mentions.push({
          entityId: m.entityId,
          passage,
          sentence: segment.segment.trim(),
          start: m.start - segment.index - lead,
          end: m.end - segment.index - lead,
          linked: link,
        });
        if (!link) continue;
        linked.add(m.entityId);
        if (m.start > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, m.start) });
        replacement.push({
          type: 'element',
          tagName: 'a',
          properties: { href: options.href(m.entityId), className: ['entity'], dataEntity: m.entityId },
          children: [{ type: 'text', value: m.text }],
        });
        cursor = m.end;
      }
      if (cursor === 0) return;
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      edits.push({ node, parent: ancestors[ancestors.length - 1] as Element | Root, replacement });
    });

    // Split text nodes after the walk, so inserted links are never scanned again.
    for (const { node, parent, replacement } of edits) {
      parent.children.splice(parent.children.indexOf(node), 1, ...(replacement as never[]));
    }
    file.data.mentions = mentions;
  };
}
