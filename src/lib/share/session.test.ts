import {describe, expect, it} from 'vitest';
import type {ShareState} from './fragment';
import {openingState, parseSaved, serializeSaved, type SavedState} from './session';

interface S {
  readonly yaml: string;
  readonly level: string;
}
const DEFAULTS: S = {yaml: 'sample', level: 'restricted'};
const decode = (shared: ShareState, d: S): S => ({yaml: shared['yaml'] ?? d.yaml, level: shared['level'] ?? d.level});
const open = (fragment: Parameters<typeof openingState>[0]['fragment'], hash: string, saved?: SavedState) =>
  openingState({fragment, hash, saved, defaults: DEFAULTS, decode});

describe('openingState', () => {
  const linkState = {yaml: 'from link', level: 'baseline'};
  const edited: SavedState = {hash: '#s=LINK', state: {yaml: 'edited after opening', level: 'restricted'}};

  it('opens the defaults on a first visit', () => {
    expect(open({kind: 'none'}, '', undefined)).toEqual({state: DEFAULTS});
  });

  it('brings back what the reader did in this tab (Back, reload)', () => {
    expect(open({kind: 'none'}, '', {hash: '', state: {yaml: 'mine', level: 'baseline'}})).toEqual({
      state: {yaml: 'mine', level: 'baseline'},
    });
  });

  it('keeps edits made after opening a shared link over that link on reload', () => {
    expect(open({kind: 'state', state: linkState}, '#s=LINK', edited).state.yaml).toBe('edited after opening');
  });

  it('opens a different shared link over earlier work', () => {
    expect(open({kind: 'state', state: linkState}, '#s=OTHER', edited).state).toEqual(linkState);
  });

  it('says why a damaged link was not opened and keeps the earlier work', () => {
    const result = open({kind: 'error', message: 'The shared link is damaged.'}, '#s=bad!!', edited);
    expect(result.problem).toBe('The shared link is damaged.');
    expect(result.state.yaml).toBe('edited after opening');
    expect(open({kind: 'error', message: 'x'}, '#s=bad!!', undefined)).toEqual({state: DEFAULTS, problem: 'x'});
    // Still reported after a reload, when the session was saved under that fragment.
    expect(open({kind: 'error', message: 'x'}, '#s=bad!!', {...edited, hash: '#s=bad!!'})).toEqual({
      state: edited.state,
      problem: 'x',
    });
  });
});

describe('parseSaved', () => {
  it('round-trips and keeps only string values of known keys', () => {
    const saved: SavedState = {hash: '', state: {yaml: 'a', level: 'b'}};
    expect(parseSaved(serializeSaved(saved), ['yaml', 'level'])).toEqual(saved);
    expect(
      parseSaved(JSON.stringify({hash: '', state: {yaml: 1, level: 'b', __proto__: {x: 1}}}), ['yaml', 'level']),
    ).toEqual({
      hash: '',
      state: {level: 'b'},
    });
  });

  it.each([null, '', 'not json', '[]', '{"hash":1,"state":{}}', '{"hash":"","state":[]}'])('ignores %j', (raw) => {
    expect(parseSaved(raw, ['yaml'])).toBeUndefined();
  });
});
