// scripts/serve.ts, the local preview and the e2e tests' server: it refuses a busy port instead of
// moving (issue 16.9) and sends the site's security headers on every response (issue 16.8).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../src/lib/security-headers.ts';

const project = process.cwd();
const started: { kill(): void }[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

/** A tiny built site in a folder below the project (serve.ts serves paths relative to its cwd). */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));
  mkdirSync(join(dir, 'en'), { recursive: true });
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(dir, 'en', 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(dir, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return dir;
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve((server.address() as { port: number }).port));
  });
}

/** Runs serve.ts until it prints that it serves, or exits; resolves with what happened. */
function serve(folder: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(project, 'scripts', 'serve.ts'), folder, String(port)], { cwd: '/' });
    started.push(child);
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Serving')) resolve({ code: null, output });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('scripts/serve.ts', () => {
  it('refuses a busy port with a clear message instead of moving to another', async () => {
    const busy = createServer();
    const port = await listen(busy);
    try {
      const { code, output } = await serve(site(), port);
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use`);
    } finally {
      busy.close();
    }
  });

  it('refuses a folder with no built site', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dossier-serve-empty-'));
    const { code, output } = await serve(empty, 0);
    expect(code).toBe(1);
    expect(output).toMatch(/has no built site \(no 404\.html\): run the build first/);
  });

  it('sends every security header on pages, compressed pages, files and the 404 page', async () => {
    const probe = createServer();
    const port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));
    const { code } = await serve(site(), port);
    expect(code).toBeNull();
    for (const [path, headers] of [
      ['/en/', {}],
      ['/en/', { 'accept-encoding': 'gzip' }],
      ['/card.png', {}],
      ['/nowhere/', {}],
    ] as const) {
      const response = await fetch(`http://localhost:${port}${path}`, { headers });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });
});
