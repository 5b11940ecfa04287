import en from './strings/en.json' with { type: 'json' };
import fr from './strings/fr.json' with { type: 'json' };
import zh from './strings/zh.json' with { type: 'json' };
import { LOCALES, type Locale } from './locales.ts';
import { languageNames, numberFormat, pluralRules } from '../lib/intl.ts';

export type UiKey = keyof typeof en;

const STRINGS: Record<Locale, Record<string, string>> = { en, fr, zh };

/** Keys missing from a language, or present in it but unknown to English. */
export function missingKeys(strings: Record<Locale, Record<string, string>>): string[] {
  const reference = Object.keys(strings.en);
  return LOCALES.flatMap((lang) => [
    ...reference.filter((k) => !strings[lang][k]?.trim()).map((k) => `src/i18n/strings/${lang}.json → "${k}": missing; translate it.`),
    ...Object.keys(strings[lang])
      .filter((k) => !(k in strings.en))
      .map((k) => `src/i18n/strings/${lang}.json → "${k}": not in en.json; remove it or add it there.`),
  ]);
}

// Checked when the module loads, so a missing UI string fails the build rather than showing a key.
const problems = missingKeys(STRINGS);
if (problems.length > 0) throw new Error(`UI strings are incomplete:\n${problems.join('\n')}`);

/** The UI strings of one language, with `{name}` placeholders filled in. */
export function useTranslations(lang: Locale) {
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    STRINGS[lang][key]!.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      return typeof value === 'number' ? numberFormat(lang).format(value) : value;
    });
}

/** A UI string with its `{placeholders}` left in, for a script that fills them in the browser. */
export function uiTemplate(lang: Locale, key: UiKey): string {
  return STRINGS[lang][key]!;
}

type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

/** A count with the right plural form for the language ("1 article", "2 articles", "2 篇文章"). */
export function usePlural(lang: Locale) {
  const t = useTranslations(lang);
  const rules = pluralRules(lang);
  return (key: PluralKey, count: number): string => t((rules.select(count) === 'one' ? `${key}.one` : `${key}.other`) as UiKey, { count });
}

/** "French", "français", "法语": a language's name in the reader's language. */
export function languageName(code: string, lang: Locale): string {
  return languageNames(lang).of(code) ?? code;
}
