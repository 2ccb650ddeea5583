/**
 * npm run check:learning — the learning data: the glossary (valid, sorted,
 * every term used by a page, no unknown <Term> IDs) and the question bank
 * (schema, unique IDs, real competencies, source links that reach a real
 * heading, example files that exist, and claims about examples that agree
 * with the Pod Security verdicts check:examples verified). Prints coverage
 * per competency.
 */
import {createSlugger} from '@docusaurus/utils';
import {registry} from '../examples/registry';
import {docLinkProblem, docPermalink, headingIds} from '../src/lib/content/headings';
import {competencies} from '../src/lib/content/curriculum';
import {checkTermUsage, findTermUses, validateGlossary, type TermUse} from '../src/lib/learning/glossary';
import {glossaryTerms} from '../src/lib/learning/glossaryTerms';
import {BANK_DIR, questionBank} from '../src/lib/learning/questionBank';
import {bankCoverage, coverageProblems, MIN_PER_COMPETENCY, validateBank} from '../src/lib/learning/questions';
import {firstLineWhere} from '../src/lib/format/textPosition';
import {finish, listDocPages, listFiles, readText} from './lib';

const GLOSSARY_DATA = 'src/lib/learning/glossaryTerms.ts';
const problems: Array<{file: string; line?: number; message: string}> = [];

// Docs: <Term> uses and the anchors each page's headings get.
const docs = await listDocPages();
const termUses: TermUse[] = [];
const anchors = new Map<string, Set<string>>();
for (const relative of docs) {
  const file = `docs/${relative}`;
  const text = await readText(file);
  termUses.push(...findTermUses(file, text));
  const slugger = createSlugger();
  anchors.set(docPermalink(file), new Set(headingIds(text, (t) => slugger.slug(t))));
}

// Glossary.
const glossaryText = new Map([[GLOSSARY_DATA, await readText(GLOSSARY_DATA)]]);
for (const p of validateGlossary(glossaryTerms)) {
  problems.push({
    file: GLOSSARY_DATA,
    line: locate(glossaryText, p.id)?.line,
    message: `term ${p.id ?? `#${p.index}`}: ${p.message}`,
  });
}
problems.push(...checkTermUsage(glossaryTerms, termUses, GLOSSARY_DATA));
for (const term of glossaryTerms) {
  for (const link of term.links) {
    const message = docLinkProblem(link.to, anchors);
    if (message) {
      problems.push({
        file: GLOSSARY_DATA,
        line: locate(glossaryText, term.id)?.line,
        message: `term ${term.id}: link ${link.to}: ${message}`,
      });
    }
  }
}

// Question bank.
const bankFiles = (await listFiles(BANK_DIR, (p) => p.endsWith('.ts') && p !== 'index.ts')).map(
  (f) => `${BANK_DIR}/${f}`,
);
const bankText = new Map(await Promise.all(bankFiles.map(async (f) => [f, await readText(f)] as const)));
const examples = new Map(Object.entries(registry).map(([file, entry]) => [file, entry.pss]));
for (const p of validateBank(questionBank, {anchors, examples})) {
  const where = locate(bankText, p.id);
  problems.push({
    file: where?.file ?? `${BANK_DIR}/index.ts`,
    line: where?.line,
    message: `question ${p.id ?? ''}: ${p.message}`,
  });
}
const coverage = bankCoverage(questionBank);
const met = [...coverage.perCompetency.values()].filter((n) => n >= MIN_PER_COMPETENCY).length;
for (const p of coverageProblems(coverage)) problems.push({file: `${BANK_DIR}/`, message: p.message});

finish(
  'check:learning',
  glossaryTerms.length + questionBank.length,
  problems,
  `glossary: ${glossaryTerms.length} terms, ${termUses.length} <Term> uses on ${new Set(termUses.map((u) => u.file)).size} pages; ` +
    `questions: ${coverage.total} (${coverage.scenario} scenarios), ${met} of ${competencies.length} competencies with at least ${MIN_PER_COMPETENCY}; ` +
    `${anchors.size} pages' anchors indexed.`,
);

/** Where `id: '<id>'` is first written in one of `texts` (file -> source), for a problem to point at. */
function locate(texts: ReadonlyMap<string, string>, id: string | undefined): {file: string; line: number} | undefined {
  if (!id) return undefined;
  for (const [file, text] of texts) {
    const line = firstLineWhere(text, (l) => l.includes(`id: '${id}'`));
    if (line !== undefined) return {file, line};
  }
  return undefined;
}
