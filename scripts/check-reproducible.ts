// Builds the site twice from the same input and compares the two outputs byte for byte.
// `npm run check:reproducible`. Card PNGs come from the content-hash cache in the second
// build (the point of the cache); that rendering itself is deterministic is a unit test.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './checks/dist-files.ts';

const outDirs = ['dist-repro-a', 'dist-repro-b'];
const digests = outDirs.map((outDir) => {
  rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  return new Map(listFiles(outDir).map((f) => [f, createHash('sha256').update(readFileSync(join(outDir, f))).digest('hex')]));
});
const [a, b] = digests as [Map<string, string>, Map<string, string>];
const differing = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
for (const outDir of outDirs) rmSync(outDir, { recursive: true, force: true });
if (differing.length > 0) {
  console.log(`two builds differ in ${differing.length} file(s):\n${differing.slice(0, 30).map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`reproducible: two builds gave the same ${a.size} files, byte for byte`);
