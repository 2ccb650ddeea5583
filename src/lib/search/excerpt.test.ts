import {describe, expect, it} from 'vitest';
import {decodeEntities, excerptSegments} from './excerpt';

describe('excerptSegments', () => {
  it('splits matched words from the rest', () => {
    expect(excerptSegments('Use a <mark>seccomp</mark> profile')).toEqual([
      {text: 'Use a ', match: false},
      {text: 'seccomp', match: true},
      {text: ' profile', match: false},
    ]);
  });

  it('decodes entities and never keeps other markup', () => {
    const segments = excerptSegments('a &lt;script&gt;alert(1)&lt;/script&gt; <b>x</b> &amp; <mark>y</mark>');
    expect(segments.map((s) => s.text).join('')).toBe('a <script>alert(1)</script> x & y');
    expect(segments.filter((s) => s.match)).toEqual([{text: 'y', match: true}]);
  });

  it('merges adjacent runs and drops empty ones', () => {
    expect(excerptSegments('<mark>pod</mark><mark>s</mark>')).toEqual([{text: 'pods', match: true}]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('decodes numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&#39;&#x2014;&bogus;&#0;')).toBe("'\u2014&bogus;&#0;");
  });
});
