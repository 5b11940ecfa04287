import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, as absolute paths (the output folder's pruning and the search shards' links both walk trees). */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}
