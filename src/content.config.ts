import { defineCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { articleLoader } from './loaders/article-loader.ts';
import { entityLoader } from './loaders/entity-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { entitySchema } from './schemas/entity.ts';

// DOSSIER_CONTENT_ROOT points the build at another content/ folder: the tests' hostile fixture.
const root = process.env['DOSSIER_CONTENT_ROOT'] ?? fileURLToPath(new URL('..', import.meta.url));

export const collections = {
  articles: defineCollection({ loader: articleLoader(root), schema: articleSchema }),
  entities: defineCollection({ loader: entityLoader(root), schema: entitySchema }),
};
