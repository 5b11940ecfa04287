import { describe, expect, it } from 'vitest';
import type { RecordedMention } from '../markdown/rehype-entity-links.ts';
import { packMentions, unpackMentions } from './packed-mentions.ts';

const mention = (entityId: string, sentence: string, start: number, fields: Partial<RecordedMention> = {}): RecordedMention => ({
  entityId,
  passage: 'p-2',
  sentence,
  start,
  end: start + 5,
  linked: false,
  ...fields,
});

describe('packed mentions', () => {
  it('unpacks what it packed: ids, passages (or none), sentences with tabs and line breaks, offsets, links', () => {
    const mentions = [
      mention('anthropic', 'Anthropic hired\ta CTO.\nIt said so.', 0, { linked: true, passage: 'p-1' }),
      mention('rahul-patil', 'Anthropic hired\ta CTO.\nIt said so.', 16),
      mention('stripe', '斯特赖普（Stripe）的前首席技术官。', 5, { passage: undefined }),
    ];
    const packed = packMentions(mentions);
    expect(unpackMentions(packed)).toEqual(mentions);
    // Each sentence once.
    expect(packed.sentences).toHaveLength(2);
  });

  it('packs no mention as nothing', () => {
    expect(packMentions([])).toEqual({ sentences: [], lines: '' });
    expect(unpackMentions(packMentions([]))).toEqual([]);
  });
});
