// What the ingest tests share: the command run as the editor runs it, on a throwaway copy of content/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const project = process.cwd();
export const GERMAN = join(project, 'scripts', 'fixtures', 'ingest-de.txt');

/** A throwaway copy of the project's content/, to ingest into. */
export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** `npm run ingest -- FILES --content-root ROOT`, as a separate process. */
export function ingest(root: string, ...files: string[]) {
  const run = spawnSync(process.execPath, [join(project, 'scripts', 'ingest.ts'), ...files, '--content-root', root], { encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}`, stdout: run.stdout };
}
