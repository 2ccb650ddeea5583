/**
 * Lookups over the three threat catalogues the attack-vector articles map to:
 * the Microsoft Threat Matrix for Kubernetes, MITRE ATT&CK (Containers) and
 * the OWASP Kubernetes Top 10. Used by the front-matter schema (so an unknown
 * ID fails check:frontmatter and the build) and by the threat-matrix pages.
 */
import {ATTACK, type AttackTechnique} from './attackContainers';
import {MS_TECHNIQUES, type MsTechnique} from './microsoftMatrix';
import {OWASP_K8S_TOP10} from './owaspK8sTop10';

export {ATTACK, NOT_KUBERNETES} from './attackContainers';
export type {AttackTactic, AttackTechnique} from './attackContainers';
export {MS_MATRIX_SOURCE, MS_TACTICS, MS_TECHNIQUES} from './microsoftMatrix';
export type {MsTactic, MsTechnique} from './microsoftMatrix';
export {OWASP_K8S_EDITION, OWASP_K8S_SOURCE, OWASP_K8S_TOP10} from './owaspK8sTop10';

const attackById = new Map(ATTACK.techniques.map((t) => [t.id, t]));
const msById = new Map(MS_TECHNIQUES.map((t) => [t.id, t]));
const msByName = new Map(MS_TECHNIQUES.map((t) => [t.name.toLowerCase(), t]));
const owaspIds = new Set(OWASP_K8S_TOP10.map((r) => r.id));

/** The ATT&CK Enterprise technique with this ID, if it is current (not revoked or deprecated). */
export function attackTechnique(id: string): AttackTechnique | undefined {
  return attackById.get(id);
}

/** Techniques MITRE lists for the Containers platform, in ID order. */
export function containersTechniques(): AttackTechnique[] {
  return ATTACK.techniques.filter((t) => t.tactics !== undefined);
}

/**
 * The Microsoft matrix technique an author means: its ID ("MS-TA9018") or its
 * exact name as the matrix spells it, compared without regard to case.
 */
export function msTechnique(idOrName: string): MsTechnique | undefined {
  return msById.get(idOrName) ?? msByName.get(idOrName.toLowerCase());
}

/** Whether `id` is an OWASP Kubernetes Top 10 (2025) ID, K01 to K10. */
export function isOwaspK8sId(id: string): boolean {
  return owaspIds.has(id);
}
