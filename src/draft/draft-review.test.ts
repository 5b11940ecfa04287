import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../../scripts/run-node.ts';
import { makeContentRoot } from '../loaders/content-fixture.ts';
import { contentDirs, readArticles } from '../loaders/read-articles.ts';
import { readArticleFile, writeFields } from './fields.ts';
import { offlineDraft } from './offline.ts';
import { reviewChanges } from './review.ts';

const PERSON_SUMMARY_FR = '  fr: Le conseil a approuvé le pont. Il ouvrira en 2027.\n';
const ARTICLE = `---
id: 0123abcd
language: en
title:
  editorial: false
  en: Council approves the river bridge
  fr: { status: missing }
  zh: { status: missing }
summary:
  writtenIn: en
  en: { status: missing }
${PERSON_SUMMARY_FR}  zh: { status: missing }
source:
  file: valid.txt
published:
  basis: unknown
---
The council approved the new bridge over the river on Tuesday, after two years of debate.

The bridge will carry trams and bicycles across the river. It replaces the ferry that has run since 1952.

Work starts in the spring. The new bridge over the river opens to trams and bicycles in 2027, the council said.
`;

const file = (root: string) => join(root, 'content', 'articles', 'article.md');
const cli = async (script: string, root: string, ...args: string[]) => {
  const run = await runNode([join(process.cwd(), 'scripts', script), '--content-root', root, ...args]);
  return { status: run.status, out: run.output };
};

describe('npm run draft (offline)', () => {
  it('fills the missing summary with sentences of the text, keeps a person’s summary, and the build accepts it', async () => {
    const root = makeContentRoot({ 'article.md': ARTICLE });
    const { status, out } = await cli('draft.ts', root, 'article');
    expect(status, out).toBe(0);
    expect(out).toContain('drafted summary.en (extractive; from p-1');
    expect(out).toContain('still missing, as no offline draft translates: title.fr, title.zh, summary.zh');
    const text = readFileSync(file(root), 'utf8');
    expect(text).toContain(PERSON_SUMMARY_FR);
    expect(text.slice(text.indexOf('\n---\n'))).toBe(ARTICLE.slice(ARTICLE.indexOf('\n---\n')));
    const [article] = readArticles(contentDirs(root));
    const en = article!.data.summary.en;
    expect(en).toMatchObject({ status: 'machine', program: 'dossier draft', method: 'extractive' });
    expect(en.status === 'machine' && en.text.startsWith('The council approved the new bridge over the river on Tuesday, after two years of debate.')).toBe(
      true,
    );
    expect(article!.data.summary.fr).toEqual({ status: 'translated', text: 'Le conseil a approuvé le pont. Il ouvrira en 2027.' });
  });

  it('refreshes its own earlier draft but never a person’s text', async () => {
    const root = makeContentRoot({ 'article.md': ARTICLE.replace('  en: { status: missing }\n', '  en: A person wrote this. It stays.\n') });
    const draft = await offlineDraft(readArticleFile(file(root)), new Date('2026-12-02T10:00:00Z'));
    expect(draft.changes).toEqual([]);
    expect(draft.notes.join('\n')).toContain('summary.en: a person’s; left alone.');

    const drafted = makeContentRoot({ 'article.md': ARTICLE });
    const first = readArticleFile(file(drafted));
    writeFields(first, (await offlineDraft(first, new Date('2026-12-01T10:00:00Z'))).changes);
    const again = readArticleFile(file(drafted));
    const refreshed = await offlineDraft(again, new Date('2026-12-02T10:00:00Z'));
    expect(refreshed.changes.map((c) => `${c.group}.${c.lang}`)).toEqual(['summary.en']);
    expect(refreshed.changes[0]!.field).toMatchObject({ at: '2026-12-02T10:00:00Z' });
  });
});

describe('npm run review', () => {
  it('lists what is not reviewed, then marks a reviewed field as a person’s, changing nothing else', async () => {
    const root = makeContentRoot({ 'article.md': ARTICLE });
    const draft = await cli('draft.ts', root, 'article');
    expect(draft.status, draft.out).toBe(0);
    const listed = await cli('review.ts', root, 'article');
    expect(listed.out).toMatch(/not yet reviewed:\n {2}title\.fr: missing\n {2}title\.zh: missing\n {2}summary\.en: machine\n {2}summary\.zh: missing/);
    // The reviewer corrects the draft in the file, then marks it reviewed.
    const drafted = readFileSync(file(root), 'utf8');
    const corrected = drafted.replace(/(\n {4}text: )The council approved/, '$1The city council approved');
    writeFileSync(file(root), corrected);
    const { status, out } = await cli('review.ts', root, 'article', '--field', 'summary.en');
    expect(status, out).toBe(0);
    expect(out).toContain('reviewed summary.en (written)');
    const reviewed = readFileSync(file(root), 'utf8');
    const [article] = readArticles(contentDirs(root));
    expect(article!.data.summary.en.status).toBe('written');
    expect(article!.data.summary.en.status !== 'missing' && article!.data.summary.en.text.startsWith('The city council approved')).toBe(true);
    // Only that field changed: the lines before and after it are as they were.
    const [before, after] = [corrected.slice(0, corrected.indexOf('  en:\n    status: machine')), corrected.slice(corrected.indexOf(PERSON_SUMMARY_FR))];
    expect(reviewed.startsWith(before)).toBe(true);
    expect(reviewed.endsWith(after)).toBe(true);
  });

  it('refuses to review a missing field or one that does not exist, naming it', () => {
    const article = readArticleFile(file(makeContentRoot({ 'article.md': ARTICLE })));
    expect(() => reviewChanges(article, ['summary.zh', 'summary.xx', 'body'])).toThrow(
      /summary\.zh: missing, so there is nothing to review[\s\S]*summary\.xx: no such field[\s\S]*body: no such field/,
    );
  });
});
