import {describe, expect, it} from 'vitest';
import {DEFAULT_MAX_BYTES} from '../manifest/parse';
import {
  describeLimit,
  formatBytes,
  nextFileName,
  PASTED_FILE_NAME,
  TOOL_INPUT_MAX_BYTES,
  tooLargeMessage,
  inputTooLarge,
} from './input';

describe('formatBytes', () => {
  it('uses decimal units with at most one decimal', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1000)).toBe('1 KB');
    expect(formatBytes(4200)).toBe('4.2 KB');
    expect(formatBytes(5_000_000)).toBe('5 MB');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    expect(formatBytes(10_485_760)).toBe('10.5 MB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(3e12)).toBe('3000 GB');
  });
});

describe('the one size limit', () => {
  it('is the manifest parser limit', () => {
    expect(TOOL_INPUT_MAX_BYTES).toBe(DEFAULT_MAX_BYTES);
  });

  it('has one message for files and pasted text, in words for readers', () => {
    expect(describeLimit(2 * 1024 * 1024)).toBe('2 MiB (2,097,152 bytes)');
    const file = tooLargeMessage('“big.yaml”', 3_000_000, 2 * 1024 * 1024, 'Export less.');
    const pasted = tooLargeMessage('The input', 3_000_000, 2 * 1024 * 1024, 'Export less.');
    expect(file).toBe('“big.yaml” is 3 MB; the tools read up to 2 MiB (2,097,152 bytes). Export less.');
    expect(pasted.replace('The input', '“big.yaml”')).toBe(file);
    expect(file).not.toMatch(/maxBytes/);
  });

  it('refuses pasted text over the limit by its UTF-8 size, with the same message', () => {
    expect(inputTooLarge('€'.repeat(10), 30)).toBeUndefined();
    expect(inputTooLarge('€'.repeat(11), 30, 'Hint.')).toBe(tooLargeMessage('The input', 33, 30, 'Hint.'));
  });
});

describe('nextFileName', () => {
  it('names a new input input.yaml and keeps the name through edits and undo', () => {
    expect(nextFileName('a.yaml', 'x', {kind: 'replace'})).toBe(PASTED_FILE_NAME);
    expect(nextFileName('a.yaml', 'x', {kind: 'edit'})).toBe('a.yaml');
    expect(nextFileName('a.yaml', '  ', {kind: 'edit'})).toBe(PASTED_FILE_NAME);
    expect(nextFileName('input.yaml', 'x', {kind: 'restore', name: 'mine.yaml'})).toBe('mine.yaml');
  });
});
