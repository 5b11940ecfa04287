import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import type { AliasInput, EntityData } from '../schemas/entity.ts';
import { createEntityMatcher, type AliasPattern, type EntityMatcher } from './entity-matcher.ts';

export interface SurfaceForm {
  text: string;
  notBeforeHyphen: boolean;
  /** Allowed although short or a common word: the editor said so for this alias (see alias-guards.ts). */
  allowShort: boolean;
  allowCommonWord: boolean;
  /** Where the form comes from, for error messages. */
  field: string;
}

type Flag = 'notBeforeHyphen' | 'allowShort' | 'allowCommonWord';
const FLAGS: readonly Flag[] = ['notBeforeHyphen', 'allowShort', 'allowCommonWord'];

/** Every surface form of an entity in one language: its name there, `all` aliases and that language's aliases. */
export function surfaceForms(entity: EntityData, lang: Locale): SurfaceForm[] {
  const forms = new Map<string, SurfaceForm>();
  const add = (value: AliasInput, field: string) => {
    const text = (typeof value === 'string' ? value : value.text).normalize('NFC');
    const form = forms.get(text) ?? { text, notBeforeHyphen: false, allowShort: false, allowCommonWord: false, field };
    // An alias object may add a guard or an override to a form the name already gives.
    if (typeof value !== 'string') for (const flag of FLAGS) form[flag] ||= value[flag] === true;
    forms.set(text, form);
  };
  add(entity.name[lang], `name.${lang}`);
  entity.aliases.all?.forEach((a, i) => add(a, `aliases.all.${i}`));
  entity.aliases[lang]?.forEach((a, i) => add(a, `aliases.${lang}.${i}`));
  return [...forms.values()];
}

/**
 * The matcher for text in one language: every entity's forms in that language.
 * A text in a language the site is not published in (an original in German, say)
 * is matched with every language's forms.
 */
export function matcherForLanguage(entities: readonly { id: string; data: EntityData }[], language: string): EntityMatcher {
  const primary = language.toLowerCase().split('-')[0]!;
  const langs: readonly Locale[] = isLocale(primary) ? [primary] : LOCALES;
  const patterns = new Map<string, AliasPattern>();
  for (const entity of entities) {
    for (const lang of langs) {
      for (const form of surfaceForms(entity.data, lang)) {
        patterns.set(`${entity.id}\u0000${form.text}`, { text: form.text, entityId: entity.id, notBeforeHyphen: form.notBeforeHyphen });
      }
    }
  }
  return createEntityMatcher([...patterns.values()]);
}

/** Every name and alias of an entity in every language, once each: what search should find it by. */
export function searchNamesOf(entity: EntityData): string[] {
  return [...new Set(LOCALES.flatMap((lang) => surfaceForms(entity, lang).map((f) => f.text)))];
}
