import {describe, expect, it} from 'vitest';
import {
  ATTACK_VECTOR_SECTIONS,
  checkTaskSections,
  checkArticleBody,
  checkAttackVectorSections,
  checkCodeFences,
  checkManifestExamples,
  frontMatterKeyLine,
  splitFrontMatter,
} from './docsRules';

const quiz = (n: number) =>
  Array.from({length: n}, (_, i) => `<details>\n<summary>Q${i}?</summary>\n\nA.\n\n</details>`).join('\n');
const article = (extra = '', questions = 3) =>
  `_Applies to Kubernetes v1.37._\n\nIntro.\n${extra}\n\n## Check yourself\n\n${quiz(questions)}\n\n## References\n\n- [Docs](https://kubernetes.io/docs/)\n`;

describe('checkArticleBody', () => {
  const options = {appliesTo: 'v1.37', isArticle: true};

  it('accepts a complete article', () => {
    expect(checkArticleBody(article(), 5, options)).toEqual([]);
  });

  it('requires the applies-to line to match the front matter', () => {
    const problems = checkArticleBody(article(), 5, {...options, appliesTo: 'v1.36'});
    expect(problems[0]?.message).toMatch(/_Applies to Kubernetes v1\.36\._/);
  });

  it.each([2, 6])('rejects a quiz of %i questions', (n) => {
    expect(checkArticleBody(article('', n), 1, options)[0]?.message).toMatch(/3 to 5/);
  });

  it('requires references with a link', () => {
    const body = article().replace(/## References[\s\S]*/, '## References\n\nNone.\n');
    expect(checkArticleBody(body, 1, options)[0]?.message).toMatch(/References/);
  });

  it('does not require a quiz on landing pages', () => {
    expect(checkArticleBody('_Applies to Kubernetes v1.37._\n', 1, {...options, isArticle: false})).toEqual([]);
  });

  it('flags a removed feature taught as current, with its line', () => {
    const problems = checkArticleBody(article('Create a PodSecurityPolicy to block root.'), 10, options);
    expect(problems).toEqual([{line: 13, message: expect.stringMatching(/PodSecurityPolicy.*History/)}]);
  });

  it('judges a wrapped paragraph as a whole and ignores the references', () => {
    const wrapped = article(
      'The check also reads the old\n`container.apparmor.security.beta.kubernetes.io/*` annotations,\nwhich are deprecated.',
    );
    expect(checkArticleBody(wrapped, 1, options)).toEqual([]);
    const refs = article().replace('- [Docs]', '- [Mapping PodSecurityPolicies](https://kubernetes.io/x)\n- [Docs]');
    expect(checkArticleBody(refs, 1, options)).toEqual([]);
  });

  it('allows removed features in a History note, a "removed" sentence or code', () => {
    const body = article(
      [
        ':::note[History]',
        'PodSecurityPolicy and extensions/v1beta1 Ingress.',
        ':::',
        'PodSecurityPolicy was removed in v1.25.',
        '```yaml',
        'apiVersion: extensions/v1beta1',
        '```',
      ].join('\n'),
    );
    expect(checkArticleBody(body, 1, options)).toEqual([]);
  });
});

describe('splitFrontMatter and frontMatterKeyLine', () => {
  const text = '---\ntitle: A\ndescription: B\n---\n\n# Body\n';
  it('separates front matter from body and counts lines', () => {
    const {frontMatter, body, bodyStartLine} = splitFrontMatter(text);
    expect(frontMatter).toBe('title: A\ndescription: B');
    expect(body).toBe('\n# Body\n');
    expect(bodyStartLine).toBe(5);
  });
  it('finds the line of a key', () => {
    expect(frontMatterKeyLine(text, 'description')).toBe(3);
    expect(frontMatterKeyLine(text, 'tags')).toBeUndefined();
  });
});

describe('checkManifestExamples', () => {
  const imports = "import pod from '@site/examples/a/pod.yaml';\nimport np from '@site/examples/a/np.yaml';\n";
  it('accepts examples whose source is imported from the file they name', () => {
    const body = `${imports}\n<ManifestExample file="a/pod.yaml" source={pod} title="x" />\n<ManifestExample\n  file="a/np.yaml"\n  source={np}\n/>`;
    expect(checkManifestExamples(body, 1)).toEqual([]);
  });
  it('flags a mismatch with its line and the fix', () => {
    const body = `${imports}\n\n<ManifestExample file="a/np.yaml" source={pod} />`;
    expect(checkManifestExamples(body, 10)).toEqual([
      {line: 14, message: expect.stringMatching(/shows \{pod\}, which is imported from examples\/a\/pod\.yaml/)},
    ]);
  });
  it('flags a source that is not imported from examples/', () => {
    const body = `<ManifestExample file="a/x.yaml" source={x} />`;
    expect(checkManifestExamples(body, 1)[0]?.message).toMatch(/add: import x from '@site\/examples\/a\/x\.yaml'/);
  });
});

describe('checkCodeFences', () => {
  const known = ['bash', 'yaml', 'text', 'mermaid'];
  it('accepts known languages and ignores fences inside a block', () => {
    const body = [
      '```bash',
      'kubectl get pods',
      '```',
      '````text',
      '```nope',
      '````',
      '```yaml {3}',
      'a: 1',
      '```',
    ].join('\n');
    expect(checkCodeFences(body, 1, known)).toEqual([]);
  });
  it('names the line and the fix for an unknown or missing language', () => {
    const problems = checkCodeFences(
      ['intro', '```python', 'x = 1', '```', '```', 'plain', '```'].join('\n'),
      10,
      known,
    );
    expect(problems).toEqual([
      {line: 11, message: expect.stringMatching(/"python" is not highlighted.*use one of: bash, yaml, text, mermaid/)},
      {line: 14, message: expect.stringMatching(/name the code block's language/)},
    ]);
  });
});

describe('checkAttackVectorSections', () => {
  const page = (sections: readonly string[]) => sections.map((s) => `## ${s}\n\nText.\n`).join('\n');

  it('accepts the template order', () => {
    expect(checkAttackVectorSections(page(ATTACK_VECTOR_SECTIONS), 1)).toEqual([]);
  });

  it('accepts extra sections and explicit heading IDs', () => {
    const sections = [
      'Background',
      'How it works {#how}',
      'Impact',
      'Detect',
      'Prevent',
      'Try it',
      'Check yourself',
      'References',
    ];
    expect(checkAttackVectorSections(page(sections), 1)).toEqual([]);
  });

  it('names each missing section', () => {
    const problems = checkAttackVectorSections(page(['How it works', 'Impact', 'Check yourself', 'References']), 1);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/add a "## Detect" section/),
      expect.stringMatching(/add a "## Prevent" section/),
    ]);
  });

  it('reports a section out of order with its line', () => {
    const problems = checkAttackVectorSections(
      page(['How it works', 'Detect', 'Impact', 'Prevent', 'Check yourself', 'References']),
      10,
    );
    expect(problems).toEqual([{line: 14, message: expect.stringMatching(/"## Detect" is out of order/)}]);
  });

  it('ignores headings inside code blocks', () => {
    const body =
      '```text\n## Detect\n```\n' + page(['How it works', 'Impact', 'Prevent', 'Check yourself', 'References']);
    expect(checkAttackVectorSections(body, 1).map((p) => p.message)).toEqual([expect.stringMatching(/"## Detect"/)]);
  });
});

describe('checkTaskSections', () => {
  const page = (sections: ReadonlyArray<readonly [string, string]>) =>
    sections.map(([heading, text]) => `## ${heading}\n\n${text}\n`).join('\n');
  const good: Array<[string, string]> = [
    ['Before you begin', '- A cluster.'],
    ['Steps', '1. Label the namespace.\n2. Apply the policy.'],
    ['Verify', 'Run the command.'],
    ['What can go wrong', 'If pods stop starting, roll back by removing the label.'],
    ['Check yourself', 'Questions.'],
    ['References', '- Link.'],
  ];

  it('accepts the template order with numbered steps and a rollback', () => {
    expect(checkTaskSections(page(good), 1)).toEqual([]);
  });

  it('names a missing section and an out-of-order one', () => {
    const missing = good.filter(([h]) => h !== 'Verify');
    expect(checkTaskSections(page(missing), 1).map((p) => p.message)).toEqual([
      expect.stringMatching(/add a "## Verify" section \(the page follows docs\/_templates\/task\.mdx\)/),
    ]);
    const swapped = [good[0], good[2], good[1], ...good.slice(3)] as Array<[string, string]>;
    expect(checkTaskSections(page(swapped), 1)[0]?.message).toMatch(/"## Verify" is out of order/);
  });

  it('requires numbered steps, and names the line of the heading', () => {
    const bullets = good.map(([h, t]): [string, string] => (h === 'Steps' ? [h, '- Do this.\n- Then that.'] : [h, t]));
    expect(checkTaskSections(page(bullets), 10)).toEqual([
      {line: 14, message: expect.stringMatching(/"## Steps" has no numbered list/)},
    ]);
  });

  it('requires the rollback in "What can go wrong"', () => {
    const noRollback = good.map(([h, t]): [string, string] =>
      h === 'What can go wrong' ? [h, 'Pods may stop starting.'] : [h, t],
    );
    expect(checkTaskSections(page(noRollback), 1)[0]?.message).toMatch(/does not say how to roll back/);
  });
});
