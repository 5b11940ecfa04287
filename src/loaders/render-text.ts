import { ContentError } from '../lib/content-error.ts';
import type { RenderedText } from '../markdown/render-article.ts';

/**
 * Renders an article's text, or says which file cannot be rendered and why: the
 * Markdown parser recurses once per nested quote or list, so a few thousand `>`
 * in a 6 KB file exhaust the stack, which alone would name no file.
 */
export async function renderArticleText(render: (markdown: string) => Promise<RenderedText>, article: { file: string; body: string }): Promise<RenderedText> {
  try {
    return await render(article.body);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ContentError(
        article.file,
        'body',
        'the text is nested too deeply to render (quote markers `>` or list items inside one another, thousands of levels).',
        'remove the extra `>` or list markers: quoted text needs one or two levels.',
      );
    }
    throw new ContentError(
      article.file,
      'body',
      `the text could not be rendered: ${error instanceof Error ? error.message : String(error)}.`,
      'check the Markdown of this article; if it looks right, report it as a bug.',
    );
  }
}
