/**
 * The reader's progress: pages read, quiz answers and exercises solved. Kept
 * in the browser's localStorage only; this module is the pure part: the
 * shape, the updates, and parsing an imported file, which is untrusted input
 * (size-capped, strictly validated, no prototype keys).
 */
import * as z from '../zod';

export const PROGRESS_VERSION = 1;
/** An export holds a few thousand keys at most; anything far larger is not ours. */
export const MAX_PROGRESS_BYTES = 1024 * 1024;

/**
 * Keys are doc paths, question IDs or exercise IDs: no odd characters, and no
 * name Object.prototype has ("constructor", "toString"): looked up on a plain
 * object, such a key finds the inherited function instead of a missing entry.
 */
const key = z
  .string()
  .regex(/^\/?[a-z0-9][a-z0-9/#.-]{0,199}$/, 'a page path, question ID or exercise ID')
  .refine((k) => !(k in Object.prototype), 'a key that is a built-in object property name');
const stamp = z.number().int().nonnegative();

const progressSchema = z
  .object({
    version: z.literal(PROGRESS_VERSION),
    /** Doc path ("/docs/…") → when it was first read (ms since the epoch). */
    read: z.record(key, stamp),
    /** Question ID → the latest answer. */
    answers: z.record(key, z.object({correct: z.boolean(), at: stamp}).strict()),
    /** Exercise ID → when it was solved. */
    exercises: z.record(key, stamp),
  })
  .strict();

export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(): Progress {
  return {version: PROGRESS_VERSION, read: {}, answers: {}, exercises: {}};
}

export type ParseResult =
  {readonly ok: true; readonly progress: Progress} | {readonly ok: false; readonly message: string};

/** Why a file of `size` bytes cannot be a progress file, checked before reading it; undefined when it may be. */
export function progressSizeProblem(size: number): string | undefined {
  return size > MAX_PROGRESS_BYTES
    ? `the file is ${size} bytes; a progress file is at most ${MAX_PROGRESS_BYTES} bytes`
    : undefined;
}

/** Parses a stored or imported progress file; never throws. */
export function parseProgress(text: string): ParseResult {
  const tooLarge = progressSizeProblem(text.length);
  if (tooLarge) return {ok: false, message: tooLarge};
  let data: unknown;
  try {
    // JSON.parse makes "__proto__" an own key, which an object copy would turn into a prototype.
    data = JSON.parse(text, (k: string, v: unknown) => {
      if (k === '__proto__') throw new PrototypeKey();
      return v;
    });
  } catch (error) {
    if (error instanceof PrototypeKey)
      return {ok: false, message: 'not a progress file from this site: it has a "__proto__" key'};
    return {ok: false, message: 'the file is not JSON; choose a file saved with "Export progress"'};
  }
  const parsed = progressSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {ok: false, message: `not a progress file from this site${where}: ${issue?.message ?? 'invalid'}`};
  }
  return {ok: true, progress: parsed.data};
}

class PrototypeKey extends Error {}

export function serializeProgress(progress: Progress): string {
  return `${JSON.stringify(progress, null, 2)}\n`;
}

export function markRead(progress: Progress, path: string, now: number): Progress {
  if (Object.hasOwn(progress.read, path) || !key.safeParse(path).success) return progress;
  return {...progress, read: {...progress.read, [path]: now}};
}

export function recordAnswer(progress: Progress, id: string, correct: boolean, now: number): Progress {
  return {...progress, answers: {...progress.answers, [id]: {correct, at: now}}};
}

export function recordExercise(progress: Progress, id: string, now: number): Progress {
  if (Object.hasOwn(progress.exercises, id)) return progress;
  return {...progress, exercises: {...progress.exercises, [id]: now}};
}

/** Combines an import with what is stored: the union, keeping the earliest read and solve and the latest answer. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const earliest = (x: Record<string, number>, y: Record<string, number>) => {
    const out: Record<string, number> = {...x};
    for (const [k, v] of Object.entries(y)) out[k] = Object.hasOwn(out, k) ? Math.min(out[k] ?? v, v) : v;
    return out;
  };
  const answers = {...a.answers};
  for (const [k, v] of Object.entries(b.answers)) {
    const mine = Object.hasOwn(answers, k) ? answers[k] : undefined;
    if (!mine || mine.at < v.at) answers[k] = v;
  }
  return {
    version: PROGRESS_VERSION,
    read: earliest(a.read, b.read),
    answers,
    exercises: earliest(a.exercises, b.exercises),
  };
}
