import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYaml } from './yaml.ts';

describe('parseYaml', () => {
  it('keeps an impossible date as the string it is instead of rolling it over', () => {
    expect(parseYaml('date: 2024-13-45\nother: 2024-02-30', 'a.yaml')).toEqual({ date: '2024-13-45', other: '2024-02-30' });
  });

  it('reports malformed YAML with file, line and column', () => {
    expect(() => parseYaml('title: "unterminated\nnext: 1', 'x.yaml')).toThrow(/^x\.yaml:\d+:\d+: invalid YAML/);
  });

  it('rejects duplicate keys instead of keeping the last one', () => {
    expect(() => parseYaml('id: a\nid: b', 'dup.yaml')).toThrow(/dup\.yaml:2:\d+: invalid YAML/);
  });
});

describe('parseMarkdownFile', () => {
  it('splits frontmatter from the body', () => {
    expect(parseMarkdownFile('---\nid: abc\n---\nText\n', 'a.md')).toEqual({ frontmatter: { id: 'abc' }, body: 'Text\n' });
  });

  it('counts YAML error lines from the top of the file', () => {
    expect(() => parseMarkdownFile('---\nid: abc\ntitle: [\n---\nText', 'a.md')).toThrow(/^a\.md:[34]:\d+: invalid YAML/);
  });

  it('explains a missing frontmatter block', () => {
    expect(() => parseMarkdownFile('Just text', 'a.md')).toThrow(/a\.md: no frontmatter/);
  });
});
