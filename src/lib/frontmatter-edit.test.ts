import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, writeFileAtomically } from './frontmatter-edit.ts';

const ARTICLE = `---
# a comment the editor wrote
id: 0123abcd
title:
  editorial: false
  en: 'A title: quoted the editor’s way'   # keep me
  fr: { status: missing }
summary:
  writtenIn: en
  en:
    status: missing
  fr: "Un résumé. Écrit par une personne."
source:
  file: valid.txt
---
Body text with --- a rule-like line,
  odd   spacing, and "quotes".

---
More text after a line of dashes.
`;

describe('editFrontmatter', () => {
  const value = {
    status: 'machine',
    text: 'One: two. Three "four".',
    program: 'dossier draft',
    method: 'extractive',
    at: '2026-12-02T13:05:00Z',
    passages: ['p-1', 'p-3'],
  };

  it('changes the named fields and leaves every other byte as it was', () => {
    const edited = editFrontmatter('a.md', ARTICLE, [
      { path: ['summary', 'en'], value },
      { path: ['title', 'fr'], value: 'Un titre' },
    ]);
    expect(edited).toBe(
      ARTICLE.replace(
        '  en:\n    status: missing\n',
        `  en:\n    status: machine\n    text: 'One: two. Three "four".'\n    program: dossier draft\n    method: extractive\n    at: 2026-12-02T13:05:00Z\n    passages: [p-1, p-3]\n`,
      ).replace('  fr: { status: missing }\n', '  fr: Un titre\n'),
    );
  });

  it('replaces a flow object, a quoted string and a commented value in place', () => {
    const edited = editFrontmatter('a.md', ARTICLE, [{ path: ['title', 'en'], value: { status: 'missing' } }]);
    expect(edited).toContain('  en:\n    status: missing   # keep me\n  fr: { status: missing }\n');
    expect(edited.slice(edited.indexOf('\n---\n'))).toBe(ARTICLE.slice(ARTICLE.indexOf('\n---\n')));
  });

  it('refuses a field that is not there, changing nothing', () => {
    expect(() => editFrontmatter('a.md', ARTICLE, [{ path: ['summary', 'zh'], value: 'x' }])).toThrow(/a\.md → summary\.zh: not in the frontmatter/);
  });
});

describe('writeFileAtomically', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-atomic-'));
    const path = join(dir, 'a.md');
    writeFileSync(path, 'old');
    writeFileAtomically(path, 'new', 'old');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });

  it('refuses when the file changed since it was read, keeping the other edit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-atomic-'));
    const path = join(dir, 'a.md');
    writeFileSync(path, 'saved by an editor meanwhile');
    expect(() => writeFileAtomically(path, 'new', 'old')).toThrow(/changed while it was being edited; nothing written/);
    expect(readFileSync(path, 'utf8')).toBe('saved by an editor meanwhile');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
