import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../entities/entity-matcher.ts';
import { suggestEntities } from './suggest-entities.ts';

describe('suggestEntities', () => {
  const none = createEntityMatcher([]);

  it('suggests Chinese names that jieba tags as people, places or organisations, not common words', () => {
    const text =
      '阿里巴巴集团在杭州举行发布会。阿里巴巴表示，新模型的推理成本下降了六成，企业客户可以按调用量付费使用。分析人士认为，价格战可能压缩整个行业的利润空间。';
    const found = suggestEntities(text, none, 'zh');
    expect(found).toContain('阿里巴巴');
    for (const common of ['模型', '成本', '客户', '行业', '分析']) expect(found).not.toContain(common);
    expect(found.length).toBeLessThanOrEqual(3);
  });

  it('suggests capitalised names and leaves sentence-initial stop words out', () => {
    expect(suggestEntities('Zum Vergleich sagte Satya Nadella, dass Microsoft investiert.', none, 'de')).toEqual(['Satya Nadella']);
  });

  it('skips a name the registry already knows', () => {
    const known = createEntityMatcher([{ text: 'Satya Nadella', entityId: 'satya-nadella', notBeforeHyphen: false }]);
    expect(suggestEntities('Satya Nadella spoke. Then Satya Nadella left.', known, 'en')).toEqual([]);
  });
});
