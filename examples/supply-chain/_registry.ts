import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "supply-chain" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {};
