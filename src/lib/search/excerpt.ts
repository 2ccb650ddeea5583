/**
 * Pagefind returns excerpts as HTML text in which the matched words are wrapped
 * in `<mark>`; everything else is entity-escaped page text. The site renders
 * them as React text plus `<mark>` elements (never as HTML), so a page whose
 * text looks like markup can never inject any into the results.
 */

/** One run of excerpt text; `match` is true for the words the query matched. */
export interface ExcerptSegment {
  readonly text: string;
  readonly match: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the named and numeric character references an indexer may emit. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const MARK = /<mark>([\s\S]*?)<\/mark>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;

/**
 * Splits an excerpt into plain and matched runs. Tags other than `<mark>` are
 * dropped; adjacent runs of the same kind are merged; empty runs are left out.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const push = (raw: string, match: boolean): void => {
    const text = decodeEntities(raw.replace(ANY_TAG, ''));
    if (text.length === 0) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) segments[segments.length - 1] = {text: last.text + text, match};
    else segments.push({text, match});
  };
  let at = 0;
  for (const m of html.matchAll(MARK)) {
    push(html.slice(at, m.index), false);
    push(m[1] ?? '', true);
    at = m.index + m[0].length;
  }
  push(html.slice(at), false);
  return segments;
}
