import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { SLUG } from '../schemas/common.ts';
import { ContentError, throwIfAny } from '../lib/content-error.ts';
import { decodeTextFile } from '../lib/text-file.ts';
import { parseMarkdownFile, splitMarkdownFile } from '../lib/yaml.ts';
import type { ValidatedArticles } from './validated-articles.ts';
import { zodIssuesToErrors } from '../lib/zod-errors.ts';
import { unreviewedFields } from '../schemas/authorship.ts';
import { nonTextErrors } from '../lib/not-text.ts';
import { listContentFiles, notARegularContentFile, realFolders } from './content-files.ts';

/** What content/articles/ holds: `.md` files, lowercase, and nothing else that could be mistaken for one. */
const ARTICLE_FILES = { what: 'article', extensions: ['.md'], lookalikes: /\.(md|markdown|mdown|mkdn?|mdx)$/i } as const;

export interface ArticleFile {
  /** URL slug: the file name without `.md`. */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: ArticleData;
  /** The article text as Markdown. */
  body: string;
  /** The raw file, for change detection. */
  raw: string;
}

export interface ContentDirs {
  root: string;
  articles: string;
  sources: string;
}

export function contentDirs(root: string): ContentDirs {
  return { root, articles: join(root, 'content', 'articles'), sources: join(root, 'content', 'sources') };
}

export interface ReadOptions {
  requireReview?: boolean;
  /** Files read and validated before (validated-articles.ts): a file with the same bytes is not parsed and checked again. */
  validated?: ValidatedArticles;
}

/**
 * Reads and validates every article, and fails with every problem found (file,
 * field, fix) rather than the first. Checks what a schema alone cannot see:
 * duplicate ids, slugs equal up to case, old slugs that collide, missing sources,
 * and, under the `requireReview` policy, titles and summaries no person has
 * written or reviewed.
 */
export function readArticles(dirs: ContentDirs, options: ReadOptions = {}): ArticleFile[] {
  const errors: ContentError[] = [];
  const articles: ArticleFile[] = [];
  const listed = listContentFiles(dirs.root, dirs.articles, ARTICLE_FILES, errors);
  errors.push(...caseClashErrors(listed.map((f) => f.file)));

  // Resolved once, not once per article (10,000 realpath calls were half a second).
  let contentRoot: string | undefined;
  const realContentRoot = () => (contentRoot ??= realpathSync(join(dirs.root, 'content')));
  const realFolder = realFolders();
  for (const { name, path, file } of listed) {
    const slug = name.slice(0, -'.md'.length);
    try {
      if (!SLUG.test(slug)) {
        throw new ContentError(
          file,
          'file name',
          `"${slug}" is not a valid slug.`,
          'rename the file to lowercase ASCII words joined by hyphens, e.g. "anthropic-hires-a-cto.md".',
        );
      }
      const raw = decodeTextFile(readFileSync(path), file);
      const read = validatedFile(raw, file, options.validated);
      if ('problems' in read) {
        errors.push(...read.problems);
        continue;
      }
      const { data, body } = read;
      const sourceProblem = sourceFileProblem(dirs, data.source.file, realContentRoot, realFolder);
      if (sourceProblem) throw new ContentError(file, 'source.file', sourceProblem.problem, sourceProblem.fix);
      if (options.requireReview) {
        for (const { path, status } of unreviewedFields(data)) {
          errors.push(
            new ContentError(
              file,
              path,
              status === 'machine' ? 'machine-drafted, not yet reviewed (DOSSIER_REQUIRE_REVIEW=1 is set).' : 'missing (DOSSIER_REQUIRE_REVIEW=1 is set).',
              status === 'machine'
                ? `read it against the article, correct it, then \`npm run review -- ${file} ${path}\`.`
                : `write it, or \`npm run draft -- ${file}\` and review the draft; or build without DOSSIER_REQUIRE_REVIEW.`,
            ),
          );
        }
      }
      if (body.trim() === '') {
        throw new ContentError(file, 'body', 'the article has no text after the frontmatter.', 'paste the article text below the closing `---`.');
      }
      articles.push({ slug, file, data, body, raw });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }

  errors.push(...duplicateErrors(articles));
  throwIfAny(errors);
  return articles;
}

/**
 * A file's frontmatter, parsed and checked against the schema, and its body; or its problems. The data
 * goes through JSON both when it is checked and when it comes from the cache, so both give the same.
 */
function validatedFile(
  raw: string,
  file: string,
  validated: ValidatedArticles | undefined,
): { data: ArticleData; body: string } | { problems: ContentError[] } {
  const known = validated?.get(raw);
  if (known) return { data: known, body: splitMarkdownFile(raw, file).body };
  const { frontmatter, body } = parseMarkdownFile(raw, file);
  const notText = nonTextErrors(file, raw, frontmatter);
  if (notText.length > 0) return { problems: notText };
  const parsed = articleSchema.safeParse(frontmatter ?? {});
  if (!parsed.success) return { problems: zodIssuesToErrors(file, parsed.error.issues, frontmatter) };
  const data = JSON.parse(JSON.stringify(parsed.data)) as ArticleData;
  validated?.remember(raw, data);
  return { data, body };
}

/** Why an article's source file cannot be used, or undefined when it can. */
function sourceFileProblem(
  dirs: ContentDirs,
  name: string,
  realContentRoot: () => string,
  realFolder: (dir: string) => string,
): { problem: string; fix: string } | undefined {
  const path = join(dirs.sources, name);
  const own = lstatSync(path, { throwIfNoEntry: false });
  if (!own) return { problem: `content/sources/${name} does not exist.`, fix: 'keep the raw text in content/sources/ and name it here.' };
  const problem = notARegularContentFile(path, realContentRoot(), realFolder, own);
  return problem && { problem: `content/sources/${name} ${problem.problem}`, fix: problem.fix };
}

/** `Same.md` beside `same.md`: one would silently replace the other on a case-insensitive disk or URL. */
function caseClashErrors(files: readonly string[]): ContentError[] {
  const seen = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const file of files) {
    const other = seen.get(file.toLowerCase());
    if (other)
      errors.push(new ContentError(file, 'file name', `differs only by case from ${other}; both would have the same URL.`, 'rename one of the two files.'));
    else seen.set(file.toLowerCase(), file);
  }
  return errors;
}

function duplicateErrors(articles: readonly ArticleFile[]): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map<string, ArticleFile>();
  const byUrl = new Map<string, { article: ArticleFile; field: string }>();
  for (const article of articles) {
    const other = byId.get(article.data.id);
    if (other) {
      errors.push(
        new ContentError(
          article.file,
          'id',
          `duplicate id "${article.data.id}", also used by ${other.file}.`,
          'every article needs its own id (the hash of its source text).',
        ),
      );
    } else byId.set(article.data.id, article);

    // Slugs and old slugs share one URL space; compare them without case, as a case-insensitive file system would.
    const urls = [{ value: article.slug, field: 'file name' }, ...article.data.aliases.map((value, i) => ({ value, field: `aliases.${i}` }))];
    for (const { value, field } of urls) {
      const key = value.toLowerCase();
      const clash = byUrl.get(key);
      if (clash) {
        errors.push(
          new ContentError(
            article.file,
            field,
            `slug "${value}" is already used by ${clash.article.file} (${clash.field}); slugs must differ by more than case.`,
            'rename one of the two files, or remove the old slug.',
          ),
        );
      } else byUrl.set(key, { article, field });
    }
  }
  return errors;
}
