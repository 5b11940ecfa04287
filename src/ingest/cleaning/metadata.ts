/**
 * Reads the lines of a page that state facts about the article rather than
 * being part of it: datelines, bylines, "来源：" lines, copyright lines. A line
 * counts only when every word of it is accounted for (a date, a time, a name
 * after a byline label, a source, a reading time, a label such as "Published"),
 * so a sentence of the article that happens to hold a date is never taken.
 */
import { findStatedDate, isImpossible, TIME_WORDS, type ImpossibleDate, type StatedDate } from './stated-date.ts';
import { uiKind } from './vocabulary.ts';

export interface MetaLine {
  date?: StatedDate;
  impossible?: ImpossibleDate;
  author?: string;
  publisher?: string;
  /** An editor's or reporter's credit that is not the author ("责任编辑：刘洋", "Editing by …"). */
  credit?: boolean;
}

const UPPER_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PARTICLE = '(?:von|van|der|de|del|della|di|da|du|le|la|dos|das|y)';
const LATIN_NAME = `${UPPER_NAME}(?:\\s+(?:${PARTICLE}\\s+)*${UPPER_NAME}){0,3}`;
const LATIN_NAMES = `${LATIN_NAME}(?:\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*${LATIN_NAME})*`;
const CJK_NAME = '[\\p{Script=Han}\\p{Script=Katakana}ー·・]{2,10}';
const LATIN_LABEL =
  '(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|DOOR|Di|DI|[Ww]ritten by|[Rr]eporting by|[Tt]ext(?:e|o)?\\s*[:：]|[Aa]ut(?:or|eur|hor)(?:in)?\\s*[:：])';
// The label ends at a colon or a space: "PARIS" is not "PAR" + "IS".
const LABEL_END = '(?:\\s*[:：]\\s*|\\s+)';
const AUTHOR_LATIN = new RegExp(`(?<![\\p{L}])${LATIN_LABEL}${LABEL_END}(${LATIN_NAMES})(?=\\s*(?:$|[|·•,;/(–—-]|\\s{2,}))`, 'u');
const AUTHOR_CJK = new RegExp(
  `(?:作者|文|撰文|筆者|取材・文|执笔)\\s*[:：｜|/／]\\s*(${CJK_NAME}(?:[、，,\\s]+${CJK_NAME})*)(?=$|[\\s|·•，,（(])|(?:\\p{Script=Han}{2,8})?(?:记者|記者)\\s*[:：｜|/／]?\\s*(${CJK_NAME})(?=$|[\\s|·•，,（(/／])`,
  'u',
);
// "김민수 기자" (Korean: the name, then "reporter").
const AUTHOR_KO = /(?<![\p{Script=Hangul}])(\p{Script=Hangul}{2,4})\s*기자(?![\p{Script=Hangul}])/u;
const EDITOR = new RegExp(`[（(]?(?:责任编辑|编辑|編集|責任編集|校对|审核)\\s*[:：｜|/／]\\s*${CJK_NAME}[）)]?|(?:Edited|Editing) by\\s+${LATIN_NAMES}`, 'u');
// "[吉川大貴，ITmedia]": a bracketed byline, reporter then outlet, ending the line ("2025年12月01日 10時00分 公開
// [吉川大貴，ITmedia]"). No digits: "[Updated, 3:15 PM]" is a note, not a byline.
const BRACKETED = /[［[]\s*([^，,\]］[\d]{2,20})\s*[，,]\s*([^\]］\d]{2,40})\s*[\]］]\s*$/u;
// "Par X, à Paris", "By X, in London": where the author wrote from, after the name and a comma. (Without
// the comma, "Reporting by X in New York; Editing by Y" is the article's closing credit, and stays.)
const FROM_PLACE = new RegExp(`^\\s*,\\s*(?:à|au|en|in|aus|desde|em|a)\\s+${LATIN_NAME}(?=\\s*(?:$|[|·•,;/–—-]))`, 'u');
// "Par X (Marseille, correspondante)", "By X (Reuters)": a place or role in brackets after the name,
// not a second author ("By X (with Y)").
const IN_BRACKETS = /^\s*[(（](?!\s*(?:with|avec|mit|con|com|and|et|und|y|e|和|与)\b)[^()（）]{1,40}[)）]/u;
const SOURCE =
  /(?:来源|來源|出处|出處|Source|Quelle|Fuente|Fonte|出典|配信元)\s*[:：]\s*([^|·•\s](?:[^|·•\n]{0,40}?))(?=\s{2,}|\s*[|·•]|\s+(?:作者|编辑|文|记者)|$)/u;

// Words a dateline or byline may hold besides the facts: labels, weekdays, reading times, counters.
const FILLER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    '(?:last\\s+)?(?:published|updated|posted|modified)(?:\\s+(?:on|at))?',
    '(?:zuletzt\\s+)?(?:veröffentlicht|aktualisiert|erschienen|geändert)(?:\\s+(?:am|um))?',
    'stand',
    '(?:publié|mis à jour|modifié|actualisé)(?:\\s+(?:le|à))?',
    '(?:publicado|actualizado|modificado)(?:\\s+(?:el|a las))?',
    '(?:publicado|atualizado)(?:\\s+(?:em|às))?',
    // Relative times: "Atualizado há 2 horas", "Updated 3 hours ago", "vor 5 Minuten", "2小时前".
    '(?:há|hace|il y a|vor)\\s+\\d+\\s*(?:min(?:uto|ute|uten)?s?|h(?:ora|eure|our)?s?|stunden?|d[ií]as?|days?|jours?|tagen?)',
    '\\d+\\s*(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago',
    '\\d+\\s*(?:分钟|分鐘|小时|小時|天)前',
    // "記者林怡君／台北報導": where the reporter filed from.
    '[／/]\\s*\\p{Script=Han}{2,4}(?:報導|报道)',
    '发布时间|發布時間|发布于|发表于|发表时间|更新时间|更新于|发布|时间|日期',
    '公開日?|更新日?|投稿日|配信日?|掲載日?|最終更新',
    '입력|수정|등록|업데이트|발행',
    '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)',
    '星期[一二三四五六日天]|周[一二三四五六日]',
    '[（(][月火水木金土日][)）]',
    '\\d+\\s*(?:min(?:ute)?s?\\.?|Min\\.?)(?:\\s*(?:read|Lesezeit|de lecture|de lectura))?',
    '(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|reading time|阅读时间|読了時間|閲読時間)\\s*[:：]?\\s*(?:ca\\.\\s*)?\\d+\\s*(?:min(?:uten|utes)?\\.?|分钟?)?',
    '(?:阅读|閲覧|浏览)\\s*[:：]?\\s*\\d[\\d.,]*\\s*万?',
    '\\d[\\d.,]*\\s*(?:views|aufrufe|vues|visitas|次阅读)',
    '\\d[\\d.,]*\\s*(?:comments?|kommentare?|commentaires?|comentarios?|条评论|コメント)',
    // Time zones in capitals only: "next", "best" and "most" are words.
    'on|am|um|le|à|el|a las|at|de|du|the|uhr|h|(?-i:[A-Z]{2,4}T|UTC|GMT|MEZ|MESZ|CET|CEST|ET|PT)',
  ].join('|')})(?![\\p{L}])`,
  'giu',
);
const LEFTOVER = /[\p{L}\p{N}]/u;

/** The facts a line states, when the line is nothing but such facts; undefined for anything else. */
export function readMetaLine(line: string, language: string): MetaLine | undefined {
  const text = line.trim();
  if (text === '' || text.length > 200) return undefined;
  const meta: MetaLine = {};
  let rest = text;

  const date = findStatedDate(text, language);
  if (date) {
    if (isImpossible(date)) meta.impossible = date;
    else meta.date = date;
    rest = rest.replace(date.text, ' ');
    // "Publié le …, modifié le …": later dates (updates) are part of the line, not facts.
    for (let more = findStatedDate(rest, language); more; more = findStatedDate(rest, language)) rest = rest.replace(more.text, ' ');
    // "Madrid - 3 de octubre de 2025": a place before the date.
    rest = rest.replace(/^\s*\p{Lu}[\p{L} .'’-]{1,30}?\s*[-–—,]\s+(?=\s*$|\s*[-–—|·•])/u, ' ');
  }
  const bracketed = BRACKETED.exec(rest);
  if (bracketed) {
    [meta.author, meta.publisher] = [bracketed[1]!.trim(), bracketed[2]!.trim()];
    rest = rest.slice(0, bracketed.index);
  }
  const source = SOURCE.exec(rest);
  if (source) {
    meta.publisher = source[1]!.trim();
    rest = rest.replace(source[0], ' ');
  }
  const author = meta.author ? undefined : (AUTHOR_CJK.exec(rest) ?? AUTHOR_KO.exec(rest) ?? AUTHOR_LATIN.exec(rest));
  if (author) {
    meta.author = (author[1] ?? author[2])!.replace(/\s+/g, ' ').trim();
    const end = author.index + author[0].length;
    const after = IN_BRACKETS.exec(rest.slice(end)) ?? FROM_PLACE.exec(rest.slice(end));
    rest = `${rest.slice(0, author.index)} ${rest.slice(end + (after?.[0].length ?? 0))}`;
  }
  const editor = EDITOR.exec(rest);
  if (editor) {
    meta.credit = true;
    rest = rest.replace(editor[0], ' ');
  }
  if (!meta.date && !meta.impossible && !meta.author && !meta.publisher && !meta.credit) return undefined;
  rest = rest.replace(TIME_WORDS, ' ').replace(FILLER, ' ');
  return LEFTOVER.test(rest) ? undefined : meta;
}

/**
 * The facts of a line of several parts, each an element of its own two spaces apart ("Words by  Tess
 * Nguyen  Regional reporter  Posted Wed 2 Dec 2026"), when the line reads as a byline block: each part
 * states facts or is a short label, name or role. A part with more words (another story's headline in a
 * card, a sentence) and the line says nothing.
 */
export function factsOfParts(line: string, language: string): MetaLine[] | undefined {
  const parts = line.split(/\s{2,}/).filter((part) => part.trim() !== '');
  if (parts.length < 2) return undefined;
  const metas = parts.map((part) => readMetaLine(part, language));
  const short = (part: string) => part.trim().split(/\s+/).length <= 3 && !/[.!?。！？]$/u.test(part.trim()) && [...part].length <= 30;
  return parts.every((part, i) => metas[i] || short(part)) ? metas.filter((m): m is MetaLine => m !== undefined) : undefined;
}

const NAMES_ALONE = new RegExp(`^(?:${LATIN_NAMES}|${CJK_NAME})$`, 'u');
const BYLINE_LABEL = new RegExp(`^${LATIN_LABEL}${LABEL_END}`, 'u');

/** A line that is a person's name or names and nothing else ("Jane Smith and John Doe", "陈思远"), two words at least in Latin script. */
export function isNameAlone(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  return NAMES_ALONE.test(text) && (/\s/.test(text) || !/\p{Script=Latin}/u.test(text));
}

/** The name a byline states ("By Jane Smith · Staff writer" → "Jane Smith"), or the byline when it is a name alone; else none. */
export function nameInByline(byline: string, language: string): string | undefined {
  const line = byline.replace(/\s+/g, ' ').trim();
  const unlabelled = line.replace(BYLINE_LABEL, '');
  return readMetaLine(line, language)?.author ?? (isNameAlone(unlabelled) ? unlabelled : undefined);
}

/** One name or place without a label: up to four capitalised words, or two to four Han characters. */
const NAME_OR_PLACE = new RegExp(`^(?:${LATIN_NAME}|\\p{Script=Han}{2,4})$`, 'u');

/**
 * The date of a line that holds a date and, beside it, one name or place without a label
 * ("林晓峰 · 2026年11月30日 14:20", "Lucía Ferrándiz Madrid - 02 DIC 2026 - 08:15 CET"): only the date,
 * as such a name cannot be told from a place. For lines set apart from the article text only: in
 * the text, a line counts only when every word of it is accounted for (readMetaLine).
 */
export function readDateBesideName(line: string, language: string): StatedDate | undefined {
  const text = line.trim();
  const date = text.length <= 120 ? findStatedDate(text, language) : undefined;
  if (!date || isImpossible(date)) return undefined;
  const rest = text.replace(date.text, ' ').replace(TIME_WORDS, ' ').replace(FILLER, ' ');
  const chunks = rest
    .split(/\s*[|·•,;/]\s*|\s+[-–—]\s+|\s{2,}/u)
    .map((chunk) => chunk.replace(/^[-–—\s]+|[-–—\s]+$/gu, ''))
    .filter((chunk) => LEFTOVER.test(chunk));
  // "Read Next · March 1, 2026", "相关阅读 · 2026年11月30日": a label of the page, not a name.
  return chunks.length === 1 && NAME_OR_PLACE.test(chunks[0]!) && !uiKind(chunks[0]!) ? date : undefined;
}

const RIGHTS =
  '(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|版权所有|無断転載|무단전재)';

/** The publisher a copyright or origin line names: "© 2025 Heise Medien GmbH & Co. KG. Alle Rechte vorbehalten." → "Heise Medien GmbH & Co. KG". */
export function publisherOfCopyright(line: string): string | undefined {
  const text = line.trim();
  const original = /本文由\s*[「“"『]?([^」”"』]{1,30}?)[」”"』]?\s*原创出品|本文来自(?:微信公众号)?\s*[「“"『]([^」”"』]{1,30})[」”"』]/u.exec(text);
  if (original) return (original[1] ?? original[2])!.trim();
  // "Todos los derechos reservados © Noticias del Valle 2025": the rights phrase may come first.
  const body = text.replace(new RegExp(`^${RIGHTS}\\.?\\s*(?=©|ⓒ|\\(c\\)|copyright)`, 'iu'), '');
  if (!/^(?:copyright|©|ⓒ|\(c\)|版权所有|版權所有)/iu.test(body)) return undefined;
  const name = body
    .replace(/^(?:copyright|©|ⓒ|\(c\)|版权所有|版權所有|\s)+/iu, '')
    .replace(new RegExp(`(?:[,，|｜–—-]\\s*|\\s+)?(?:${RIGHTS}|未经授权|禁止转载|propulsé par|powered by).*$`, 'iu'), '')
    // "© L'Horizon 2026 - Reproduction interdite…": the name ends at its year when a separator follows.
    .replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?\s*[-–—|·,]\s.*$/u, '')
    // "© 2026 Il Meridiano S.p.A. - P.IVA 01234560157": a tax or company number ends the name.
    .replace(/\s*[-–—|·,]\s*(?:P\.?\s?IVA|VAT|USt-?IdNr|SIRE[NT]|CIF|NIF|CNPJ|ABN|KvK)\b.*$/iu, '')
    // "© 2026 Example News Ltd or its affiliated companies": the publisher, not its group.
    .replace(/\s+(?:and|or|&)\s+its\s+affiliate(?:s|d\s+companies)\.?$/iu, '')
    .trim()
    .replace(/^(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)|\s*,?\s*\d{4}(?:\s*[-–]\s*\d{4})?$/gu, '')
    .replace(/\s*[·|｜,–—-]\s*$/u, '')
    .trim()
    // A final full stop ends the sentence, not an abbreviation ("S.L.", "Inc.").
    .replace(/(?<!\b\p{L}\.\p{L}|Inc|Ltd|Corp|Co|S\.A)\.$/u, '');
  return name.length >= 2 && name.length <= 60 && /\p{L}/u.test(name) ? name : undefined;
}

/**
 * A line that can be a headline: short, not a sentence, not a list item or table row.
 * A question is a headline only when an article follows it (`beforeArticle`).
 */
export function isTitleLike(line: string, beforeArticle: boolean): boolean {
  const text = line.trim();
  if (text.length > 200 || text.length < 4) return false;
  if ((beforeArticle ? /[.:;,。：；，、…]$/u : /[.!?…:;,。！？：；，、]$/u).test(text) || /^[-*|#>•·\d]/u.test(text)) return false;
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  return cjk >= 6 || text.split(/\s+/).length >= 3;
}
