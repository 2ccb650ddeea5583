/**
 * RBAC analyzer: public API.
 *
 *   const {ok, model, errors} = loadRbac([{file: 'rbac.yaml', text}]);
 *   can(model, {subject: {kind: 'User', name: 'alice'}, verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'dev'});
 *   whoCan(model, {verb: 'create', apiGroup: '', resource: 'pods', namespace: 'dev'});
 *   effectivePermissions(model, {kind: 'ServiceAccount', namespace: 'ci', name: 'deployer'});
 *   audit(model);
 */
export type * from './types';
export {isNonResource, SEVERITIES, severityRank} from './types';
export {loadRbac, buildModel, resolveRole, type InputFile, type LoadOptions, type LoadResult} from './model';
export {
  can,
  whoCan,
  effectivePermissions,
  normalizeRequest,
  summarizeGrant,
  type CanQuery,
  type CanResult,
  type WhoCanResult,
  type WhoCanEntry,
  type EffectivePermissions,
  type GrantSummary,
} from './query';
export {audit, detectRule, isBlocking, countBySeverity, type Finding} from './audit';
export {
  FINDING_CATALOG,
  findingDefinition,
  RBAC_DOCS,
  ESCALATION_DOCS,
  type FindingDefinition,
  type FindingId,
} from './findings';
export {
  ruleAllows,
  ruleCovers,
  verbMatches,
  apiGroupMatches,
  resourceMatches,
  resourceNameMatches,
  nonResourceURLMatches,
  selectorMatches,
  isFullWildcard,
} from './match';
export {
  parseResourceArg,
  formatResourceArg,
  KNOWN_RESOURCES,
  isClusterScoped,
  type ParsedResourceArg,
} from './resources';
export {parseIdentity, formatSubject, userInfoFor, normalizeIdentity, canonicalSubject} from './subjects';
export {formatRule, formatRole, formatBinding, roleKey} from './format';
export {inputObject, type InputObject} from './decode';
export {BUILTIN_CLUSTER_ROLES} from './builtins';
export {runCli, parseArgs, USAGE, type CliIO, type CliResult} from './cli';
export {formatIssue} from '../manifest/errors';
