// The content checks must stop a real `astro build`, not just a unit call:
// these tests build a copy of the site with one broken file each.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { freePort } from '../../scripts/free-port.ts';
import { runNode } from '../../scripts/run-node.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = process.cwd();

function siteCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-site-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function build(dir: string, args: string[] = ['build']) {
  return runNode([join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
    cwd: dir,
    // Its own cache folder: node_modules is the project's, and with it Astro's default cache folder, which builds running beside this one use.
    // No update check: `astro dev` would ask the npm registry for Astro's latest version.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', DOSSIER_CACHE_DIR: join(dir, '.cache') },
  });
}

const snapshot = (dir: string) => readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]);

describe('astro build with broken content', () => {
  it('fails when an article loses its zh summary, naming file, field and language, and changes no content file', async () => {
    const dir = siteCopy();
    const file = join(dir, 'content', 'articles', 'anthropic-lance-haiku-4-5.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(summary:\n(?:  .*\n)*?)  zh: .*\n/, '$1'));
    const before = snapshot(join(dir, 'content', 'articles'));
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/anthropic-lance-haiku-4-5.md → summary.zh: missing');
    expect(snapshot(join(dir, 'content', 'articles'))).toEqual(before);
  });

  it('fails on an unquoted impossible date instead of rolling it over', async () => {
    const dir = siteCopy();
    const file = join(dir, 'content', 'articles', 'anthropic-hires-former-stripe-cto-rahul-patil.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: "2025-10-03"', 'date: 2024-13-45'));
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('anthropic-hires-former-stripe-cto-rahul-patil.md → published.date: invalid ISO date');
  });

  it('fails on a duplicate article id even on a clean build', async () => {
    const dir = siteCopy();
    const articles = join(dir, 'content', 'articles');
    cpSync(join(articles, 'anthropic-lance-haiku-4-5.md'), join(articles, 'a-copy.md'));
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/articles\/anthropic-lance-haiku-4-5\.md → id: duplicate id "f5dcb51ca7091913", also used by content\/articles\/a-copy\.md/,
    );
  });

  it('prints every problem of several broken files, articles and registry, one per line with a count', async () => {
    const dir = siteCopy();
    const articles = join(dir, 'content', 'articles');
    const edit = (name: string, from: string | RegExp, to: string) => {
      const file = join(articles, name);
      const before = readFileSync(file, 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not apply to ${name}`);
      writeFileSync(file, after);
    };
    edit('anthropic-lance-haiku-4-5.md', /(summary:\n(?:  .*\n)*?)  zh: .*\n/, '$1');
    edit('anthropic-hires-former-stripe-cto-rahul-patil.md', 'date: "2025-10-03"', 'date: 2024-13-45');
    edit('anthropic-hires-ms-azure-ai-lead.md', /\nlanguage: (\w+)\n/, '\nlanguage: $1\nlangauge: $1\n');
    writeFileSync(join(articles, 'empty.md'), '');
    const entity = join(dir, 'content', 'entities', 'anthropic.yaml');
    writeFileSync(entity, `${readFileSync(entity, 'utf8')}\nunknownField: 1\n`);
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    const expected = [
      'content/entities/anthropic.yaml → unknownField: unknown field.',
      'content/articles/anthropic-lance-haiku-4-5.md → summary.zh: missing',
      'content/articles/anthropic-hires-former-stripe-cto-rahul-patil.md → published.date: invalid ISO date',
      'content/articles/anthropic-hires-ms-azure-ai-lead.md → langauge: unknown field.',
      'content/articles/empty.md: the file is empty.',
    ];
    expect(output).toContain('5 content problems:');
    // Each problem on a line of its own, whatever Astro adds around the message.
    const lines = output.split('\n');
    for (const problem of expected)
      expect(
        lines.some((l) => l.includes(`- ${problem}`)),
        problem,
      ).toBe(true);
  });

  it('names the file instead of crashing: 3,000 nested ">", a YAML alias bomb, a folder named x.md (issue 16.5)', { timeout: 240_000 }, async () => {
    const dir = siteCopy();
    const articles = join(dir, 'content', 'articles');
    const valid = readFileSync(join(articles, 'anthropic-lance-haiku-4-5.md'), 'utf8');
    writeFileSync(join(articles, 'anthropic-lance-haiku-4-5.md'), `${valid}\n${'>'.repeat(3000)} deep\n`);
    mkdirSync(join(articles, 'x.md'));
    const laughs = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`),
    ].join('\n');
    writeFileSync(join(dir, 'content', 'entities', 'bomb.yaml'), laughs);
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).not.toMatch(/Maximum call stack|Excessive alias|EISDIR/);
    expect(output).toContain('- content/entities/bomb.yaml: invalid YAML: its aliases (`*name`) expand to too many copies');
    expect(output).toContain('- content/articles/x.md: is a folder');
    // The text is rendered only once the files all read: the nested quotes are reported when the others are fixed.
    rmSync(join(articles, 'x.md'), { recursive: true });
    rmSync(join(dir, 'content', 'entities', 'bomb.yaml'));
    const second = await build(dir);
    expect(second.status).not.toBe(0);
    expect(second.output).not.toMatch(/Maximum call stack/);
    expect(second.output).toContain('- content/articles/anthropic-lance-haiku-4-5.md → body: the text is nested too deeply to render');
  });

  it('prints every problem in `astro dev` too', async () => {
    const dir = siteCopy();
    writeFileSync(join(dir, 'content', 'articles', 'empty.md'), '');
    writeFileSync(join(dir, 'content', 'articles', 'no-frontmatter.md'), 'Just text.\n');
    // It stops on them; a server that outlived them would time out here.
    const { status, output } = await build(dir, ['dev', '--port', String(await freePort())]);
    expect(status).not.toBe(0);
    expect(output).toContain('2 content problems:');
    expect(output).toContain('- content/articles/empty.md: the file is empty.');
    expect(output).toContain('- content/articles/no-frontmatter.md: no frontmatter');
  });
});
