// The "entity-pages" setup project: reads every entity page once per language for the whole run
// (see entity-pages.ts); the desktop tests that compare entity pages with the content depend on it.
import { test as setup } from '@playwright/test';
import { LOCALES } from '../src/i18n/locales.ts';
import { readEntityPages } from './entity-pages.ts';

for (const lang of LOCALES) {
  setup(`read every ${lang} entity page`, async ({ page }) => {
    // Every entity page of a language, on a busy machine.
    setup.setTimeout(240_000);
    await readEntityPages(page, lang);
  });
}
