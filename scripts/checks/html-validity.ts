import { HtmlValidate, type ConfigData } from 'html-validate';
import type { DistPage } from './dist-files.ts';
import type { Problem } from './links.ts';

const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes the doctype in upper case; both are valid HTML.
    'doctype-style': 'off',
    // Attributes are written by Astro's compiler; their quoting and self-closing style is not ours to choose.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Article text keeps the source's own characters, quotes included.
    'no-raw-characters': 'off',
    // Astro adds inline styles hashed by the CSP; none are ours.
    'no-inline-style': 'off',
    // Long editorial titles are fine.
    'long-title': 'off',
  },
};

/** html-validate over every page: errors only (warnings are reported by html-validate itself, not here). */
export async function checkHtmlValidity(pages: readonly DistPage[]): Promise<Problem[]> {
  const validator = new HtmlValidate(CONFIG);
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) problems.push({ page: page.url, message: `${m.ruleId}: ${m.message} (line ${m.line}, column ${m.column})` });
      }
    }
  }
  return problems;
}
