/**
 * Serves build/ on 127.0.0.1 the way a static host would: clean URLs, the
 * 404 page with status 404, the headers from build/_headers, and gzip for text
 * files when the client accepts it (as GitHub Pages, Netlify and Cloudflare do;
 * without it, Lighthouse's throttled figures would time uncompressed bytes). Used by the
 * browser tests (playwright.config.ts starts it) and `npm run serve:static`.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {candidateFiles, matchesPattern, parseHeadersFile, type HeaderRule} from '../../src/lib/site/headersFile';

const root = path.resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

let rules: HeaderRule[] = [];
readFile(path.join(root, '_headers'), 'utf8')
  .then((text) => {
    rules = parseHeadersFile(text);
  })
  .catch(() => console.warn(`serve: no _headers in ${root}; serving without security headers`));

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file: string | undefined;
  for (const candidate of candidateFiles(url.pathname)) {
    const full = path.join(root, candidate);
    if (!full.startsWith(root)) break; // no path traversal
    if (await isFile(full)) {
      file = full;
      break;
    }
  }
  for (const rule of rules) {
    if (matchesPattern(rule.pattern, url.pathname))
      for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  const status = file ? 200 : 404;
  const body = await readFile(file ?? path.join(root, '404.html'));
  const type = TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream';
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? {'Content-Encoding': 'gzip'} : {}),
  });
  res.end(gzip ? gzipSync(body) : body);
}).listen(port, '127.0.0.1', () => console.log(`serve: ${root} on http://127.0.0.1:${port}`));
