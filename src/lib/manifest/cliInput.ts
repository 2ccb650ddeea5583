/**
 * How every manifest CLI reads its inputs (scripts/pss.ts, scripts/rbac.ts, and any future
 * engine's CLI): the arguments are files, directories (every *.yaml, *.yml and *.json
 * below them, in name order, hidden entries skipped) or `-` for standard input (read once,
 * however often it is named). Each input is capped at {@link MAX_INPUT_BYTES} with the same
 * message the browser tools give. Pure: the file system comes in through
 * {@link CliInputIO} (scripts/cli-input.ts implements it with node:fs), so it is unit-tested
 * with {@link memoryInputIO}.
 */
import type {ManifestError} from './errors';
import {MAX_INPUT_BYTES, exceedsInputLimit, inputTooLargeError} from './limits';

/** Name under which standard input is reported. */
export const STDIN_NAME = '<stdin>';
/** Files a directory argument contributes. */
export const MANIFEST_FILE_PATTERN = /\.(ya?ml|json)$/i;
/** Directory levels followed below an argument (also stops symlink loops). */
const MAX_DIRECTORY_DEPTH = 16;

export type PathInfo = {readonly kind: 'file'; readonly size: number} | {readonly kind: 'directory' | 'other'};

export interface CliInputIO {
  /** What `path` is (following symlinks); rejects with a node-style error (`code`) when it cannot. */
  stat(path: string): Promise<PathInfo>;
  /** Names of the entries of a directory. */
  readDir(path: string): Promise<readonly string[]>;
  /** `dir` + `/` + `name`, in the platform's way. */
  join(dir: string, name: string): string;
  /** A file as UTF-8 text; need not read more than `maxBytes + 1` bytes. */
  readFile(path: string, maxBytes: number): Promise<string>;
  /** Standard input as UTF-8 text; need not read more than `maxBytes + 1` bytes. */
  readStdin(maxBytes: number): Promise<string>;
}

export interface CliInput {
  /** The path as given (or found below a directory argument), or {@link STDIN_NAME}. */
  readonly file: string;
  readonly text: string;
}

export interface CliInputs {
  /** Readable inputs, in argument order. */
  readonly inputs: readonly CliInput[];
  /** One `unreadable` or `too-large` error per input that could not be used. */
  readonly errors: readonly ManifestError[];
}

function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return error instanceof Error ? error.message : String(error);
}

function unreadable(file: string, message: string): ManifestError {
  return {kind: 'unreadable', file, line: 1, message, hint: 'Check the path and its permissions.'};
}

/** Reads every argument; never throws. */
export async function readInputs(
  paths: readonly string[],
  io: CliInputIO,
  options: {readonly maxBytes?: number} = {},
): Promise<CliInputs> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const inputs: CliInput[] = [];
  const errors: ManifestError[] = [];
  let stdin: CliInput | ManifestError | undefined;

  const readFile = async (file: string, size: number): Promise<void> => {
    if (exceedsInputLimit(size, maxBytes)) {
      errors.push(inputTooLargeError(file, maxBytes));
      return;
    }
    try {
      const text = await io.readFile(file, maxBytes);
      if (exceedsInputLimit(text, maxBytes)) errors.push(inputTooLargeError(file, maxBytes));
      else inputs.push({file, text});
    } catch (error) {
      errors.push(unreadable(file, `cannot read the file: ${reason(error)}`));
    }
  };

  const walk = async (dir: string, depth: number, found: string[]): Promise<void> => {
    const names = [...(await io.readDir(dir))].sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = io.join(dir, name);
      const info = await io.stat(path);
      if (info.kind === 'directory') {
        if (depth < MAX_DIRECTORY_DEPTH) await walk(path, depth + 1, found);
      } else if (info.kind === 'file' && MANIFEST_FILE_PATTERN.test(name)) {
        found.push(path);
      }
    }
  };

  for (const path of paths) {
    if (path === '-') {
      if (stdin === undefined) {
        try {
          const text = await io.readStdin(maxBytes);
          stdin = exceedsInputLimit(text, maxBytes)
            ? inputTooLargeError(STDIN_NAME, maxBytes)
            : {file: STDIN_NAME, text};
        } catch (error) {
          stdin = unreadable(STDIN_NAME, `cannot read standard input: ${reason(error)}`);
        }
        if ('text' in stdin) inputs.push(stdin);
        else errors.push(stdin);
      }
      continue;
    }
    let info: PathInfo;
    try {
      info = await io.stat(path);
    } catch (error) {
      errors.push(unreadable(path, `cannot read: ${reason(error)}`));
      continue;
    }
    if (info.kind === 'file') {
      await readFile(path, info.size);
    } else if (info.kind === 'directory') {
      const found: string[] = [];
      try {
        await walk(path, 1, found);
      } catch (error) {
        errors.push(unreadable(path, `cannot read the directory: ${reason(error)}`));
        continue;
      }
      if (found.length === 0) {
        errors.push(unreadable(path, 'the directory holds no .yaml, .yml or .json file'));
        continue;
      }
      for (const file of found) {
        let size = 0;
        try {
          const fileInfo = await io.stat(file);
          size = fileInfo.kind === 'file' ? fileInfo.size : 0;
        } catch (error) {
          errors.push(unreadable(file, `cannot read: ${reason(error)}`));
          continue;
        }
        await readFile(file, size);
      }
    } else {
      errors.push(unreadable(path, 'not a regular file or directory'));
    }
  }
  return {inputs, errors};
}

/**
 * An in-memory {@link CliInputIO}: `files` maps slash-separated paths to their text;
 * directories are the prefixes of those paths. For tests and for tools that already hold
 * their inputs.
 */
export function memoryInputIO(files: Readonly<Record<string, string>>, stdin?: string): CliInputIO {
  const enoent = (path: string): Error => Object.assign(new Error(`${path}: not found`), {code: 'ENOENT'});
  const isDir = (path: string): boolean => Object.keys(files).some((f) => f.startsWith(`${path}/`));
  const size = (text: string): number => new TextEncoder().encode(text).length;
  return {
    stat: (path) => {
      const text = files[path];
      if (text !== undefined) return Promise.resolve({kind: 'file', size: size(text)});
      if (isDir(path)) return Promise.resolve({kind: 'directory'});
      return Promise.reject(enoent(path));
    },
    readDir: (path) => {
      const names = new Set<string>();
      for (const f of Object.keys(files)) {
        if (f.startsWith(`${path}/`)) names.add(f.slice(path.length + 1).split('/')[0] ?? '');
      }
      return Promise.resolve([...names]);
    },
    join: (dir, name) => `${dir}/${name}`,
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(enoent(path)) : Promise.resolve(text);
    },
    readStdin: () =>
      stdin === undefined ? Promise.reject(new Error('standard input is not available')) : Promise.resolve(stdin),
  };
}
