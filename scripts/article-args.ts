import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Articles named on a command line: a path to the file, or its slug (found in content/articles/ of the content root). */
export function articlePathsFrom(args: readonly string[], contentRoot: string): { path: string; file: string }[] {
  return args.map((arg) => {
    const path = existsSync(arg) ? resolve(arg) : resolve(join(contentRoot, 'content', 'articles', arg.endsWith('.md') ? arg : `${arg}.md`));
    return { path, file: relative(process.cwd(), path) || path };
  });
}
