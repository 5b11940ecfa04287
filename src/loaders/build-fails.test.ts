// The content checks must stop a real `astro build`, not just a unit call:
// these tests build a copy of the site with one broken file each.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function build(dir: string) {
  const run = spawnSync(process.execPath, [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const snapshot = (dir: string) => readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), 'utf8')]);

describe('astro build with broken content', () => {
  it('fails when an article loses its zh summary, naming file, field and language, and changes no content file', () => {
    const dir = siteCopy();
    const file = join(dir, 'content', 'articles', 'anthropic-lance-haiku-4-5.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(summary:\n(?:  .*\n)*?)  zh: .*\n/, '$1'));
    const before = snapshot(join(dir, 'content', 'articles'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/anthropic-lance-haiku-4-5.md → summary.zh: missing');
    expect(snapshot(join(dir, 'content', 'articles'))).toEqual(before);
  });

  it('fails on an unquoted impossible date instead of rolling it over', () => {
    const dir = siteCopy();
    const file = join(dir, 'content', 'articles', 'anthropic-hires-former-stripe-cto-rahul-patil.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('date: "2025-10-03"', 'date: 2024-13-45'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('anthropic-hires-former-stripe-cto-rahul-patil.md → published.date: invalid ISO date');
  });

  it('fails on a duplicate article id even on a clean build', () => {
    const dir = siteCopy();
    const articles = join(dir, 'content', 'articles');
    cpSync(join(articles, 'anthropic-lance-haiku-4-5.md'), join(articles, 'a-copy.md'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/anthropic-lance-haiku-4-5\.md → id: duplicate id "f5dcb51ca7091913", also used by content\/articles\/a-copy\.md/);
  });
});
