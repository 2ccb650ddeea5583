/**
 * Input bookkeeping shared by the in-browser tools (Pod Security checker, RBAC
 * analyzer, and any later tool built on the manifest input panel): the one size
 * limit and its message, and which file name results should use.
 */

import {plural} from '../format/plural';
import {MAX_INPUT_BYTES} from '../manifest/limits';

/**
 * The largest input any tool reads, in UTF-8 bytes, however it arrives: typed or
 * pasted, opened from a file, or carried by a shared link. It is the manifest
 * parser's one limit (src/lib/manifest/limits.ts explains the value), so the tools
 * never accept what the parser would refuse. limits.ts imports no parser code, so a
 * tool page does not load the parser for this number.
 */
export const TOOL_INPUT_MAX_BYTES = MAX_INPUT_BYTES;

/**
 * Why `text` is not analysed, when it is over the limit: {@link tooLargeMessage} for
 * pasted text. Undefined when it fits.
 */
export function inputTooLarge(text: string, limit = TOOL_INPUT_MAX_BYTES, hint?: string): string | undefined {
  // A UTF-16 unit is one to three UTF-8 bytes: most texts need no encoding to decide.
  if (text.length * 3 <= limit) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > limit ? tooLargeMessage('The input', bytes, limit, hint) : undefined;
}

/** File name used in messages when the text was typed or pasted. */
export const PASTED_FILE_NAME = 'input.yaml';

/** `2 MiB (2,097,152 bytes)`: binary units, as the limit is a power of two, with the exact count. */
export function describeLimit(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  const rounded = Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
  return `${rounded} (${bytes.toLocaleString('en')} bytes)`;
}

/** `2.3 MB`-style size of `bytes` for people (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = value >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${units[unit] ?? 'GB'}`;
}

/**
 * The one message for input over the limit, whether it was pasted (`what` is
 * `The input`) or is a file being opened (`“name.yaml”`). `hint` says how to
 * export less, in the tool's terms.
 */
export function tooLargeMessage(what: string, bytes: number, limit: number, hint?: string): string {
  return `${what} is ${formatBytes(bytes)}; the tools read up to ${describeLimit(limit)}.${hint ? ` ${hint}` : ''}`;
}

/** How the input text changed (what the manifest input panel reports). */
export type InputOrigin =
  {readonly kind: 'edit' | 'replace'} | {readonly kind: 'file' | 'sample' | 'restore'; readonly name: string};

/**
 * The file name to report results under after the text changed: an opened file or
 * sample gives its name, and undoing a change brings back the name it had; edits
 * keep it (the line numbers still refer to that file); a new input (pasted or typed
 * over all of the text, the first edit of an unchanged sample, or clearing the text)
 * is named {@link PASTED_FILE_NAME}.
 */
export function nextFileName(current: string, text: string, origin: InputOrigin): string {
  switch (origin.kind) {
    case 'file':
    case 'sample':
    case 'restore':
      return origin.name;
    case 'replace':
      return PASTED_FILE_NAME;
    case 'edit':
      return text.trim() === '' ? PASTED_FILE_NAME : current;
  }
}
