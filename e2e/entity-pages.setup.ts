// The "entity-pages" setup project: visits every entity page once for the whole run, in parts that
// both workers share (see entity-pages.ts). The desktop tests that compare entity pages with the
// content, and the accessibility sweep's entity tests, read what the visits found.
import { test as setup } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';
import { sweepTimeout } from './a11y.ts';
import { entities } from './entity-oracle.ts';
import { PARTS, visitEntityPages } from './entity-pages.ts';

setup.describe.configure({ mode: 'parallel' });

for (const lang of LOCALES) {
  for (let part = 1; part <= PARTS; part++) {
    setup(`visit the ${lang} entity pages (${part} of ${PARTS}): read each, and sweep it with axe`, async ({ page }) => {
      // As the sweep allows each page on a busy machine, the language's heaviest page among them.
      setup.setTimeout(sweepTimeout(entities.map((e) => `/${lang}/entities/${e.id}/`)) / PARTS);
      await visitEntityPages(page, lang, part);
    });
  }
}
