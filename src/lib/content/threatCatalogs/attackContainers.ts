import enterprise from './attackEnterprise.json';

/**
 * MITRE ATT&CK Enterprise, as far as this site needs it: every current
 * technique ID and name (so front matter may cite any Enterprise technique,
 * e.g. T1552.005 Cloud Instance Metadata API), and the Containers platform
 * matrix: techniques whose x_mitre_platforms include "Containers", with their
 * tactics.
 *
 * attackEnterprise.json is derived, never edited by hand: run
 * scripts/derive-attack-containers.ts on a checkout of
 * https://github.com/mitre/cti (see that script), then prettier --write.
 * Its header records the ATT&CK version and commit, and MITRE's licence
 * notice, which must travel with the data.
 */

export interface AttackTactic {
  /** "TA0004" */
  readonly id: string;
  /** "privilege-escalation", the kill-chain phase name techniques refer to. */
  readonly shortname: string;
  readonly name: string;
}

export interface AttackTechnique {
  /** "T1611" or a sub-technique "T1552.007". */
  readonly id: string;
  readonly name: string;
  /** Tactic shortnames; present only for techniques on the Containers platform. */
  readonly tactics?: readonly string[];
}

export interface AttackData {
  readonly source: string;
  readonly commit: string;
  readonly attackVersion: string;
  readonly licence: string;
  readonly tactics: readonly AttackTactic[];
  readonly techniques: readonly AttackTechnique[];
}

export const ATTACK: AttackData = enterprise;

/**
 * Containers techniques that have no Kubernetes form: MITRE lists them for the
 * Containers platform, but what they describe does not happen through a
 * Kubernetes API or component. The matrix page shows them as "not applicable
 * to Kubernetes", not as gaps, with this reason.
 */
export const NOT_KUBERNETES: Readonly<Record<string, string>> = {
  T1612:
    'Building an image on the host goes through a Docker daemon API. The Kubernetes API has no image-build operation; where a node still exposes a Docker socket, that is a host problem covered by the node pages.',
  T1110:
    'The API server accepts no passwords: basic authentication was removed in v1.19 (kubernetes/kubernetes#89069). Password guessing targets the identity provider or an application, not Kubernetes.',
  'T1110.001':
    'The API server accepts no passwords (basic authentication was removed in v1.19), so there is nothing in Kubernetes to guess against.',
  'T1110.003':
    'The API server accepts no passwords (basic authentication was removed in v1.19), so password spraying happens at the identity provider.',
  'T1110.004':
    'The API server accepts no passwords (basic authentication was removed in v1.19), so credential stuffing happens at the identity provider.',
};
