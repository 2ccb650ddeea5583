import Prism from 'prismjs/components/prism-core';

/**
 * Prism's language files register on the global `Prism`; point it at the core
 * instance (whatever ran before), just before ./prism.ts imports them.
 */
(globalThis as {Prism?: unknown}).Prism = Prism;
