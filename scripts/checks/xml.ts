import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { Problem } from './links.ts';

/**
 * Every XML file of the build (the RSS feeds, the sitemaps) parsed by a conforming XML
 * parser: a control character in a title, say, makes a feed that readers reject.
 * saxes checks the whole of XML 1.0's well-formedness, characters included.
 */
export function checkXml(dist: string, files: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const file of [...files].filter((f) => f.endsWith('.xml')).sort()) {
    const parser = new SaxesParser({ xmlns: true });
    let first: string | undefined;
    parser.on('error', (error) => {
      first ??= error.message;
    });
    try {
      parser.write(readFileSync(join(dist, file), 'utf8')).close();
    } catch (error) {
      first ??= error instanceof Error ? error.message : String(error);
    }
    if (first) problems.push({ page: `/${file}`, message: `not well-formed XML: ${first}` });
  }
  return problems;
}
