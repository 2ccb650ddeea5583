import {describe, expect, it} from 'vitest';
import {restoreState} from './sharedState';

const decode = (shared: Readonly<Record<string, string>>, defaults: {yaml: string; level: string}) => ({
  yaml: shared.yaml ?? defaults.yaml,
  level: shared.level ?? defaults.level,
});
const defaults = {yaml: 'sample', level: 'restricted'};
const current = {yaml: 'typed', level: 'baseline'};

describe('restoreState', () => {
  it('decodes a shared state over the defaults', () => {
    expect(restoreState({kind: 'state', state: {yaml: 'x'}}, current, decode, defaults)).toEqual({
      state: {yaml: 'x', level: 'restricted'},
    });
  });
  it('keeps the fallback and explains a refused link', () => {
    expect(restoreState({kind: 'error', message: 'damaged'}, current, decode, defaults)).toEqual({
      state: current,
      problem: 'damaged',
    });
  });
  it('keeps the fallback when there is no shared state', () => {
    expect(restoreState({kind: 'none'}, current, decode, defaults)).toEqual({state: current});
  });
});
