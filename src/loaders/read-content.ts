import { collectProblems, ContentErrors, type ContentError } from '../lib/content-error.ts';
import { contentDirs, readArticles, type ArticleFile, type ReadOptions } from './read-articles.ts';
import { readEntities, type EntityFile } from './read-entities.ts';

/**
 * Reads the registry and the articles, and fails with the problems of both at once
 * (the entity loader leaves registry problems to this report, so they are not printed twice).
 */
export function readAllContent(root: string, options: ReadOptions = {}): { articles: ArticleFile[]; entities: EntityFile[] } {
  const problems: ContentError[] = [];
  const entities = collectProblems(problems, () => readEntities(root));
  const articles = collectProblems(problems, () => readArticles(contentDirs(root), options));
  if (problems.length > 0 || !entities || !articles) throw new ContentErrors(problems);
  return { articles, entities };
}
