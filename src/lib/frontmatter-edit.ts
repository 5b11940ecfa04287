import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isPair, isScalar, parseDocument, visit, type Pair } from 'yaml';
import { parseYaml } from './yaml.ts';

/** Where the YAML sits in an article file: between the opening `---` line and the closing one. */
const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export interface FieldEdit {
  /** A field two levels down, such as `['summary', 'fr']`. */
  path: readonly [string, string];
  value: unknown;
}

/**
 * Replaces fields of an article's frontmatter and nothing else: every other
 * byte of the file (other fields, their quoting and comments, the article text)
 * stays as it was. The YAML library's own output would re-quote and re-wrap
 * the whole frontmatter, so each field's value is spliced in at its place.
 * Throws when a field is not there, or when the result would not read back as
 * the same data with only these fields changed.
 */
export function editFrontmatter(file: string, source: string, edits: readonly FieldEdit[]): string {
  const fence = FENCE.exec(source);
  if (!fence) throw new Error(`${file}: no frontmatter between \`---\` lines.`);
  const yamlStart = source.indexOf('\n') + 1;
  const yaml = fence[1]!;
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${file}: invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);

  const splices = edits.map(({ path, value }) => {
    const pair = findPair(doc.contents, path);
    if (!pair) throw new Error(`${file} → ${path.join('.')}: not in the frontmatter.`);
    const key = pair.key as { range: [number, number, number] };
    const node = pair.value as { range?: [number, number, number] } | null;
    if (!node?.range) throw new Error(`${file} → ${path.join('.')}: has no value to replace.`);
    const lineStart = yaml.lastIndexOf('\n', key.range[0] - 1) + 1;
    const indent = ' '.repeat(key.range[0] - lineStart + 2);
    let end = node.range[1];
    while (yaml[end - 1] === '\n') end--; // a block value's range takes its last newline: keep it
    return { start: key.range[1], end, text: `:${renderValue(value, indent)}` };
  });
  splices.sort((a, b) => b.start - a.start);
  let edited = yaml;
  for (const s of splices) edited = edited.slice(0, s.start) + s.text + edited.slice(s.end);

  // Read it back: the edited fields hold the new values, every other field is untouched.
  const before = parseYaml(yaml, file) as Record<string, Record<string, unknown>>;
  const after = parseYaml(edited, file) as Record<string, Record<string, unknown>>;
  for (const { path, value } of edits) before[path[0]]![path[1]] = value;
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(before)), after))
    throw new Error(`${file}: editing the frontmatter would change other fields; nothing written.`);
  return source.slice(0, yamlStart) + edited + source.slice(yamlStart + yaml.length);
}

function findPair(node: unknown, [group, key]: readonly [string, string]): Pair | undefined {
  if (!isMap(node)) return undefined;
  const outer = node.items.find((p) => isScalar(p.key) && p.key.value === group);
  if (!outer || !isMap(outer.value)) return undefined;
  return outer.value.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && p.key.value === key);
}

/** A value after `key:`: a scalar on the same line, an object as a block indented under the key. */
function renderValue(value: unknown, indent: string): string {
  const doc = new Document(value);
  // Lists of short ids read best on one line: [p-1, p-4].
  visit(doc, { Seq: (_, seq) => void (seq.flow = true) });
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
  if (value === null || typeof value !== 'object') return ` ${text}`;
  return text
    .split('\n')
    .map((line) => `\n${indent}${line}`)
    .join('');
}

/**
 * Writes a file whole or not at all: a temporary file in the same folder,
 * renamed over the old one. Refuses when the file changed since `expected`
 * was read (an editor saved meanwhile), so nobody's edit is lost.
 */
export function writeFileAtomically(path: string, text: string, expected: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    if (readFileSync(path, 'utf8') !== expected) throw new Error(`${path} changed while it was being edited; nothing written: run the command again.`);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
