/**
 * The question bank: the schema every question follows, and the checks
 * `npm test` runs over the whole bank (unique IDs, real competencies, links to
 * real headings, every competency covered, scenario share, and no answer that
 * an examples file it cites contradicts). Pure: no React, no Docusaurus.
 */
import * as z from '../zod';
import {competencies, isCompetencyId} from '../content/curriculum';
import {docLinkProblem, type AnchorIndex} from '../content/headings';
import type {PssLevel} from '../content/examples';

/** Fewest questions per competency, and the share of scenario questions, the bank must reach. */
export const MIN_PER_COMPETENCY = 3;
export const MIN_SCENARIO_SHARE = 1 / 3;

const plainText = z.string().min(1).max(1200);

const optionSchema = z
  .object({
    /** The option as the reader sees it. Plain text; `code` in backticks. */
    text: plainText,
    correct: z.boolean(),
    /** Why this option is right or wrong: shown after the reader answers. */
    why: z.string().min(15).max(800),
  })
  .strict();

/**
 * A claim the question makes about an examples file, checked against what
 * `npm run check:examples` verified for it (the Pod Security engine's verdict).
 */
const claimSchema = z
  .object({
    file: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+\.ya?ml$/, 'a path under examples/, e.g. "pod-security/x.yaml"'),
    /** The Pod Security level the question says the file passes (or fails, with passes: false). */
    pss: z.enum(['privileged', 'baseline', 'restricted']),
    passes: z.boolean(),
  })
  .strict();

export const questionSchema = z
  .object({
    /** Kebab-case, unique across the bank; the key progress is stored under. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
    /** Competency IDs (CKS-x.y, KCSA-x.y) the question tests. */
    competencies: z.array(z.string()).min(1),
    /** A scenario gives a manifest, an audit event, a command output or a situation to reason about. */
    kind: z.enum(['concept', 'scenario']),
    prompt: plainText,
    /** For scenarios: text shown as a code block under the prompt (YAML, JSON, output). */
    snippet: z
      .object({language: z.enum(['yaml', 'json', 'bash', 'text']), code: z.string().min(1).max(4000)})
      .strict()
      .optional(),
    /** For scenarios: an examples/ file shown under the prompt (read at build time). */
    example: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9.-]+\.ya?ml$/, 'a path under examples/, e.g. "pod-security/x.yaml"')
      .optional(),
    /** Two to six options; one or more are correct. */
    options: z.array(optionSchema).min(2).max(6),
    /** The article section that explains the answer: /docs/… with a #heading anchor. */
    source: z
      .object({
        to: z
          .string()
          .regex(
            /^\/docs\/[a-z0-9/-]+#[a-z0-9-]+$/,
            'an absolute /docs/…#heading link to the section that explains it',
          ),
        label: z.string().min(1),
      })
      .strict(),
    claims: z.array(claimSchema).optional(),
  })
  .strict();

export type Question = z.infer<typeof questionSchema>;

export interface BankProblem {
  readonly id?: string;
  readonly message: string;
}

/** What check:examples verified for each examples file: the highest Pod Security level it passes. */
export type ExampleLevels = ReadonlyMap<string, PssLevel | undefined>;

const ORDER: readonly PssLevel[] = ['privileged', 'baseline', 'restricted'];

/**
 * Every check over the bank. `anchors` and `examples` come from the docs and
 * the examples registry; pass them so links and claims are checked too.
 */
export function validateBank(
  raw: readonly unknown[],
  context: {anchors?: AnchorIndex; examples?: ExampleLevels} = {},
): BankProblem[] {
  const problems: BankProblem[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of raw.entries()) {
    const parsed = questionSchema.safeParse(entry);
    const rawId = (entry as {id?: unknown} | null)?.id;
    const id = typeof rawId === 'string' ? rawId : `#${index}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({id, message: `${issue.path.join('.') || 'question'}: ${issue.message}`});
      continue;
    }
    const q = parsed.data;
    if (seen.has(q.id))
      problems.push({id, message: `id "${q.id}" is used twice; IDs key stored progress, so never reuse one`});
    seen.add(q.id);
    for (const c of q.competencies) {
      if (!isCompetencyId(c))
        problems.push({id, message: `competency "${c}" is not a CKS or KCSA ID (src/lib/content/curriculum.ts)`});
    }
    if (!q.options.some((o) => o.correct)) problems.push({id, message: 'no option is marked correct'});
    if (q.options.every((o) => o.correct)) problems.push({id, message: 'every option is correct; add a wrong one'});
    const texts = q.options.map((o) => o.text.trim().toLowerCase());
    if (new Set(texts).size !== texts.length) problems.push({id, message: 'two options have the same text'});
    if (q.kind === 'scenario' && !q.snippet && !q.example && q.prompt.length < 120) {
      problems.push({
        id,
        message:
          'a scenario question needs a snippet or an example file (manifest, event, output), or a described situation of 120+ characters',
      });
    }
    if (context.anchors) problems.push(...checkSource(q, context.anchors));
    if (context.examples) {
      if (q.example && !context.examples.has(q.example)) {
        problems.push({id, message: `example examples/${q.example} is not in examples/registry.ts`});
      }
      problems.push(...checkClaims(q, context.examples));
    }
  }
  return problems;
}

function checkSource(q: Question, anchors: AnchorIndex): BankProblem[] {
  const problem = docLinkProblem(q.source.to, anchors);
  return problem ? [{id: q.id, message: `source ${q.source.to}: ${problem}`}] : [];
}

function checkClaims(q: Question, examples: ExampleLevels): BankProblem[] {
  const problems: BankProblem[] = [];
  for (const claim of q.claims ?? []) {
    if (!examples.has(claim.file)) {
      problems.push({id: q.id, message: `claims about examples/${claim.file}, which is not in examples/registry.ts`});
      continue;
    }
    const highest = examples.get(claim.file);
    if (!highest) {
      problems.push({
        id: q.id,
        message: `claims a Pod Security verdict for examples/${claim.file}, which holds no pod`,
      });
      continue;
    }
    const passes = ORDER.indexOf(highest) >= ORDER.indexOf(claim.pss);
    if (passes !== claim.passes) {
      problems.push({
        id: q.id,
        message: `says examples/${claim.file} ${claim.passes ? 'passes' : 'fails'} ${claim.pss}, but the Pod Security engine says it ${passes ? 'passes' : 'fails'} (highest level: ${highest})`,
      });
    }
  }
  return problems;
}

export interface BankCoverage {
  readonly total: number;
  readonly scenario: number;
  /** Questions per competency ID, for every competency. */
  readonly perCompetency: ReadonlyMap<string, number>;
}

export function bankCoverage(questions: readonly Question[]): BankCoverage {
  const perCompetency = new Map(competencies.map((c) => [c.id, 0]));
  for (const q of questions) for (const c of q.competencies) perCompetency.set(c, (perCompetency.get(c) ?? 0) + 1);
  return {total: questions.length, scenario: questions.filter((q) => q.kind === 'scenario').length, perCompetency};
}

/** Competencies under MIN_PER_COMPETENCY and a scenario share under MIN_SCENARIO_SHARE, as problems. */
export function coverageProblems(coverage: BankCoverage): BankProblem[] {
  const problems: BankProblem[] = [];
  for (const [id, n] of coverage.perCompetency) {
    if (n < MIN_PER_COMPETENCY)
      problems.push({message: `${id} has ${n} question(s); it needs at least ${MIN_PER_COMPETENCY}`});
  }
  if (coverage.total > 0 && coverage.scenario / coverage.total < MIN_SCENARIO_SHARE) {
    problems.push({
      message: `${coverage.scenario} of ${coverage.total} questions are scenarios; at least a third must be`,
    });
  }
  return problems;
}

export {isCorrect} from './answers';
