/**
 * The NetworkPolicy grader: checks are `can` questions with the expected
 * verdict, answered by the analyzer on the exercise's context plus the answer.
 */
import {z} from 'zod';
import {Analyzer, describeTraffic} from '../netpol/evaluate';
import {formatIssue, loadNetpol} from '../netpol/load';
import {resolveEndpoint, resolvePort} from '../netpol/query';
import type {CheckResult, Exercise, GradeResult, Grader} from './schema';

export const netpolCheckSchema = z
  .object({
    /** `namespace/name` or an IP address outside the cluster. */
    from: z.string().min(1),
    to: z.string().min(1),
    /** A number or a container port name of `to`; omitted: any port. */
    port: z.union([z.number().int().min(1).max(65535), z.string().min(1)]).optional(),
    protocol: z.enum(['TCP', 'UDP', 'SCTP']).default('TCP'),
    expect: z.enum(['allowed', 'denied']),
  })
  .strict();

export type NetpolCheck = z.infer<typeof netpolCheckSchema>;

export const netpolGrader: Grader<NetpolCheck> = {
  tool: 'netpol',
  checkSchema: netpolCheckSchema,
  grade(exercise: Exercise, answer: string, checks: readonly NetpolCheck[]): GradeResult {
    const files = [
      ...(exercise.context.trim() ? [{file: `${exercise.id}/context.yaml`, text: exercise.context}] : []),
      {file: 'answer.yaml', text: answer},
    ];
    const loaded = loadNetpol(files);
    if (!loaded.ok) return {passed: false, errors: loaded.errors.map(formatIssue), results: []};
    const analyzer = new Analyzer(loaded.model);
    const results: CheckResult[] = checks.map((c) => {
      const traffic = (port: number | undefined): string =>
        describeTraffic(port, c.port === undefined ? undefined : c.protocol);
      const label = `${c.from} → ${c.to} on ${c.port === undefined ? 'any port' : `${c.protocol} port ${c.port}`} is ${c.expect}`;
      const from = resolveEndpoint(analyzer.model, c.from);
      const to = resolveEndpoint(analyzer.model, c.to);
      if (!from.ok || !to.ok)
        return {check: label, passed: false, detail: (!from.ok ? from.error : '') || (!to.ok ? to.error : '')};
      let port: number | undefined;
      if (c.port !== undefined) {
        const p = resolvePort(String(c.port), c.protocol, to.value);
        if (!p.ok) return {check: label, passed: false, detail: p.error};
        port = p.value;
      }
      const r = analyzer.can({
        from: from.value,
        to: to.value,
        ...(port !== undefined ? {port, protocol: c.protocol} : {}),
      });
      const passed = (r.allowed ? 'allowed' : 'denied') === c.expect;
      void traffic;
      return {check: label, passed, detail: r.why.join(' ')};
    });
    return {passed: results.length > 0 && results.every((r) => r.passed), errors: [], results};
  },
};
