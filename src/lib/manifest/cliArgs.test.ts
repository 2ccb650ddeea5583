import {describe, expect, it} from 'vitest';
import {splitArgs} from './cliArgs';

const spec = {withValue: ['--format', '-o', '-n'], switches: ['--all']};

describe('splitArgs', () => {
  it('accepts every form of an option, anywhere among the operands', () => {
    expect(
      splitArgs(['a', '--format', 'json', '-', '--format=text', '-ojson', '-n', 'dev', '--all', 'b'], spec),
    ).toEqual({
      kind: 'ok',
      operands: ['a', '-', 'b'],
      options: [
        {flag: '--format', value: 'json'},
        {flag: '--format', value: 'text'},
        {flag: '-o', value: 'json'},
        {flag: '-n', value: 'dev'},
        {flag: '--all'},
      ],
    });
  });

  it('treats everything after -- as an operand and -h anywhere as help', () => {
    expect(splitArgs(['--', '--format', '-h'], spec)).toEqual({kind: 'ok', operands: ['--format', '-h'], options: []});
    expect(splitArgs(['a', '-h', '--bogus'], spec)).toEqual({kind: 'help'});
    expect(splitArgs(['--help'], spec)).toEqual({kind: 'help'});
  });

  it('names an unknown option and a missing value', () => {
    expect(splitArgs(['--bogus=1'], spec)).toEqual({kind: 'error', message: 'unknown option "--bogus"'});
    expect(splitArgs(['-x'], spec)).toEqual({kind: 'error', message: 'unknown option "-x"'});
    expect(splitArgs(['--all=yes'], spec)).toEqual({kind: 'error', message: 'unknown option "--all"'});
    expect(splitArgs(['a', '--format'], spec)).toEqual({kind: 'error', message: 'option --format needs a value'});
  });

  it('keeps an empty value for the caller to judge', () => {
    expect(splitArgs(['--format='], spec)).toEqual({
      kind: 'ok',
      operands: [],
      options: [{flag: '--format', value: ''}],
    });
  });
});
