/** "1 error", "3 errors": a count with its noun, for the tools' summaries. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
