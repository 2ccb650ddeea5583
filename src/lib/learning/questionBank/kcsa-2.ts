import type {Question} from '../questions';

/** Questions for KCSA domain 2, Kubernetes Cluster Component Security. */
export const questions: readonly Question[] = [];
