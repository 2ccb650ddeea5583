/**
 * node:fs implementation of the manifest CLIs' input reading (src/lib/manifest/cliInput.ts),
 * shared by scripts/pss.ts and scripts/rbac.ts (and any future engine's CLI).
 */
import {open, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import type {CliInputIO} from '../src/lib/manifest/cliInput';

const decoder = (): TextDecoder => new TextDecoder('utf-8');

async function readFileCapped(file: string, maxBytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return decoder().decode(buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

async function readStdinCapped(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buf);
    size += buf.length;
    if (size > maxBytes) {
      process.stdin.destroy(); // enough to know it is too large; stop reading
      break;
    }
  }
  return decoder().decode(Buffer.concat(chunks));
}

export const nodeInputIO: CliInputIO = {
  stat: async (p) => {
    const info = await stat(p);
    if (info.isFile()) return {kind: 'file', size: info.size};
    return {kind: info.isDirectory() ? 'directory' : 'other'};
  },
  readDir: (p) => readdir(p),
  join: (dir, name) => path.join(dir, name),
  readFile: readFileCapped,
  readStdin: readStdinCapped,
};
