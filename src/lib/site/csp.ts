/**
 * Content-Security-Policy for the built site. Pure string logic; the build
 * plugin (src/plugins/csp) does the file IO and hashing.
 *
 * Scripts may come from the site's own origin only; the few inline scripts
 * Docusaurus writes into each page (the colour-mode bootstrap, for example)
 * are allowed by their SHA-256 hash, computed after the build. There is no
 * 'unsafe-eval' and no 'unsafe-inline' for scripts.
 */

/** Directives shared by the meta tag and the HTTP headers file. */
export function buildPolicy(scriptHashes: readonly string[]): string {
  const hashes = [...new Set(scriptHashes)].sort().map((h) => `'sha256-${h}'`);
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly;
    // it allows no JavaScript eval ('unsafe-eval' stays off).
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...hashes]],
    // React style attributes and Mermaid's generated <style> need inline styles;
    // CSS cannot run code, and scripts stay locked down.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Policy for HTTP headers: adds what a meta tag cannot carry. */
export function buildHeaderPolicy(scriptHashes: readonly string[]): string {
  return `${buildPolicy(scriptHashes)}; frame-ancestors 'none'`;
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** `type` values a browser runs as JavaScript; any other type is a data block (JSON-LD). */
const JS_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/**
 * The bodies of every inline (no `src`) script element in an HTML page that
 * the browser would run. Data blocks such as `<script type="application/ld+json">`
 * never run, so CSP does not apply to them and they need no hash: leaving them
 * out keeps one hash list for the whole site instead of one per page.
 */
export function findInlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (type && !JS_TYPE.test((type[1] ?? type[2] ?? type[3] ?? '').trim())) continue;
    if (body.length === 0) continue;
    bodies.push(body);
  }
  return bodies;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Inserts the CSP meta tag as the first child of <head>, before any script, so
 * the browser enforces it for everything the page loads. Throws if the page has
 * no <head> or already carries a policy (a second build step would be a bug).
 */
export function injectCspMeta(html: string, policy: string): string {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
    throw new Error('Page already has a Content-Security-Policy meta tag');
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('Page has no <head> element to carry the CSP meta tag');
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Security headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export function buildHeadersFile(scriptHashes: readonly string[]): string {
  const headers = [
    `Content-Security-Policy: ${buildHeaderPolicy(scriptHashes)}`,
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
    'Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy: same-origin',
    'X-Frame-Options: DENY',
  ];
  return `/*\n${headers.map((h) => `  ${h}`).join('\n')}\n`;
}
