/**
 * Where something is written in a text: the project's one offset-to-line
 * helper and its one "first line that…" search (parse errors, Mermaid fences,
 * MDX checks, check:learning), and the way back from a line and column to an
 * offset (the manifest input panel puts the caret on an error's line).
 */

/**
 * 1-based line and column of `offset` in `text`, in the shape of yaml's
 * `LineCounter.linePos` so the two can stand in for each other. Scans for
 * newlines without copying the text.
 */
export function linePosition(text: string, offset: number): {line: number; col: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, col: offset - lineStart + 1};
}

/** `file:line:column`, or `file:line` when the column is not known: how every message points at a place. */
export function formatLocation(at: {readonly file: string; readonly line: number; readonly column?: number}): string {
  return at.column === undefined ? `${at.file}:${at.line}` : `${at.file}:${at.line}:${at.column}`;
}

/** 1-based number of the first line of `text` that `test` accepts (it gets the 0-based index too), or undefined. */
export function firstLineWhere(text: string, test: (line: string, index: number) => boolean): number | undefined {
  const index = text.split('\n').findIndex(test);
  return index === -1 ? undefined : index + 1;
}

/**
 * Character offset of a 1-based line and column in `text`, clamped to the
 * text (a line past the end gives the end; a column past the line gives the
 * line's end). Lines end at `\n`; a `\r` before it counts as part of the line.
 */
export function offsetOf(text: string, line: number, column = 1): number {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return text.length;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(start + Math.max(column, 1) - 1, lineEnd);
}

/**
 * Offsets of a 1-based line in `text`, from its first character to the end of its
 * content (the line break, and a `\r` before it, are not included). A line past the
 * end gives an empty range at the end of the text.
 */
export function lineRange(text: string, line: number): {readonly start: number; readonly end: number} {
  const start = offsetOf(text, line);
  const next = text.indexOf('\n', start);
  let end = next < 0 ? text.length : next;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return {start, end};
}
