import type {ExampleSkip} from '../src/lib/content/examples';

/**
 * Files under examples/ that are deliberately not schema-validated, each with
 * the reason. Keep this list empty unless a file cannot be validated (for
 * example, a deliberately broken manifest used to show an error message).
 */
export const skips: Readonly<Record<string, ExampleSkip>> = {};
