/**
 * The one set of input limits for every manifest reader: the Pod Security checker, the
 * RBAC analyzer, the examples check, their command lines, shared links and any future
 * engine. Each value, and why:
 *
 * - {@link MAX_INPUT_BYTES} = 10 MiB per input (a paste, an opened file, a shared link's
 *   text, one CLI file or standard input). The command lines must read a large cluster's
 *   `kubectl get … -A -o yaml` in one go: `npm run bench:parse` uses a 10 MB, 7,601-document
 *   stream as that case, and `yaml` reads it in about 4 s on the reference machine (2.6 MB/s).
 *   The browser tools accept the same amount, so a file that works on the command line
 *   also opens in the page (a 50 KB paste parses in about 19 ms; 10 MiB takes seconds, which
 *   is the price of a whole cluster). It was 2 MiB (PSS) and 10 MiB (RBAC) before; one
 *   limit means one message.
 * - {@link MAX_SHARED_STATE_BYTES}: a shared link carries the input JSON-escaped inside its
 *   state, and JSON.stringify writes at most 6 bytes per input byte (a control character
 *   becomes `\u00XX`). A recipient who inflates up to 6 × MAX_INPUT_BYTES plus room for the
 *   other fields accepts every input the sender could type, so the sender's and the
 *   recipient's limits are the same number; the link's own length is limited separately
 *   (src/lib/share/fragment.ts MAX_FRAGMENT_CHARS), and the sender can measure that exactly
 *   before copying.
 * - {@link DEFAULT_MAX_DEPTH} = 100 nested collections. A Pod nests about 10 levels; a
 *   CustomResourceDefinition schema adds two levels per schema level (`properties`, field
 *   name), so 100 leaves room for schemas more than 40 levels deep. yaml composes
 *   recursively, and a pre-scan (parse.ts findExcessiveNesting) refuses much deeper input
 *   before yaml sees it, far from any stack or memory exhaustion.
 * - {@link MAX_DOCUMENT_TOKENS} = 1,500,000 yaml tokens (scalars, indicators, brackets) per
 *   document. yaml holds several hundred bytes per token while it reads a document: a
 *   realistic 11.8 MB `kind: List` (one document, 1.13 million tokens) peaks at about
 *   750 MB, and 10 MiB of `[{},{},…]` (10 million tokens) exhausted a 4 GB heap. 1.5 million
 *   passes any realistic document up to MAX_INPUT_BYTES (kubectl's List of a whole cluster
 *   included) and refuses the dense ones before yaml allocates anything.
 * - {@link MAX_DOCUMENTS} = 100,000 documents per input. yaml costs about 50 µs per document
 *   however small it is: 10 MiB of `---\na: 1\n` (1.2 million documents) took 60 s. Real
 *   streams hold far fewer (the 10 MB benchmark stream has 7,601; even 100-byte Secrets
 *   would be about 100,000 in 10 MiB), and 100,000 documents read in about 5 s. (The old
 *   RBAC reader had the same cap on objects.)
 * - {@link DEFAULT_MAX_ALIAS_COUNT} = 100, yaml's `maxAliasCount`: how many nodes alias
 *   expansion may copy. Generated manifests (kubectl, Helm, Kustomize) use no anchors; hand
 *   written ones share a few blocks. A "billion laughs" document needs exponential
 *   expansion and is stopped at once.
 */
import type {ManifestError} from './errors';

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;
/** @deprecated Same value as {@link MAX_INPUT_BYTES}; kept for existing imports. */
export const DEFAULT_MAX_BYTES = MAX_INPUT_BYTES;
export const DEFAULT_MAX_DEPTH = 100;
export const DEFAULT_MAX_ALIAS_COUNT = 100;
export const MAX_DOCUMENT_TOKENS = 1_500_000;
export const MAX_DOCUMENTS = 100_000;
/** Largest inflated share-link state that can still hold an input of {@link MAX_INPUT_BYTES}. */
export const MAX_SHARED_STATE_BYTES = 6 * MAX_INPUT_BYTES + 64 * 1024;

/** `10 MiB`, `512 KiB`, `300 bytes`. */
export function describeBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export interface InputTooLarge {
  readonly message: string;
  readonly hint: string;
}

/**
 * The one message for input over the limit, whether it was pasted, opened from a file,
 * received in a shared link or given to a CLI. Written for readers: what happened and
 * what to do, nothing about options. `limit` only differs in tests.
 */
export function inputTooLarge(limit: number = MAX_INPUT_BYTES): InputTooLarge {
  return {
    message: `The input is larger than ${describeBytes(limit)}, the most these tools read at once.`,
    hint: 'Check it in parts: split the file, or export one namespace or one kind at a time (kubectl get … -n NAMESPACE -o yaml).',
  };
}

/** {@link inputTooLarge} as one line, for a status message in the page. */
export function inputTooLargeText(limit: number = MAX_INPUT_BYTES): string {
  const {message, hint} = inputTooLarge(limit);
  return `${message} ${hint}`;
}

/** The `too-large` {@link ManifestError} every reader returns. */
export function inputTooLargeError(file: string, limit: number = MAX_INPUT_BYTES): ManifestError {
  return {kind: 'too-large', file, line: 1, column: 1, ...inputTooLarge(limit)};
}

/** UTF-8 length of `text` is over `limit` (stops counting early). */
export function utf8LengthExceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // every UTF-16 unit is at most three bytes
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // surrogate pair (or a lone high surrogate, encoded as 3 bytes + next unit)
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** True when `text` (or a byte count) is over {@link MAX_INPUT_BYTES}: the one check for every path. */
export function exceedsInputLimit(input: string | number, limit: number = MAX_INPUT_BYTES): boolean {
  return typeof input === 'number' ? input > limit : utf8LengthExceeds(input, limit);
}
