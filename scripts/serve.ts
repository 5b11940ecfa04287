// Serves a built site folder on localhost, as a static host would (404.html for unknown paths).
// Astro allows one `astro preview` per project; the tests' second site (dist-hostile) uses this.
// Usage: node scripts/serve.ts <folder> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const [folder = 'dist', port = '4322'] = process.argv.slice(2);
const root = join(process.cwd(), folder);
const assets = sirv(root, { dev: false, etag: true });
const notFound = readFileSync(join(root, '404.html'));

createServer((req, res) =>
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  }),
).listen(Number(port), 'localhost', () => console.log(`Serving ${folder} on http://localhost:${port}/`));
