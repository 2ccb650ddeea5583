import {describe, expect, it} from 'vitest';
import {answerFiles, exerciseSchema} from './schema';

const exercise = exerciseSchema.parse({
  id: 'deny-all',
  tool: 'netpol',
  title: 'Deny everything',
  task: 'Write a policy that isolates every pod in the namespace.',
  context: 'kind: Namespace\n',
  starter: 'kind: NetworkPolicy\n',
  hints: ['Start from an empty podSelector.'],
  solution: {manifest: 'kind: NetworkPolicy\n', explanation: 'An empty podSelector selects every pod.'},
  checks: [{}],
});

describe('answerFiles', () => {
  it('names the context after the exercise and puts the answer last', () => {
    expect(answerFiles(exercise, 'a: 1')).toEqual([
      {file: 'deny-all/context.yaml', text: 'kind: Namespace\n'},
      {file: 'answer.yaml', text: 'a: 1'},
    ]);
  });

  it('leaves out an empty context', () => {
    expect(answerFiles({...exercise, context: ' \n'}, 'a: 1')).toEqual([{file: 'answer.yaml', text: 'a: 1'}]);
  });
});
