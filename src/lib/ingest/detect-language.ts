import { franc } from 'franc';
import { iso6393 } from 'iso-639-3';

const TO_639_1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!]));

/**
 * The language of an article's text as a BCP 47 tag ("fr", "de", "zh"), by
 * franc's trigram model: never a guess of our own. Undefined when franc
 * cannot tell (too little text).
 */
export function detectLanguage(text: string): string | undefined {
  const code = franc(text, { minLength: 40 });
  if (code === 'und') return undefined;
  // franc names Mandarin "cmn"; the tag for written Chinese is "zh".
  if (code === 'cmn') return 'zh';
  return TO_639_1.get(code);
}
