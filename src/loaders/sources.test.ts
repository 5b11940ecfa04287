import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The seed texts live in ../shared/seeds beside the repository (as CI lays it out). Without them
// this test fails and says so, rather than passing with nothing checked.
const seeds = join(process.cwd(), '..', 'shared', 'seeds');
const found = existsSync(seeds) ? readdirSync(seeds) : [];

describe('content/sources', () => {
  it('has the seed texts to compare with', () => {
    expect(found.length, `no seed texts in ${seeds}: put the shared folder beside the repository, as CI does`).toBeGreaterThan(0);
  });

  it.each(found)('%s is the seed, byte for byte', (name) => {
    expect(readFileSync(join(process.cwd(), 'content', 'sources', name)).equals(readFileSync(join(seeds, name)))).toBe(true);
  });
});
