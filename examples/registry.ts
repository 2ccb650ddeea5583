import {mergeRegistries, type Registry} from '../src/lib/content/examples';
import {registry as fundamentals} from './fundamentals/_registry';
import {registry as authentication} from './authentication/_registry';
import {registry as authorization} from './authorization/_registry';
import {registry as admission} from './admission/_registry';
import {registry as podSecurity} from './pod-security/_registry';
import {registry as networkPolicies} from './network-policies/_registry';
import {registry as secrets} from './secrets/_registry';
import {registry as auditLogging} from './audit-logging/_registry';
import {registry as multiTenancy} from './multi-tenancy/_registry';
import {registry as pki} from './pki/_registry';
import {registry as components} from './components/_registry';
import {registry as attackVectors} from './attack-vectors/_registry';
import {registry as clusterSetup} from './cluster-setup/_registry';
import {registry as clusterHardening} from './cluster-hardening/_registry';
import {registry as systemHardening} from './system-hardening/_registry';
import {registry as microservices} from './microservices/_registry';
import {registry as supplyChain} from './supply-chain/_registry';
import {registry as runtimeSecurity} from './runtime-security/_registry';
import {registry as policyEngines} from './policy-engines/_registry';

/**
 * Every file under examples/ with what it holds and the verdict it must get.
 * Each topic keeps its own list (examples/<topic>/_registry.ts) so pages can be
 * written side by side; `npm run check:examples` checks this against the files.
 */
export const registry: Registry = mergeRegistries(
  fundamentals,
  authentication,
  authorization,
  admission,
  podSecurity,
  networkPolicies,
  secrets,
  auditLogging,
  multiTenancy,
  pki,
  components,
  attackVectors,
  clusterSetup,
  clusterHardening,
  systemHardening,
  microservices,
  supplyChain,
  runtimeSecurity,
  policyEngines,
);
