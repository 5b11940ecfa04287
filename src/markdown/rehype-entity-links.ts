import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import type { EntityMatcher } from '../lib/entity-matcher.ts';
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
  /** Whether it was turned into a link (only the first per section is). */
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
 * entity in each section becomes a link; every mention, linked or not and
 * headings included, is recorded in `file.data.mentions` for the entity index.
 */
export default function rehypeEntityLinks(options: EntityLinkOptions) {
  const sentences = segmenter(options.language, 'sentence');
  return (tree: Root, file: VFile) => {
    const mentions: RecordedMention[] = [];
    let linkedInSection = new Set<string>();
    const edits: { node: Text; parent: Element | Root; replacement: ElementContent[] }[] = [];

    visitParents(tree, (node, ancestors) => {
      if (node.type === 'element' && HEADING.test(node.tagName)) linkedInSection = new Set();
      if (node.type !== 'text') return;
      const elements = ancestors.filter((a): a is Element => a.type === 'element');
      if (elements.some((a) => NO_LINK.has(a.tagName) || a.properties['dataNolink'] !== undefined)) return;
      const found = options.matcher.find(node.value);
      if (found.length === 0) return;
      const inHeading = elements.some((a) => HEADING.test(a.tagName));
      const passage = [...elements].reverse().find((a) => typeof a.properties.id === 'string')?.properties.id as string | undefined;
      const segments = [...sentences.segment(node.value)];

      const replacement: ElementContent[] = [];
      let cursor = 0;
      for (const m of found) {
        const segment = segments.findLast((s) => s.index <= m.start)!;
        const link = !inHeading && !linkedInSection.has(m.entityId);
        mentions.push({
          entityId: m.entityId,
          passage,
          sentence: segment.segment.trim(),
          start: m.start - segment.index - (segment.segment.length - segment.segment.trimStart().length),
          end: m.end - segment.index - (segment.segment.length - segment.segment.trimStart().length),
          linked: link,
        });
        if (!link) continue;
        linkedInSection.add(m.entityId);
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
