import { parseDocument } from 'yaml';
import { ContentError } from './content-error.ts';

/**
 * Parses YAML strictly. The YAML 1.2 core schema has no timestamp type, so
 * `2024-13-45` stays the string it is (js-yaml, which Astro uses, rolls it over
 * to 2025-02-14); duplicate keys are errors rather than last-one-wins.
 */
export function parseYaml(source: string, file: string, lineOffset = 0): unknown {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const where = pos ? `:${pos.line + lineOffset}:${pos.col}` : '';
    throw new ContentError(
      `${file}${where}`,
      undefined,
      `invalid YAML: ${error.message.split('\n')[0]}`,
      'check quotes and indentation at that line (quote any value that contains ": " or starts with a special character).',
    );
  }
  return doc.toJS();
}

export interface MarkdownFile {
  frontmatter: unknown;
  body: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Splits a Markdown file into its YAML frontmatter and its body. */
export function parseMarkdownFile(text: string, file: string): MarkdownFile {
  const match = FENCE.exec(text);
  if (!match) {
    throw new ContentError(
      file,
      undefined,
      'no frontmatter: the file must start with a line `---`, the YAML fields, and another `---`.',
      'copy the frontmatter of an existing article and fill it in.',
    );
  }
  // The YAML starts on the file's second line; report lines as the editor sees them.
  const frontmatter = parseYaml(match[1]!, file, 1);
  return { frontmatter, body: text.slice(match[0].length) };
}
