// Citations of an article or of one passage, as plain text (for a document) and as Markdown (for a
// wiki or chat). Shared by the article page's copy buttons (in the browser) and its tests.

export interface Cited {
  title: string;
  /** The publisher (or original source) when known; nothing rather than "Publisher unknown". */
  source?: string | undefined;
  /** The publication date when known, as the page shows it. */
  date?: string | undefined;
  /** The page's canonical URL, with the passage's anchor when a passage is cited. */
  url: string;
  /** The passage's own text, when a passage is cited. */
  quote?: string | undefined;
}

/** Punctuation of each language: Chinese uses full-width marks and “”, French « » with spaces. */
function marks(lang: string) {
  if (lang.startsWith('zh')) return { open: '“', close: '”', comma: '，', stop: '。', dash: '——' };
  if (lang.startsWith('fr')) return { open: '« ', close: ' »', comma: ', ', stop: '. ', dash: ' — ' };
  return { open: '“', close: '”', comma: ', ', stop: '. ', dash: ' — ' };
}

const endsSentence = (s: string) => /[.!?。！？…]$/u.test(s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** “Passage” — Title, Source, date. URL   or   Title. Source, date. URL */
export function citationText(cited: Cited, lang: string): string {
  const m = marks(lang);
  // After a sentence that ends with its own mark, only a space (or nothing, in Chinese).
  const after = (s: string) => (endsSentence(s) ? m.stop.slice(1) : m.stop);
  const details = [cited.source, cited.date].filter(Boolean).join(m.comma);
  const head = cited.quote
    ? `${m.open}${oneLine(cited.quote)}${m.close}${m.dash}${[cited.title, details].filter(Boolean).join(m.comma)}`
    : details
      ? `${cited.title}${after(cited.title)}${details}`
      : cited.title;
  return `${head}${after(head)}${cited.url}`;
}

const escapeMarkdown = (s: string) => s.replace(/([\\[\]*_`<>])/g, '\\$1');

/** > Passage
 *  >
 *  > — [Title](URL), Source, date        or   [Title](URL), Source, date */
export function citationMarkdown(cited: Cited, lang: string): string {
  const m = marks(lang);
  const reference = [`[${escapeMarkdown(cited.title)}](${cited.url.replace(/[()\s]/g, encodeURIComponent)})`, cited.source, cited.date]
    .filter(Boolean)
    .join(m.comma);
  if (!cited.quote) return reference;
  const quote = cited.quote
    .split('\n')
    .map((line) => oneLine(line))
    .filter(Boolean)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n>\n');
  return `${quote}\n>\n> ${m.dash.trim()} ${reference}`;
}
