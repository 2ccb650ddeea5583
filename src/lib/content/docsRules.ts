/**
 * Rules every article under docs/ follows beyond its front matter (see
 * WRITING.md): the applies-to line, the "Check yourself" and "References"
 * sections, and removed features mentioned only as history. Pure functions
 * over the page text; scripts/check-frontmatter.ts applies them.
 */
import {firstLineWhere, linePosition} from '../format/textPosition';

export interface DocProblem {
  readonly line?: number;
  readonly message: string;
}

/** Removed features that may appear only as history. */
export const RETIRED_TERMS: ReadonlyArray<{term: RegExp; name: string}> = [
  {term: /PodSecurityPolicy|PodSecurityPolicies|\bPSPs?\b/, name: 'PodSecurityPolicy (removed in v1.25)'},
  {term: /extensions\/v1beta1/, name: 'extensions/v1beta1 (removed in v1.22)'},
  {
    term: /container\.apparmor\.security\.beta\.kubernetes\.io/,
    name: 'the AppArmor annotation (replaced by the appArmorProfile field in v1.30, GA in v1.31)',
  },
  {term: /dockershim/i, name: 'dockershim (removed in v1.24)'},
];

/** Words that show a sentence talks about a feature as history. */
const HISTORY_WORDS =
  /\b(removed|deprecated|replaced|replacement|history|historical|legacy|no longer|formerly|used to|predecessor|migrat\w*|before v1\.\d+|until v1\.\d+|pre-v1\.\d+|older clusters?)\b/i;

/** Splits an MDX page into its front matter block and body, keeping line offsets. */
export function splitFrontMatter(text: string): {frontMatter: string; body: string; bodyStartLine: number} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return {frontMatter: '', body: text, bodyStartLine: 1};
  const frontMatter = match[1] ?? '';
  return {frontMatter, body: text.slice(match[0].length), bodyStartLine: match[0].split('\n').length};
}

/** Line (1-based, within the whole file) of the first front-matter line that sets `key`. */
export function frontMatterKeyLine(text: string, key: string): number | undefined {
  return firstLineWhere(text, (l, i) => i > 0 && l.startsWith(`${key.split('.')[0]}:`));
}

function headingSection(body: string, heading: string): string | undefined {
  const start = body.search(new RegExp(`^## ${heading}\\b.*$`, 'm'));
  if (start === -1) return undefined;
  const rest = body.slice(start + 1);
  const next = rest.search(/^## /m);
  return next === -1 ? rest : rest.slice(0, next);
}

export interface ArticleRuleOptions {
  /** Kubernetes version from the page's front matter, e.g. "v1.37". */
  readonly appliesTo: string;
  /** Landing or meta pages (the seed, "about") need no quiz or references. */
  readonly isArticle: boolean;
}

/** Checks one page's body; line numbers are relative to the whole file. */
export function checkArticleBody(body: string, bodyStartLine: number, options: ArticleRuleOptions): DocProblem[] {
  const problems: DocProblem[] = [];
  const appliesLine = `_Applies to Kubernetes ${options.appliesTo}._`;
  if (!body.includes(appliesLine)) {
    problems.push({message: `add the line "${appliesLine}" near the top of the page (it must match applies_to)`});
  }
  if (options.isArticle) {
    const quiz = headingSection(body, 'Check yourself');
    if (quiz === undefined) {
      problems.push({message: 'add a "## Check yourself" section with 3 to 5 <details> questions'});
    } else {
      const questions = (quiz.match(/<details>/g) ?? []).length;
      if (questions < 3 || questions > 5) {
        problems.push({
          message: `"## Check yourself" has ${questions} questions; write 3 to 5, each a <details> with a <summary>`,
        });
      }
    }
    const refs = headingSection(body, 'References');
    if (refs === undefined || !/\]\(https:\/\//.test(refs)) {
      problems.push({message: 'add a "## References" section linking the official documentation'});
    }
  }

  // Removed features may only appear inside a :::note[History] block, in a
  // paragraph that says they are history, in code, or in the references.
  const lines = body.split('\n');
  let inHistory = false;
  let inCode = false;
  let inReferences = false;
  let paragraph: Array<{text: string; index: number}> = [];
  const flush = (): void => {
    const text = paragraph.map((l) => l.text).join(' ');
    if (!HISTORY_WORDS.test(text)) {
      for (const {term, name} of RETIRED_TERMS) {
        const hit = paragraph.find((l) => term.test(l.text));
        if (hit) {
          problems.push({
            line: bodyStartLine + hit.index,
            message: `mentions ${name} without marking it as history; move it into a :::note[History] block or say it was removed`,
          });
        }
      }
    }
    paragraph = [];
  };
  lines.forEach((line, i) => {
    if (/^\s*```/.test(line)) {
      flush();
      inCode = !inCode;
      return;
    }
    if (/^## /.test(line)) {
      flush();
      inReferences = /^## References\b/.test(line);
    }
    if (/^:::note\[History\]/i.test(line.trim())) inHistory = true;
    else if (inHistory && line.trim() === ':::') inHistory = false;
    if (inHistory || inCode || inReferences) return;
    if (line.trim() === '') flush();
    else paragraph.push({text: line, index: i});
  });
  flush();
  return problems;
}

/**
 * Every <ManifestExample> must show the file it names: its `source` variable
 * must be imported from `@site/examples/<file>`. Otherwise the page would show
 * one file under another file's validation line.
 */
export function checkManifestExamples(body: string, bodyStartLine: number): DocProblem[] {
  const imports = new Map<string, string>();
  for (const m of body.matchAll(/^import\s+(\w+)\s+from\s+['"]@site\/examples\/([^'"]+)['"];?\s*$/gm)) {
    if (m[1] && m[2]) imports.set(m[1], m[2]);
  }
  const problems: DocProblem[] = [];
  for (const m of body.matchAll(/<ManifestExample\b([^>]*?)\/>/gs)) {
    const attributes = m[1] ?? '';
    const file = /\bfile="([^"]+)"/.exec(attributes)?.[1];
    const source = /\bsource=\{(\w+)\}/.exec(attributes)?.[1];
    const line = bodyStartLine + linePosition(body, m.index).line - 1;
    if (!file || !source) {
      problems.push({line, message: '<ManifestExample> needs both file="…" and source={…}'});
      continue;
    }
    const imported = imports.get(source);
    if (imported !== file) {
      problems.push({
        line,
        message: imported
          ? `<ManifestExample file="${file}"> shows {${source}}, which is imported from examples/${imported}; make them match`
          : `<ManifestExample> source={${source}} is not imported from @site/examples/; add: import ${source} from '@site/examples/${file}';`,
      });
    }
  }
  return problems;
}

/**
 * Every fenced code block names a language the site highlights (or `text`, or
 * `mermaid` for diagrams). Prism is trimmed to the languages the pages use, so
 * an unknown one would quietly show as plain text.
 */
export function checkCodeFences(body: string, bodyStartLine: number, known: readonly string[]): DocProblem[] {
  const problems: DocProblem[] = [];
  let open: string | undefined;
  body.split('\n').forEach((line, i) => {
    const fence = /^\s*(`{3,}|~{3,})\s*([^\s{]*)/.exec(line);
    if (!fence) return;
    const marker = fence[1] ?? '';
    if (open !== undefined) {
      if (marker.startsWith(open) && line.trim() === marker) open = undefined;
      return;
    }
    open = marker;
    const language = fence[2] ?? '';
    if (!known.includes(language)) {
      problems.push({
        line: bodyStartLine + i,
        message:
          language === ''
            ? `name the code block's language after the fence (one of: ${known.join(', ')})`
            : `code block language "${language}" is not highlighted on this site; use one of: ${known.join(', ')} (or add it in src/lib/code/prism.ts)`,
      });
    }
  });
  return problems;
}

/** Sections every attack-vector article has, in this order (docs/_templates/attack.mdx). */
export const ATTACK_VECTOR_SECTIONS = ['How it works', 'Impact', 'Detect', 'Prevent', 'Check yourself', 'References'];

/** Sections every hardening task page has, in this order (docs/_templates/task.mdx). */
export const TASK_SECTIONS = [
  'Before you begin',
  'Steps',
  'Verify',
  'What can go wrong',
  'Check yourself',
  'References',
];

interface Heading {
  readonly text: string;
  readonly line: number;
  /** Index of the heading's line within the body. */
  readonly index: number;
}

function levelTwoHeadings(lines: readonly string[], bodyStartLine: number): Heading[] {
  const headings: Heading[] = [];
  let inCode = false;
  lines.forEach((line, i) => {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inCode = !inCode;
    const m = /^## (.+?)\s*(\{#[^}]*\})?\s*$/.exec(line);
    if (!inCode && m?.[1]) headings.push({text: m[1], line: bodyStartLine + i, index: i});
  });
  return headings;
}

/**
 * Each of `sections` is a level-2 heading of the page, in the given order;
 * other headings may sit between them. `template` names the file to copy.
 */
export function checkSections(
  body: string,
  bodyStartLine: number,
  sections: readonly string[],
  template: string,
): DocProblem[] {
  const headings = levelTwoHeadings(body.split('\n'), bodyStartLine);
  const problems: DocProblem[] = [];
  let previous = -1;
  for (const section of sections) {
    const index = headings.findIndex((h) => h.text === section);
    if (index === -1) {
      problems.push({message: `add a "## ${section}" section (the page follows ${template})`});
    } else if (index < previous) {
      problems.push({
        line: headings[index]?.line,
        message: `"## ${section}" is out of order; the sections go: ${sections.join(', ')}`,
      });
    } else previous = index;
  }
  return problems;
}

/**
 * An attack-vector article walks through the attack, its impact, its detection
 * and its fix: each of ATTACK_VECTOR_SECTIONS is a level-2 heading, in order.
 */
export function checkAttackVectorSections(body: string, bodyStartLine: number): DocProblem[] {
  return checkSections(body, bodyStartLine, ATTACK_VECTOR_SECTIONS, 'docs/_templates/attack.mdx');
}

/**
 * A hardening task page has TASK_SECTIONS in order, its steps are a numbered
 * list, and "What can go wrong" says how to roll the change back.
 */
export function checkTaskSections(body: string, bodyStartLine: number): DocProblem[] {
  const problems = checkSections(body, bodyStartLine, TASK_SECTIONS, 'docs/_templates/task.mdx');
  if (problems.length > 0) return problems;
  const lines = body.split('\n');
  const headings = levelTwoHeadings(lines, bodyStartLine);
  const sectionLines = (name: string): {heading: Heading; text: string[]} | undefined => {
    const at = headings.findIndex((h) => h.text === name);
    const heading = headings[at];
    if (!heading) return undefined;
    const end = headings[at + 1]?.index ?? lines.length;
    return {heading, text: lines.slice(heading.index + 1, end)};
  };
  const steps = sectionLines('Steps');
  if (steps && !steps.text.some((l) => /^\s*1\. /.test(l))) {
    problems.push({
      line: steps.heading.line,
      message: '"## Steps" has no numbered list; write the steps as "1. …", "2. …" (sub-headings may group them)',
    });
  }
  const wrong = sectionLines('What can go wrong');
  if (wrong && !wrong.text.some((l) => /roll(ing)? ?back|\bundo\b|\brevert/i.test(l))) {
    problems.push({
      line: wrong.heading.line,
      message:
        '"## What can go wrong" does not say how to roll back; add the rollback (the words "roll back", "revert" or "undo")',
    });
  }
  return problems;
}
