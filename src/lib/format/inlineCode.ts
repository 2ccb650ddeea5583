/** A run of text, and whether it was `code` (between backticks) in the source. */
export interface TextRun {
  readonly text: string;
  readonly code: boolean;
}

/**
 * Splits plain text with `code` spans (one backtick each side, as in
 * Markdown) into runs, so a component can render the spans as <code>. A lone
 * backtick with no partner stays as it is; nothing else is interpreted (no
 * HTML, no other Markdown), so the result is safe to render as text.
 */
export function splitInlineCode(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('`', at);
    const close = open === -1 ? -1 : text.indexOf('`', open + 1);
    if (close === -1) {
      if (at < text.length) runs.push({text: text.slice(at), code: false});
      return runs;
    }
    if (open > at) runs.push({text: text.slice(at, open), code: false});
    // Two backticks with nothing between them are text, not an empty code span.
    runs.push(close === open + 1 ? {text: '``', code: false} : {text: text.slice(open + 1, close), code: true});
    at = close + 1;
  }
}
