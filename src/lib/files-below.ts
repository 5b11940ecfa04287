import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
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

/**
 * A file's or folder's inode, size and modification time: a hard link to a file has the same stamp; a
 * file written since, or a new folder at the same path (or one whose entries changed), has another.
 */
export function stampOf(path: string): string {
  const { ino, size, mtimeNs } = statSync(path, { bigint: true });
  return `${ino}:${size}:${mtimeNs}`;
}
