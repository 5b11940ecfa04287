// Issue 16.9: the end-to-end tests fail clearly when what they need is missing, instead of
// testing an empty folder or whatever else listens on a port.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from './run-node.ts';

const project = process.cwd();

/** A project copy with the e2e config and only the builds given. */
function projectWith(builds: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-config-'));
  cpSync(join(project, 'e2e'), join(dir, 'e2e'), { recursive: true });
  cpSync(join(project, 'src'), join(dir, 'src'), { recursive: true });
  cpSync(join(project, 'scripts'), join(dir, 'scripts'), { recursive: true, filter: (from) => !from.includes('/fixtures/') });
  cpSync(join(project, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
  for (const build of builds) {
    mkdirSync(join(dir, build));
    writeFileSync(join(dir, build, 'index.html'), '<!doctype html><title>x</title>');
  }
  return dir;
}

function listTests(dir: string, env: Record<string, string> = {}) {
  return runNode([join(project, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '--list', '-c', 'e2e/playwright.config.ts'], {
    cwd: dir,
    env: { ...process.env, DOSSIER_E2E_PORT: '', DOSSIER_E2E_HOSTILE_PORT: '', ...env },
  });
}

describe('e2e/playwright.config.ts', () => {
  it('refuses to run without dist/, naming the command that builds it', async () => {
    const { status, output } = await listTests(projectWith(['dist-hostile']));
    expect(status).not.toBe(0);
    expect(output).toContain('dist/ has no build: run `npm run build` before the end-to-end tests.');
  });

  it('refuses to run without dist-hostile/, naming the command that builds it', async () => {
    const { status, output } = await listTests(projectWith(['dist']));
    expect(status).not.toBe(0);
    expect(output).toContain('dist-hostile/ has no build: run `npm run build:hostile` before the end-to-end tests.');
  });

  it('refuses to run without Chromium, saying how to install it', async () => {
    const { status, output } = await listTests(projectWith(['dist', 'dist-hostile']), { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(status).not.toBe(0);
    expect(output).toContain('Chromium not found at /nonexistent/chromium: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH.');
  });

  it('serves each site on a free port of its own and never reuses a server it did not start', async () => {
    const copy = projectWith(['dist', 'dist-hostile']);
    const { default: config } = (await import(join(copy, 'e2e', 'playwright.config.ts'))) as typeof import('../e2e/playwright.config.ts');
    const servers = [config.webServer].flat();
    expect(servers).toHaveLength(2);
    for (const server of servers) expect(server!.reuseExistingServer).toBe(false);
    const ports = servers.map((s) => Number(/ (\d+)$/.exec(s!.command)![1]));
    expect(new Set(ports).size).toBe(2);
    for (const port of ports) expect(port).toBeGreaterThan(0);
  });
});
