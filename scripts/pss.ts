/**
 * Pod Security Standards checker (CLI). Thin wrapper: node IO + exit code; the logic
 * lives in src/lib/pss/cli.ts, the input reading in src/lib/manifest/cliInput.ts.
 *
 *   npx tsx scripts/pss.ts [--level baseline|restricted] [--version vX.Y|latest] [--format text|json] FILE|DIR... | -
 */
import process from 'node:process';
import {runCli} from '../src/lib/pss/cli';
import {nodeInputIO} from './cli-input';

// `pss ... | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void runCli(process.argv.slice(2), {
  ...nodeInputIO,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    // exitCode (not process.exit()) so that piped stdout is flushed completely.
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`pss: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
