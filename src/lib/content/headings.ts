/**
 * The anchors a Markdown/MDX page's headings get, as Docusaurus assigns them:
 * an explicit `{#id}` wins, otherwise the slug of the heading's text (inline
 * code, links, emphasis and JSX tags reduced to their text). The slugger is
 * passed in (Docusaurus's own, which numbers duplicates), so this stays pure.
 */
export function headingIds(markdown: string, slug: (text: string) => string): string[] {
  const ids: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || f.startsWith(fence))) {
      fence = fence ? undefined : f;
      continue;
    }
    if (fence) continue;
    const m = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (!m?.[1]) continue;
    const explicit = /\s*\{#([\w-]+)\}$/.exec(m[1]);
    if (explicit?.[1]) {
      ids.push(explicit[1]);
      continue;
    }
    ids.push(slug(headingText(m[1])));
  }
  return ids;
}

/** A heading's visible text: `code` → code, [text](url) → text, <Tag …>x</Tag> → x, *x* → x. */
export function headingText(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

/** The id of a page under docs/ (the path relative to docs/, as sidebars.ts lists it): a/b.mdx → a/b. */
export function docId(relative: string): string {
  return relative.replace(/\.mdx?$/, '');
}

/** The permalink of a doc file: docs/a/b.mdx → /docs/a/b, docs/a/index.mdx → /docs/a. */
export function docPermalink(file: string): string {
  return `/${docId(file).replace(/\/index$/, '')}`;
}

/** The headings (anchors) of each doc page, keyed by its permalink ("/docs/…"). */
export type AnchorIndex = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Why an internal link ("/docs/…" with an optional "#heading") reaches no page
 * or no heading; undefined when it does. Glossary and question links use it.
 */
export function docLinkProblem(to: string, anchors: AnchorIndex): string | undefined {
  const [page = '', anchor] = to.split('#');
  const headings = anchors.get(page.replace(/\/$/, ''));
  if (!headings) return `no page ${page}`;
  if (anchor !== undefined && !headings.has(anchor)) return `${page} has no heading #${anchor}`;
  return undefined;
}
