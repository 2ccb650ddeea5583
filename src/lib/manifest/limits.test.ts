import {describe, expect, it} from 'vitest';
import {memoryInputIO, readInputs} from './cliInput';
import {formatManifestError} from './errors';
import {
  MAX_DOCUMENTS,
  MAX_INPUT_BYTES,
  MAX_SHARED_STATE_BYTES,
  exceedsInputLimit,
  inputTooLarge,
  inputTooLargeText,
} from './limits';
import {loadManifests} from './load';
import {parseManifests} from './parse';

const LIMIT = 1000;
const big = `a: "${'x'.repeat(LIMIT)}"\n`;

describe('one size limit, one message', () => {
  it('the message is identical for paste, file and standard input, and speaks to readers', async () => {
    const {message, hint} = inputTooLarge(LIMIT);
    // paste (and a shared link's text, which the tools read the same way)
    const pasted = parseManifests(big, {file: 'input.yaml', maxBytes: LIMIT});
    expect(pasted.ok).toBe(false);
    expect(pasted.ok ? undefined : pasted.errors[0]).toMatchObject({kind: 'too-large', message, hint});
    expect(loadManifests(big, {file: 'input.yaml', maxBytes: LIMIT}).errors[0]).toMatchObject({message, hint});
    // opening a file, and standard input, in the CLIs
    const read = await readInputs(['big.yaml', '-'], memoryInputIO({'big.yaml': big}, big), {maxBytes: LIMIT});
    expect(read.inputs).toEqual([]);
    expect(read.errors.map((e) => [e.file, e.kind, e.message, e.hint])).toEqual([
      ['big.yaml', 'too-large', message, hint],
      ['<stdin>', 'too-large', message, hint],
    ]);
    expect(inputTooLargeText(LIMIT)).toBe(`${message} ${hint}`);
    expect(message).not.toMatch(/maxBytes|raise|option/i);
    expect(inputTooLarge().message).toBe('The input is larger than 10 MiB, the most these tools read at once.');
    const first = read.errors[0];
    expect(first && formatManifestError(first)).toMatch(/^big\.yaml:1:1: The input is larger than 1000 bytes/);
  });

  it('counts UTF-8 bytes, with the same answer for text and for a byte count', () => {
    expect(exceedsInputLimit('é'.repeat(501), LIMIT)).toBe(true);
    expect(exceedsInputLimit('é'.repeat(500), LIMIT)).toBe(false);
    expect(exceedsInputLimit(LIMIT + 1, LIMIT)).toBe(true);
    expect(exceedsInputLimit(MAX_INPUT_BYTES)).toBe(false);
    expect(exceedsInputLimit(MAX_INPUT_BYTES + 1)).toBe(true);
  });

  it('a shared link can carry every input the sender can type (JSON escaping included)', () => {
    const worst = '\u0001'.repeat(1000); // JSON.stringify writes \u0001: 6 bytes per input byte
    const ratio = new TextEncoder().encode(JSON.stringify({text: worst})).length / worst.length;
    expect(ratio).toBeLessThanOrEqual(6.1);
    expect(MAX_SHARED_STATE_BYTES).toBeGreaterThanOrEqual(6 * MAX_INPUT_BYTES);
  });

  it('refuses more documents than it can read quickly, before parsing any', () => {
    const r = parseManifests('---\na: 1\n'.repeat(MAX_DOCUMENTS + 1), {file: 'many.yaml'});
    expect(r.ok).toBe(false);
    expect(r.documents).toEqual([]);
    expect(r.ok ? undefined : r.errors[0]).toMatchObject({kind: 'too-large', file: 'many.yaml'});
    expect(r.ok ? '' : r.errors[0]?.message).toMatch(/more than 100,000 documents/);
  }, 30_000);
});
