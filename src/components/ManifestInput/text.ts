/**
 * Small text helpers for the manifest input panel: turning an error's
 * line/column into a caret position or a line into a selection.
 */

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
