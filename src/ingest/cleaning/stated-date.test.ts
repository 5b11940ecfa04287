import { describe, expect, it } from 'vitest';
import { nameInByline, publisherOfCopyright, readDateBesideName, readMetaLine } from './metadata.ts';
import { findStatedDate } from './stated-date.ts';

describe('findStatedDate', () => {
  it.each([
    ['04.11.2025, 14:32 Uhr', 'de', '2025-11-04', '14:32'],
    ['2025-09-29 18:45 来源：36氪', 'zh', '2025-09-29', '18:45'],
    ['2:15 PM PDT · August 12, 2025', 'en', '2025-08-12', '14:15'],
    ['3 octobre 2025', 'fr', '2025-10-03', undefined],
    ['3 de octubre de 2025', 'es', '2025-10-03', undefined],
    ['2025年9月29日', 'zh', '2025-09-29', undefined],
    ['입력 2025.10.15 14:30', 'ko', '2025-10-15', '14:30'],
    ['May 2026', 'en', '2026-05', undefined],
  ])('%s (%s) → %s, as precise as stated', (text, lang, date, time) => {
    expect(findStatedDate(text, lang)).toMatchObject({ date, ...(time ? { time } : {}) });
  });

  it('reads a numeric date in the text’s own order: 04.11.2025 is 4 November in German', () => {
    expect(findStatedDate('04.11.2025', 'de')).toMatchObject({ date: '2025-11-04' });
  });

  it.each([
    ['Updated 3 hours ago', 'en'],
    ['Publié hier à 18h05', 'fr'],
    ['vor 2 Tagen', 'de'],
    ['yesterday', 'en'],
  ])('%s (%s) states no date: a time counted from now is not when the page was written', (text, lang) => {
    expect(findStatedDate(text, lang)).toBeUndefined();
  });

  it.each(['2025-13-45', '2025-02-30'])('reports %s as a date no calendar has', (text) => {
    expect(findStatedDate(text)).toEqual({ impossible: text, text });
  });
});

describe('readMetaLine', () => {
  it.each([
    ['By Sarah Kim', { author: 'Sarah Kim' }],
    ['Von Jan Schüßler und Anna Berg', { author: 'Jan Schüßler und Anna Berg' }],
    ['Door Femke de Wit · 28 november 2026', { author: 'Femke de Wit', date: { date: '2026-11-28' } }],
    ['Di Marco Rossi e Giulia Bianchi', { author: 'Marco Rossi e Giulia Bianchi' }],
    ['作者：王晓明', { author: '王晓明' }],
    ['文｜张伟', { author: '张伟' }],
    ['2025-09-29 18:45 来源：极客早报', { publisher: '极客早报' }],
    ['[山田太郎，テックビュー]', { author: '山田太郎', publisher: 'テックビュー' }],
    ['Publié le 9 septembre 2025 à 14h32, modifié le 9 septembre 2025 à 18h05', { date: { date: '2025-09-09' } }],
    ['Par Inès Caradec (à Bruxelles, correspondante)', { author: 'Inès Caradec' }],
    ['By Tom Reyes (Reuters) · March 4, 2026', { author: 'Tom Reyes', date: { date: '2026-03-04' } }],
    ['Par Camille Dufresne, à Paris', { author: 'Camille Dufresne' }],
    ['Por Ana Ruiz, en Ciudad de México', { author: 'Ana Ruiz' }],
    ['By  Jane  Smith  · March 4, 2026', { author: 'Jane Smith', date: { date: '2026-03-04' } }],
    ['March 4, 2026 [Updated, 3:15 PM]', { date: { date: '2026-03-04' } }],
    ['記者林怡君／台北報導  2026/12/01 10:22', { author: '林怡君', date: { date: '2026-12-01', time: '10:22' } }],
    ['01/12/2026 15h22 Atualizado há 2 horas', { date: { date: '2026-01-12' } }],
    ['By Tom Reyes, in San Francisco | March 4, 2026', { author: 'Tom Reyes', date: { date: '2026-03-04' } }],
    ['2026年12月01日 10時00分 公開 [吉川大輔，ITフロンティア]', { author: '吉川大輔', publisher: 'ITフロンティア', date: { date: '2026-12-01' } }],
  ])('%s is a byline or dateline', (line, facts) => {
    const meta = readMetaLine(line, 'en');
    expect(meta).toMatchObject(facts);
    // A note in brackets beside a date is not a byline ("[Updated, 3:15 PM]").
    if (!('author' in facts)) expect(meta?.author).toBeUndefined();
  });

  it.each([
    'PARIS',
    'BYRON BAY',
    'By Jane Smith (with John Doe)',
    'Anthropic hired a CTO on 3 October 2025.',
    'By the end of 2025, prices fell by half',
    'Microsoft invests in Hessen',
    '(Reuters) By Tom Reyes, who covered the story from the start',
  ])('%s is article text, not metadata', (line) => {
    expect(readMetaLine(line, 'en')).toBeUndefined();
  });
});

describe('publisherOfCopyright', () => {
  it.each([
    ['© 2025 Heise Medien GmbH & Co. KG. Alle Rechte vorbehalten.', 'Heise Medien GmbH & Co. KG'],
    ['© Le Journal du Rhône 2026 - Reproduction interdite sans autorisation', 'Le Journal du Rhône'],
    ['Copyright Gazeta Nord 2024–2026 | Polityka prywatności', 'Gazeta Nord'],
    ['© 2026 Northgate News Ltd or its affiliated companies. All rights reserved.', 'Northgate News Ltd'],
    ['© 2026 Il Quotidiano S.p.A. - P.IVA 01234560157 - Tutti i diritti riservati', 'Il Quotidiano S.p.A.'],
  ])('%s → %s', (line, name) => {
    expect(publisherOfCopyright(line)).toBe(name);
  });
});

describe('readDateBesideName', () => {
  it.each([
    ['林晓峰 · 2026年11月30日 14:20', 'zh', '2026-11-30'],
    ['Lucía Ferrándiz · 02 dic 2026 · 08:15 CET', 'es', '2026-12-02'],
  ])('%s: the date beside one unlabelled name', (line, language, date) => {
    expect(readMetaLine(line, language)).toBeUndefined();
    expect(readDateBesideName(line, language)?.date).toBe(date);
  });

  it.each([
    'Anthropic and Microsoft · 3 March 2026 · 4 min read · Share',
    'Markets fell on 3 March 2026',
    '张伟 · 北京 · 2026年11月30日',
    'Read next · March 1, 2026',
    '相关阅读 · 2026年11月30日',
  ])('%s: no date', (line) => {
    expect(readDateBesideName(line, 'en')).toBeUndefined();
  });
});

describe('nameInByline', () => {
  it.each([
    ['By Jane Smith', 'Jane Smith'],
    ['Jane Smith and John Doe', 'Jane Smith and John Doe'],
    ['Mariana dos Santos', 'Mariana dos Santos'],
    ['陈思远', '陈思远'],
    ['Harriet Okonjo Energy correspondent', undefined],
    ['Washington', undefined],
    ['PARIS', undefined],
  ])('%s → %s', (byline, name) => {
    expect(nameInByline(byline, 'en')).toBe(name);
  });
});
