/**
 * Pod Security Standards engine: the verdicts of Kubernetes' Pod Security Admission for
 * Pods and pod templates, per level (`baseline`, `restricted`) and policy version
 * (`v1.0` ... `v1.37`, `latest`). Runs in node and in the browser (no node APIs).
 *
 * ```ts
 * const e = evaluatePod(pod, 'restricted', 'latest');
 * if (!e.allowed) for (const v of e.violations) console.log(v.reason, v.detail, v.path);
 * ```
 */
export {
  evaluatePod,
  evaluatePodWithPolicy,
  evaluateObject,
  evaluateObjectWithPolicy,
  highestPassingLevel,
  POD_BEARING_KINDS,
} from './evaluate';
export {fixPod} from './fix';
export {evaluateText} from './text';
export type {EvaluateTextOptions, EvaluateTextResult, ObjectReport} from './text';
export {checksFor} from './registry';
export type {ActiveCheck} from './registry';
export {CHECKS} from './checks';
export type {CheckDefinition} from './checks';
export {
  NEWEST_MINOR,
  NEWEST_VERSION,
  POLICY_LEVELS,
  PssInputError,
  parseLevel,
  parsePolicy,
  parseVersion,
  policy,
} from './version';
export type {ParseResult, Policy, PolicyVersion, PssInputErrorCode} from './version';
export {CHECK_IDS} from './types';
export type {CheckId, CheckLevel, InvalidField, ObjectEvaluation, PodEvaluation, PolicyLevel, Violation} from './types';
