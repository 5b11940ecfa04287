// Serves a built site folder on localhost, as a static host would: text compressed with gzip
// when the browser accepts it, 404.html for unknown paths, the site's security headers on every
// response (the ones the build writes to _headers for real hosts). Astro allows one `astro preview`
// per project; the tests' second site (dist-hostile) and the benchmark use this.
// Usage: node scripts/serve.ts <folder> <port>
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../src/lib/security-headers.ts';

const [folder = 'dist', port = '4322'] = process.argv.slice(2);
const root = resolve(folder);
const assets = sirv(root, { dev: false, etag: true });
if (!existsSync(join(root, '404.html'))) {
  console.error(`${folder}/ has no built site (no 404.html): run the build first.`);
  process.exit(1);
}
const notFound = readFileSync(join(root, '404.html'));

// Pagefind's own files (.pf_*, .pagefind) are gzipped already.
const TEXT: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const compressed = new Map<string, Buffer>();

/** The file a request names, when it is text the host would compress. */
function textFile(url: string): string | undefined {
  try {
    const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    return file.startsWith(root) && TEXT[extname(file)] && existsSync(file) && statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined; // a malformed path: sirv answers it
  }
}

createServer((req, res) => {
  // Set first, so sirv's files, our gzip answers and the 404 page all carry them.
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const file = req.method === 'GET' && /\bgzip\b/.test(String(req.headers['accept-encoding'])) ? textFile(req.url ?? '/') : undefined;
  if (file) {
    let body = compressed.get(file);
    if (!body) compressed.set(file, (body = gzipSync(readFileSync(file))));
    res.writeHead(200, { 'Content-Type': TEXT[extname(file)]!, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
    res.end(body);
    return;
  }
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
})
  .on('error', (error: NodeJS.ErrnoException) => {
    // Never move to another port: every absolute URL in the build names one origin (SITE_URL).
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is already in use. Stop whatever listens there, or build with SITE_URL=http://localhost:<port> and serve on that port.`
        : `Cannot serve ${folder} on port ${port}: ${error.message}`,
    );
    process.exit(1);
  })
  .listen(Number(port), 'localhost', () => console.log(`Serving ${folder} on http://localhost:${port}/`));
