/**
 * NetworkPolicy analyzer (CLI). Thin wrapper: Node IO and the exit code; the
 * logic lives in src/lib/netpol/cli.ts.
 *
 *   npx tsx scripts/netpol.ts can shop/web shop/api --port 8443 manifests/
 *   npx tsx scripts/netpol.ts list --format json cluster.yaml
 *   kubectl get ns,pods,networkpolicies -A -o yaml | npx tsx scripts/netpol.ts list -
 */
import process from 'node:process';
import {runCli} from '../src/lib/netpol/cli';
import {nodeInputIO} from './cli-input';

// `netpol list ... | head` closes stdout early: stop writing quietly instead of crashing on EPIPE.
let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutClosed = true;
});

void runCli(process.argv.slice(2), {
  ...nodeInputIO,
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    // exitCode, never process.exit(): piped output must drain completely first.
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `netpol: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 2;
  },
);
