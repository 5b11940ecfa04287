import { franc } from 'franc';
import { iso6393 } from 'iso-639-3';

const TO_639_1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!]));

/**
 * The languages news pages are written in often enough to ingest (ISO 639-3, as franc names them).
 * Without this list franc's 187 languages make short texts come out as Scots or Catalan.
 */
const NEWS_LANGUAGES = [
  'eng',
  'fra',
  'deu',
  'spa',
  'cmn',
  'jpn',
  'kor',
  'ita',
  'por',
  'nld',
  'rus',
  'ukr',
  'pol',
  'swe',
  'dan',
  'nob',
  'fin',
  'tur',
  'arb',
  'heb',
  'hin',
  'ind',
  'vie',
  'tha',
  'ces',
  'ell',
  'ron',
  'hun',
];

/**
 * The language of an article's text as a BCP 47 tag ("fr", "de", "zh"), by
 * franc's trigram model: never a guess of our own. Undefined when franc
 * cannot tell (too little text).
 */
export function detectLanguage(text: string): string | undefined {
  const code = franc(text, { minLength: 40, only: NEWS_LANGUAGES });
  if (code === 'und') return undefined;
  // franc names Mandarin "cmn"; the tag for written Chinese is "zh".
  if (code === 'cmn') return 'zh';
  return TO_639_1.get(code);
}
