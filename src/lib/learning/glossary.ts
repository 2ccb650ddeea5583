/**
 * The glossary: terms as data (src/lib/learning/glossaryTerms.ts), the rules
 * each entry follows, and the lookups the <Term> remark plugin, the glossary
 * page and `check:frontmatter` share. Pure: no React, no Docusaurus.
 */
import * as z from '../zod';
import {closestMatch} from '../format/closest';

/** Longest short definition: one sentence that fits a popover on a phone. */
export const SHORT_MAX = 220;

const internalLink = z
  .string()
  .regex(/^\/docs\/[a-z0-9/-]+(#[a-z0-9-]+)?$/, 'an absolute /docs/… path, optionally with a #heading anchor');

export const glossaryTermSchema = z
  .object({
    /** Kebab-case key: the anchor on /glossary and the value of <Term id="…">. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, e.g. "service-account"'),
    /** The term as readers write it ("ServiceAccount", "seccomp"). */
    term: z.string().min(1),
    /** Other names and expansions readers may search for. */
    aka: z.array(z.string().min(1)).optional(),
    /** One sentence, shown in the popover. Plain text. */
    short: z.string().min(20).max(SHORT_MAX).regex(/[.)]$/, 'end the sentence with a full stop'),
    /** The longer explanation on the glossary page: two to five sentences, plain text. */
    long: z.string().min(80),
    /** Pages that explain the term, most useful first. */
    links: z.array(z.object({to: internalLink, label: z.string().min(1)}).strict()).min(1),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export interface GlossaryProblem {
  /** Index of the entry in the data array, when the problem is one entry's. */
  readonly index?: number;
  readonly id?: string;
  readonly message: string;
}

/** Validates every entry, and that IDs are unique and terms sorted case-insensitively. */
export function validateGlossary(terms: readonly unknown[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const seen = new Set<string>();
  let previous = '';
  terms.forEach((raw, index) => {
    const parsed = glossaryTermSchema.safeParse(raw);
    const id = (raw as {id?: unknown} | null)?.id;
    const idText = typeof id === 'string' ? id : undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({index, id: idText, message: `${issue.path.join('.') || 'entry'}: ${issue.message}`});
      }
      return;
    }
    const term = parsed.data;
    if (seen.has(term.id)) problems.push({index, id: term.id, message: `id "${term.id}" is used twice`});
    seen.add(term.id);
    const key = sortKey(term.term);
    if (key < previous) {
      problems.push({index, id: term.id, message: `"${term.term}" is out of alphabetical order; move it up`});
    }
    previous = key;
  });
  return problems;
}

/** How terms sort on the glossary page: case-insensitive, ignoring leading punctuation. */
export function sortKey(term: string): string {
  return term.replace(/^[^a-z0-9]+/i, '').toLowerCase();
}

/** The letter a term is listed under on the glossary page ("#" for digits). */
export function letterOf(term: string): string {
  const first = sortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Terms grouped by letter, in order. */
export function byLetter(terms: readonly GlossaryTerm[]): Array<{letter: string; terms: GlossaryTerm[]}> {
  const groups: Array<{letter: string; terms: GlossaryTerm[]}> = [];
  for (const term of terms) {
    const letter = letterOf(term.term);
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else groups.push({letter, terms: [term]});
  }
  return groups;
}

export interface TermUse {
  readonly file: string;
  readonly line: number;
  readonly id: string;
}

/** Every `<Term id="…">` in an MDX page, with its line. */
export function findTermUses(file: string, text: string): TermUse[] {
  const uses: TermUse[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<Term\s+id=["']([^"']*)["']/g)) uses.push({file, line: i + 1, id: m[1] ?? ''});
  });
  return uses;
}

export interface UsageProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/**
 * Unknown IDs (with the closest known one as the fix) and terms no page uses:
 * a glossary entry nobody links to is either dead or a missed first mention.
 */
export function checkTermUsage(
  terms: readonly GlossaryTerm[],
  uses: readonly TermUse[],
  dataFile: string,
): UsageProblem[] {
  const ids = new Set(terms.map((t) => t.id));
  const problems: UsageProblem[] = [];
  for (const use of uses) {
    if (ids.has(use.id)) continue;
    const near = closestMatch(use.id, ids, Math.max(2, Math.floor(use.id.length / 4)));
    problems.push({
      file: use.file,
      line: use.line,
      message: `<Term id="${use.id}"> is not in the glossary${near ? `; did you mean "${near}"?` : ''} (terms live in ${dataFile})`,
    });
  }
  const used = new Set(uses.map((u) => u.id));
  for (const term of terms) {
    if (!used.has(term.id)) {
      problems.push({
        file: dataFile,
        message: `term "${term.id}" is used by no page; add <Term id="${term.id}"> at its first mention in an article, or remove the term`,
      });
    }
  }
  return problems;
}
