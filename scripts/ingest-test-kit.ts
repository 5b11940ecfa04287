// What the ingest tests share: the command run as the editor runs it, on a throwaway copy of content/.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode } from './run-node.ts';

export const project = process.cwd();
export const GERMAN = join(project, 'scripts', 'fixtures', 'ingest-de.txt');

/** A throwaway copy of the project's content/, to ingest into. */
export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** `npm run ingest -- FILES --content-root ROOT`, as a separate process. */
export async function ingest(root: string, ...files: string[]) {
  const run = await runNode([join(project, 'scripts', 'ingest.ts'), ...files, '--content-root', root]);
  return { status: run.status, out: run.output, stdout: run.stdout };
}
