/**
 * Shared Intl objects. Constructing one costs far more than using it (0.1–1 ms
 * each), and a build of 1,000 articles formats tens of thousands of dates, names
 * and lists; so each locale-and-options pair is built once and reused.
 */
function memoized<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(...args)));
    return value;
  };
}

export const dateTimeFormat = memoized((locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const numberFormat = memoized((locale: string) => new Intl.NumberFormat(locale));
export const pluralRules = memoized((locale: string) => new Intl.PluralRules(locale));
export const listFormat = memoized((locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }));
export const languageNames = memoized((locale: string) => new Intl.DisplayNames([locale], { type: 'language' }));
export const collator = memoized((locale: string) => new Intl.Collator(locale));
export const segmenter = memoized((locale: string | undefined, granularity: 'grapheme' | 'word' | 'sentence') => new Intl.Segmenter(locale, { granularity }));

/**
 * `rtl` for a language written right to left (Arabic, Hebrew, Persian…), from CLDR through Intl; nothing
 * for the rest (they inherit the page's direction). An unknown tag is left alone.
 */
export function textDirection(language: string): 'rtl' | undefined {
  // Asked once per quote on entity pages: an Intl.Locale each time was a tenth of their rendering.
  if (!directions.has(language)) directions.set(language, directionOf(language));
  return directions.get(language);
}
const directions = new Map<string, 'rtl' | undefined>();

function directionOf(language: string): 'rtl' | undefined {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : undefined;
  } catch {
    return undefined;
  }
}
