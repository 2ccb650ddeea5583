import {MAX_SHARED_STATE_BYTES} from '../manifest/limits';
import {Deflate, Inflate, strFromU8, strToU8} from 'fflate';
import {isPlainObject, own} from '../format/value';

/**
 * Tool state in the URL fragment (`#s=…`): JSON, deflated, base64url. The
 * fragment never leaves the browser (it is not sent in HTTP requests), so a
 * shared link carries a manifest to a colleague without any server.
 *
 * Decoding treats the fragment as hostile: the encoded length and the inflated
 * size are capped (no zip bombs), and only a plain object with string values
 * for the expected keys comes back.
 */

/**
 * Largest fragment we decode, in characters. Chromium accepts URLs of 2 MB, but
 * chat tools and mail clients cut or refuse far shorter ones; 200,000 characters
 * carry about 150 KB of compressed state, enough for most inputs the tools read.
 */
export const MAX_FRAGMENT_CHARS = 200_000;
/**
 * Largest inflated state, in bytes (the zip-bomb guard): enough for any input the
 * tools read once JSON-escaped (MAX_SHARED_STATE_BYTES in src/lib/manifest/limits.ts
 * explains the figure), so the recipient accepts whatever the sender could type. The
 * fragment length, not this, is what limits sharing in practice, and
 * {@link shareableFragment} checks both before a link is handed out, so every link the
 * tools give can be opened.
 */
export const MAX_STATE_BYTES = MAX_SHARED_STATE_BYTES;

export type ShareState = Readonly<Record<string, string>>;

export class ShareError extends Error {
  override readonly name = 'ShareError';
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareError('The shared link is damaged: it has characters a link never contains.');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    throw new ShareError('The shared link is damaged: it is cut short.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes state as the fragment body (without `#s=`). */
export function encodeState(state: ShareState): string {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({level: 9}, (chunk) => chunks.push(chunk));
  deflate.push(strToU8(JSON.stringify(state)), true);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return toBase64Url(out);
}

/** Decodes a fragment body made by encodeState; throws ShareError with a reader-facing message. */
export function decodeState(encoded: string, keys: readonly string[]): ShareState {
  if (encoded.length > MAX_FRAGMENT_CHARS) throw new ShareError('The shared link is too long to open safely.');
  const compressed = fromBase64Url(encoded);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_STATE_BYTES)
      throw new ShareError(
        `The shared link expands to more than ${Math.round(MAX_STATE_BYTES / (1024 * 1024))} MiB; it was not opened.`,
      );
    chunks.push(chunk);
  });
  try {
    inflate.push(compressed, true);
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('The shared link is damaged and could not be decompressed.');
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(bytes));
  } catch {
    throw new ShareError('The shared link is damaged: its content is not valid.');
  }
  if (!isPlainObject(parsed)) {
    throw new ShareError('The shared link does not hold tool state.');
  }
  const state: Record<string, string> = {};
  for (const key of keys) {
    const value = own(parsed, key);
    if (typeof value === 'string') state[key] = value;
  }
  return state;
}

/**
 * Reads `#s=…` from a location hash; undefined when the hash holds no shared state
 * (none, or a section anchor). A `#s=` fragment that is damaged throws ShareError,
 * so the page can say so instead of silently showing its default input.
 */
export function stateFromHash(hash: string, keys: readonly string[]): ShareState | undefined {
  if (!hash.startsWith('#s=')) return undefined;
  return decodeState(hash.slice('#s='.length), keys);
}

/**
 * The fragment body for `state`, or why no link can carry it. The sender runs the
 * recipient's own decoder on the result, so a link is only handed out if it opens.
 */
export function shareableFragment(
  state: ShareState,
): {readonly ok: true; readonly encoded: string} | {readonly ok: false; readonly message: string} {
  const encoded = encodeState(state);
  const tooLarge = (detail: string): {readonly ok: false; readonly message: string} => ({
    ok: false,
    message: `The input is too large to share as a link (${detail}). Share the file instead.`,
  });
  if (encoded.length > MAX_FRAGMENT_CHARS) {
    return tooLarge(
      `${encoded.length.toLocaleString('en')} characters after compression; links hold up to ${MAX_FRAGMENT_CHARS.toLocaleString('en')}`,
    );
  }
  try {
    decodeState(encoded, Object.keys(state));
  } catch (error) {
    return tooLarge(error instanceof ShareError ? error.message.replace(/\.$/, '') : 'it could not be read back');
  }
  return {ok: true, encoded};
}
