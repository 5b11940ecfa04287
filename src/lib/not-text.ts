import { ContentError } from './content-error.ts';

/**
 * Characters that are not text: C0 and C1 controls (tab and newline excepted), DEL and
 * the noncharacters U+FFFE and U+FFFF; lone surrogates are caught by isWellFormed().
 * XML 1.0 forbids most of them, so one in a title breaks the RSS feed and the sitemap;
 * none belongs in an article, a summary or a name.
 */
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'NEL',
};

/** Where the first character that is not text sits in `value`, and how to name it; undefined when there is none. */
export function firstNonText(value: string): { index: number; label: string } | undefined {
  const control = NOT_TEXT.exec(value);
  const surrogate = value.isWellFormed() ? -1 : [...value].findIndex((c) => c.length === 1 && /[\uD800-\uDFFF]/.test(c));
  const surrogateIndex = surrogate === -1 ? -1 : [...value].slice(0, surrogate).join('').length;
  if (!control && surrogateIndex === -1) return undefined;
  const index = control && (surrogateIndex === -1 || control.index < surrogateIndex) ? control.index : surrogateIndex;
  const code = value.charCodeAt(index);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : code >= 0xfffe ? 'noncharacter' : 'control character';
  return { index, label: `the ${kind} ${hex}${NAMES[code] ? ` (${NAMES[code]})` : ''}` };
}

const FIX = 'delete it: it is invisible and breaks the RSS feed (in a quoted YAML value, an escape such as "\\0", "\\a" or "\\e" writes one).';

/**
 * Errors for characters that are not text in a file's raw text (with line and column),
 * or else in any string of its parsed data (a YAML escape such as "\0" writes one).
 */
export function nonTextErrors(file: string, raw: string, data: unknown): ContentError[] {
  const literal = firstNonText(raw);
  if (literal) {
    const before = raw.slice(0, literal.index);
    const line = before.split('\n').length;
    const column = literal.index - before.lastIndexOf('\n');
    return [new ContentError(`${file}:${line}:${column}`, undefined, `${literal.label} is not text.`, FIX)];
  }
  const errors: ContentError[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const found = firstNonText(value);
      if (found) errors.push(new ContentError(file, path.join('.') || undefined, `${found.label} at character ${found.index + 1} is not text.`, FIX));
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return errors;
}
