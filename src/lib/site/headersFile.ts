/**
 * Reads a Netlify/Cloudflare-style `_headers` file: path patterns, each
 * followed by indented "Name: value" lines. Used by the local static server
 * so the browser tests run with the same headers a production host sends.
 */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{pattern: string; headers: Array<readonly [string, string]>}> = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({pattern: raw.trim(), headers: []});
      continue;
    }
    const current = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!current || colon === -1) throw new Error(`_headers: cannot read line "${raw.trim()}"`);
    current.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** True when a `_headers` pattern (with `*` wildcards) matches a URL path. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(pathname);
}

/** Candidate files for a clean URL, in the order a static host tries them. */
export function candidateFiles(pathname: string): string[] {
  const clean = decodeURIComponent(pathname).replace(/\/+$/, '');
  if (clean === '') return ['/index.html'];
  return [clean, `${clean}.html`, `${clean}/index.html`];
}
