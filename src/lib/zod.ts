/**
 * The project's one entry to zod. Every module imports `z` from here
 * (`import * as z from '…/zod'`), so the setting below applies before any
 * schema is used, in Node and in the browser.
 *
 * - zod compiles object parsers with `new Function` when it can, and probes
 *   for that ability on first use. The site's Content-Security-Policy forbids
 *   eval, so in the browser the probe fails, and a strict CSP reports even a
 *   caught attempt as a violation. `jitless` skips the probe and the
 *   compilation.
 * - Only the functions the project uses are re-exported, by name: importing
 *   zod's `z` namespace object keeps all of it in a browser bundle, its ~40
 *   locales included (100 KB gzip), while named exports let the bundler drop
 *   the rest.
 */
// eslint-disable-next-line no-restricted-imports -- the one place zod is imported
import {config} from 'zod';

config({jitless: true});

// eslint-disable-next-line no-restricted-imports -- the one place zod is imported
export {
  array,
  boolean,
  discriminatedUnion,
  enum,
  ipv4,
  ipv6,
  literal,
  number,
  object,
  preprocess,
  record,
  strictObject,
  string,
  union,
  unknown,
  config,
} from 'zod';
// eslint-disable-next-line no-restricted-imports -- the one place zod is imported
export type {infer, input, output, ZodType, ZodError} from 'zod';
