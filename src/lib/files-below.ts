import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every file below `dir`, as absolute paths (the output folder's pruning and the search shards' links both walk trees). */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/**
 * Deletes `files` (paths relative to `dir`), then the folders below `dir` that leaves empty; a folder
 * that still holds something stays.
 */
export function removeFilesBelow(dir: string, files: Iterable<string>): void {
  const emptied = new Set<string>();
  for (const file of files) {
    rmSync(join(dir, file), { force: true });
    for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) emptied.add(folder);
  }
  // Deepest first, so that a folder emptied by its sub-folders' removal goes too.
  for (const folder of [...emptied].sort((a, b) => b.split('/').length - a.split('/').length)) {
    try {
      rmdirSync(join(dir, folder));
    } catch {
      // Not empty (it holds files that stay), or gone already.
    }
  }
}
