import {describe, expect, it} from 'vitest';
import {evaluateText} from './text';
import {PssInputError} from './version';

const stream = `apiVersion: v1
kind: Pod
metadata: {name: bad}
spec:
  containers:
  - name: app
    image: nginx
    securityContext: {privileged: true}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm}
---
apiVersion: v1
kind: List
items:
- apiVersion: batch/v1
  kind: Job
  metadata: {name: job}
  spec:
    template:
      spec:
        containers: [{name: j, image: busybox}]
`;

describe('evaluateText', () => {
  it('evaluates every object with its file, document, item and line', () => {
    const r = evaluateText(stream, {level: 'baseline', file: 'all.yaml'});
    expect(r.ok).toBe(true);
    expect(
      r.reports.map((x) => [
        x.file,
        x.docIndex,
        x.itemIndex,
        x.line,
        x.result.kind,
        x.result.name,
        x.result.podBearing && x.result.evaluation.allowed,
      ]),
    ).toEqual([
      ['all.yaml', 0, undefined, 1, 'Pod', 'bad', false],
      ['all.yaml', 1, undefined, 10, 'ConfigMap', 'cm', false],
      ['all.yaml', 2, 0, 17, 'Job', 'job', true],
    ]);
  });

  it('defaults to restricted:latest', () => {
    const r = evaluateText(stream);
    const job = r.reports[2]?.result;
    expect(job?.podBearing && job.evaluation).toMatchObject({level: 'restricted', version: 'latest', allowed: false});
  });

  it('returns parse errors as data next to the objects that did parse', () => {
    const r = evaluateText('kind: Pod\nspec: {}\n---\nkind: [\n', {file: 'x.yaml'});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({kind: 'yaml-syntax', file: 'x.yaml', docIndex: 1});
    expect(r.reports).toHaveLength(1);
  });

  it('honours maxBytes', () => {
    const r = evaluateText(stream, {maxBytes: 10});
    expect(r.ok).toBe(false);
    expect(r.reports).toEqual([]);
  });

  it('throws a typed error for an invalid policy', () => {
    expect(() => evaluateText('', {version: 'v1.x'})).toThrow(PssInputError);
  });
});
