/**
 * NetworkPolicy analyzer (CLI). Thin wrapper: Node IO and the exit code; the
 * logic lives in src/lib/netpol/cli.ts.
 *
 *   npx tsx scripts/netpol.ts can shop/web shop/api --port 8443 manifests/
 *   npx tsx scripts/netpol.ts list --format json cluster.yaml
 *   kubectl get ns,pods,networkpolicies -A -o yaml | npx tsx scripts/netpol.ts list -
 */
import {readdir, readFile, stat} from 'node:fs/promises';
import process from 'node:process';
import {runCli, type ReadResult} from '../src/lib/netpol/cli';
import {DEFAULT_MAX_BYTES} from '../src/lib/netpol/load';

function errorMessage(err: unknown): string {
  if (err instanceof Error && 'code' in err && typeof err.code === 'string') {
    if (err.code === 'ENOENT') return 'no such file';
    if (err.code === 'EACCES') return 'permission denied';
    if (err.code === 'EISDIR') return 'is a directory';
  }
  return err instanceof Error ? err.message : String(err);
}

async function readPath(path: string): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.size > DEFAULT_MAX_BYTES) return {ok: false, message: `file is larger than ${DEFAULT_MAX_BYTES} bytes`};
    return {ok: true, text: await readFile(path, 'utf8')};
  } catch (err) {
    return {ok: false, message: errorMessage(err)};
  }
}

async function readDir(path: string): Promise<readonly string[] | undefined> {
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
    return await readdir(path);
  } catch {
    return undefined;
  }
}

async function readStdin(): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buf.length;
      if (size > DEFAULT_MAX_BYTES)
        return {ok: false, message: `standard input is larger than ${DEFAULT_MAX_BYTES} bytes`};
      chunks.push(buf);
    }
  } catch (err) {
    return {ok: false, message: errorMessage(err)};
  }
  return {ok: true, text: Buffer.concat(chunks).toString('utf8')};
}

// `netpol list ... | head` closes stdout early: stop writing quietly instead of crashing on EPIPE.
let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutClosed = true;
});

void runCli(process.argv.slice(2), {
  readFile: readPath,
  readDir,
  readStdin,
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
