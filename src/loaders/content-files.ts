import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { ContentError } from '../lib/content-error.ts';

export interface ContentFile {
  /** The file name, as listed. */
  name: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, for messages. */
  file: string;
}

export interface FolderRule {
  /** What a file here is, for messages ("article"). */
  what: string;
  /** The extensions read here, as written (lowercase). */
  extensions: readonly string[];
  /** Extensions an editor may have meant (any case): named in the error rather than skipped. */
  lookalikes: RegExp;
}

/**
 * The files of a content folder that the build reads, and an error for everything
 * else in it: a file that looks like content but would be skipped (`x.MD`,
 * `x.markdown`), any other file, a folder or other non-file under a content name,
 * and a symbolic link that leads outside content/ (it would publish a file that is
 * not part of the content) or nowhere. Hidden files (.DS_Store, editor swap files)
 * are left alone.
 */
export function listContentFiles(root: string, dir: string, rule: FolderRule, errors: ContentError[]): ContentFile[] {
  const contentDir = realpathSync(join(root, 'content'));
  const realFolder = realFolders();
  const files: ContentFile[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    errors.push(new ContentError(relative(root, dir), undefined, 'the folder is missing or cannot be read.', `create it: ${rule.what} files live there.`));
    return files;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const file = relative(root, path);
    const extension = rule.extensions.find((e) => name.endsWith(e));
    if (!extension) {
      errors.push(
        rule.lookalikes.test(name)
          ? new ContentError(
              file,
              'file name',
              `is not read: ${rule.what} files end in ${rule.extensions.map((e) => `"${e}"`).join(' or ')}, in lowercase.`,
              `rename it to "${name.replace(rule.lookalikes, rule.extensions[0]!)}".`,
            )
          : new ContentError(
              file,
              undefined,
              `is not an ${rule.what} file (${rule.extensions.join(', ')}), so the build would ignore it.`,
              'move it out of this folder.',
            ),
      );
      continue;
    }
    const problem = notARegularContentFile(path, contentDir, realFolder);
    if (problem) errors.push(new ContentError(file, undefined, problem.problem, problem.fix));
    else files.push({ name, path, file });
  }
  return files;
}

/** Why a path cannot be read as a content file, or undefined when it can. `realFolder` resolves a folder (memoized over one read of the content). */
export function notARegularContentFile(
  path: string,
  contentDir: string,
  realFolder: (dir: string) => string = realFolders(),
  own: Stats | undefined = lstatSync(path, { throwIfNoEntry: false }),
): { problem: string; fix: string } | undefined {
  // A file that is not a link is where its folder is: one lstat (`own`, which a caller that has it
  // passes), not a realpath of every part of the path and a stat (10,000 articles and their sources
  // took a second). Links are followed below.
  const plain = own && !own.isSymbolicLink() ? own : undefined;
  const real = plain ? join(realFolder(dirname(path)), basename(path)) : realOrMissing(path);
  if (real === undefined) return { problem: 'is a link to a file that does not exist.', fix: 'replace the link with the file itself.' };
  if (!real.startsWith(contentDir + sep)) {
    return {
      problem: `is a link to ${real}, outside content/: the build publishes only what is in content/.`,
      fix: 'copy the file into content/ instead of linking to it.',
    };
  }
  if (!(plain ?? statSync(real)).isFile()) {
    return { problem: 'is a folder (or another non-file), not a file.', fix: 'rename it, or move what it holds out of it.' };
  }
  return undefined;
}

function realOrMissing(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The real path of a folder, each resolved once: for one read of the content (`astro dev` reads it again after each change). */
export function realFolders(): (dir: string) => string {
  const known = new Map<string, string>();
  return (dir) => {
    let real = known.get(dir);
    if (real === undefined) known.set(dir, (real = realpathSync(dir)));
    return real;
  };
}
