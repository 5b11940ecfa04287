import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The seed texts live in ../shared/seeds beside the repository (as CI lays it out).
const seeds = join(process.cwd(), '..', 'shared', 'seeds');

describe.runIf(existsSync(seeds))('content/sources', () => {
  it.each(existsSync(seeds) ? readdirSync(seeds) : [])('%s is the seed, byte for byte', (name) => {
    expect(readFileSync(join(process.cwd(), 'content', 'sources', name)).equals(readFileSync(join(seeds, name)))).toBe(true);
  });
});
