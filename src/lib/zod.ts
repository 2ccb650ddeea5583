/**
 * The project's one entry to zod. Every module imports `z` from here, so the
 * setting below applies before any schema is used, in Node and in the browser.
 *
 * zod compiles object parsers with `new Function` when it can, and probes for
 * that ability on first use. The site's Content-Security-Policy forbids eval,
 * so in the browser the probe fails, and a strict CSP reports even a caught
 * attempt as a violation. `jitless` skips the probe and the compilation.
 */
// eslint-disable-next-line no-restricted-imports -- the one place zod is imported
import * as z from 'zod';

z.config({jitless: true});

export {z};
