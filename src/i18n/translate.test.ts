import { describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import en from './strings/en.json' with { type: 'json' };
import fr from './strings/fr.json' with { type: 'json' };
import zh from './strings/zh.json' with { type: 'json' };
import { pickLocale } from './pick-locale.ts';
import { languageName, missingKeys, usePlural, useTranslations } from './translate.ts';

describe('UI strings', () => {
  it('are complete in every language', () => {
    expect(missingKeys({ en, fr, zh })).toEqual([]);
  });

  it('report a key missing from one language, naming the file', () => {
    const { 'home.title': _, ...frWithout } = fr;
    expect(missingKeys({ en, fr: frWithout, zh })).toEqual(['src/i18n/strings/fr.json → "home.title": missing; translate it.']);
  });

  it('fill placeholders and format numbers per locale', () => {
    expect(useTranslations('fr')('home.count.other', { count: 1234 })).toBe('1\u202f234 articles.');
    expect(usePlural('en')('home.count', 1)).toBe('1 article.');
    expect(usePlural('fr')('home.count', 1)).toBe('1 article.');
    expect(useTranslations('zh')('article.summary.translated', { language: languageName('fr', 'zh') })).toBe('摘要译自法语。');
  });

  it('use French typography: no straight quotes, no plain space before : ; ! ? »', () => {
    for (const [key, value] of Object.entries(fr)) {
      expect(value, key).not.toMatch(/"| [:;!?»]|« /);
    }
  });
});

describe('pickLocale', () => {
  it.each([
    [['fr-CA', 'en'], 'fr'],
    [['zh-Hant-TW'], 'zh'],
    [['de-DE', 'en-GB'], 'en'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, locale) => {
    expect(pickLocale(languages)).toBe(locale);
  });
});

describe('UI strings', () => {
  it('are all used: each key is named in the code, whole or as a `prefix.${…}` template', () => {
    const code = execSync("git ls-files -- 'src/*.ts' 'src/*.astro'", { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !f.includes('/strings/') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const named = (key: string) =>
      [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q)) ||
      key.split('.').some((_, i, parts) => i > 0 && code.includes(`\`${parts.slice(0, i).join('.')}.\${`));
    const unused = Object.keys(en).filter((key) => !named(key) && !named(key.replace(/\.(one|other)$/, '')));
    expect(unused).toEqual([]);
  });
});
