/**
 * Pod Security Standards checker (CLI). Thin wrapper: node IO + exit code; the logic
 * lives in src/lib/pss/cli.ts.
 *
 *   npx tsx scripts/pss.ts [--level baseline|restricted] [--version vX.Y|latest] [--format text|json] FILE... | -
 */
import {readFile, stat} from 'node:fs/promises';
import {DEFAULT_MAX_BYTES} from '../src/lib/manifest/parse';
import {runCli} from '../src/lib/pss/cli';
import type {ReadResult} from '../src/lib/pss/cli';

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
    if (info.isDirectory()) return {ok: false, message: 'is a directory'};
    if (info.size > DEFAULT_MAX_BYTES) {
      return {ok: false, message: `file is larger than ${DEFAULT_MAX_BYTES} bytes; split it into smaller files`};
    }
    return {ok: true, text: await readFile(path, 'utf8')};
  } catch (err) {
    return {ok: false, message: errorMessage(err)};
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

// `pss ... | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void runCli(process.argv.slice(2), {
  readFile: readPath,
  readStdin,
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
