import type {PssLevel} from './examples';
import type {PssOracle} from './validateExamples';
import {highestPassingLevel} from '../pss';

/** Kinds that carry a pod spec, directly or in a template (as Pod Security Admission sees them). */
const POD_BEARING = new Set([
  'Pod',
  'PodTemplate',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
]);

/** The examples check asks the site's own Pod Security engine for every verdict. */
export const pssOracle: PssOracle = {
  isPodBearing: (object) => typeof object.kind === 'string' && POD_BEARING.has(object.kind),
  highestLevel: (object): PssLevel => highestPassingLevel(object, 'latest'),
};
