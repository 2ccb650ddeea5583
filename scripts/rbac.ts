/**
 * RBAC analyzer CLI: a thin Node wrapper around src/lib/rbac/cli.ts.
 *
 *   npx tsx scripts/rbac.ts audit manifests/*.yaml
 *   kubectl get roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml | npx tsx scripts/rbac.ts audit -
 *   npx tsx scripts/rbac.ts can ServiceAccount:ci:deployer create deployments.apps -n prod rbac.yaml
 *   npx tsx scripts/rbac.ts who-can get secrets -n prod rbac.yaml
 */
import {open} from 'node:fs/promises';
import process from 'node:process';
import {runCli, type CliIO} from '../src/lib/rbac/cli';
import {DEFAULT_MAX_BYTES} from '../src/lib/rbac/parse';

const LIMIT = DEFAULT_MAX_BYTES;

async function readFileCapped(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new Error('is a directory');
    if (info.size > LIMIT) throw new Error(`file is larger than ${LIMIT} bytes`);
    const buffer = Buffer.alloc(Math.min(info.size, LIMIT) + 1);
    let length = 0;
    for (;;) {
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > LIMIT) throw new Error(`file is larger than ${LIMIT} bytes`);
      if (length === buffer.length) break;
    }
    return new TextDecoder('utf-8').decode(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

async function readStdinCapped(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > LIMIT) throw new Error(`input is larger than ${LIMIT} bytes`);
    chunks.push(buf);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

const io: CliIO = {
  readFile: (path) =>
    readFileCapped(path).catch((e: unknown) => {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'ENOENT') throw new Error('no such file');
      if (err.code === 'EACCES') throw new Error('permission denied');
      throw e instanceof Error ? e : new Error(String(e));
    }),
  readStdin: readStdinCapped,
};

const result = await runCli(process.argv.slice(2), io);
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
