import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Articles named on a command line: a path to the file (from here or from the content root), or its slug (found in content/articles/ of the content root). */
export function articlePathsFrom(args: readonly string[], contentRoot: string): { path: string; file: string }[] {
  return args.map((arg) => {
    // As given, then under the content root ("content/articles/x.md", as ingest names it), then as a slug.
    const candidates = [arg, join(contentRoot, arg), join(contentRoot, 'content', 'articles', arg.endsWith('.md') ? arg : `${arg}.md`)];
    const path = resolve(candidates.find((c) => existsSync(c)) ?? candidates.at(-1)!);
    return { path, file: relative(process.cwd(), path) || path };
  });
}
