/** Small IO helpers shared by the check scripts. */
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Every file below `dir` (relative to the repo root), as forward-slash paths relative to `dir`. */
export async function listFiles(dir: string, filter: (relative: string) => boolean): Promise<string[]> {
  const base = path.join(ROOT, dir);
  const entries = await readdir(base, {withFileTypes: true, recursive: true});
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(filter)
    .sort();
}

/**
 * The article pages under docs/ (relative to it): .md and .mdx files, leaving
 * out partials and templates (any path segment starting with "_"), which
 * Docusaurus does not route.
 */
export async function listDocPages(): Promise<string[]> {
  return listFiles('docs', (p) => /\.mdx?$/.test(p) && !p.split('/').some((s) => s.startsWith('_')));
}

export async function readText(file: string): Promise<string> {
  return readFile(path.join(ROOT, file), 'utf8');
}

/** Prints problems as "file:line: message" and exits 1 if there are any, or if nothing was checked. */
export function finish(
  name: string,
  checked: number,
  problems: ReadonlyArray<{file: string; line?: number; message: string}>,
  summary: string,
): never {
  for (const p of problems) console.error(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  if (checked === 0) {
    console.error(`${name}: checked nothing; that is a failure (is the folder empty or the glob wrong?)`);
    process.exit(1);
  }
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem(s). ${summary}`);
    process.exit(1);
  }
  console.log(`${name}: ok. ${summary}`);
  process.exit(0);
}
