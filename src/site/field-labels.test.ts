import { describe, expect, it } from 'vitest';
import { machineCredit } from './field-labels.ts';

const at = '2026-12-03T09:30:00Z';

describe('machineCredit', () => {
  it('says how a draft without a model was made in the reader’s language', () => {
    const draft = { program: 'dossier draft', method: 'extractive', at };
    expect(machineCredit(draft, 'en')).toBe('Drafted by dossier draft (sentences taken word for word from the article) on December 3, 2026.');
    expect(machineCredit(draft, 'fr')).toBe('Rédigé par dossier draft (phrases reprises mot pour mot de l’article) le 3 décembre 2026.');
    expect(machineCredit(draft, 'zh')).toBe('由 dossier draft（原文句子逐字摘录）于 2026年12月3日 生成。');
  });

  it('keeps a model’s name, and a method the site does not know, as the entry gives them', () => {
    expect(machineCredit({ program: 'dossier draft', model: 'claude-sonnet-4-5', at }, 'fr')).toBe(
      'Rédigé par dossier draft (claude-sonnet-4-5) le 3 décembre 2026.',
    );
    expect(machineCredit({ program: 'newsroom-bot', method: 'lead-3', at }, 'zh')).toBe('由 newsroom-bot（lead-3）于 2026年12月3日 生成。');
  });
});
