import { defineCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { articleLoader } from './loaders/article-loader.ts';
import { entityLoader } from './loaders/entity-loader.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export const collections = {
  articles: defineCollection({ loader: articleLoader(root) }),
  entities: defineCollection({ loader: entityLoader(root) }),
};
