import { describe, expect, it } from 'vitest';
import { articleSchema } from '../schemas/article.ts';
import { sourceLabel } from './article-labels.ts';

const data = articleSchema.parse({
  id: '0123456789abcdef',
  language: 'fr',
  title: { editorial: false, fr: 'Un titre', en: { status: 'missing' }, zh: { status: 'missing' } },
  summary: { writtenIn: 'fr', en: { status: 'missing' }, fr: { status: 'missing' }, zh: { status: 'missing' } },
  source: { file: 'page.html', author: 'Jean-Luc Martin', publisher: { name: 'La Voix du Sud-Ouest', basis: 'stated' } },
  published: { basis: 'unknown' },
});

describe('sourceLabel', () => {
  it('names the author the page states in the long form, in the reader’s language', () => {
    expect(sourceLabel(data, 'en')).toBe('La Voix du Sud-Ouest · By Jean-Luc Martin');
    expect(sourceLabel(data, 'fr')).toBe('La Voix du Sud-Ouest · Par Jean-Luc Martin');
    expect(sourceLabel(data, 'zh')).toBe('La Voix du Sud-Ouest · 作者：Jean-Luc Martin');
  });

  it('keeps the short form to the publisher', () => {
    expect(sourceLabel(data, 'en', true)).toBe('La Voix du Sud-Ouest');
  });
});
