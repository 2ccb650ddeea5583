import {describe, expect, it} from 'vitest';
import {checkFrontMatter, frontMatterList, isSchemaManagedDoc, validateFrontMatter} from './frontmatter';

const valid = {
  title: 'Service accounts',
  description: 'How service accounts authenticate workloads and how to keep their tokens short-lived.',
  tags: ['authentication', 'service-accounts'],
  applies_to: 'v1.37',
  last_reviewed: '2026-11-27',
  curriculum: ['CKS-2.2', 'KCSA-3.3'],
};

describe('checkFrontMatter', () => {
  it('accepts a complete front matter', () => {
    expect(checkFrontMatter(valid, 'a.mdx')).toEqual([]);
  });

  it('accepts the Date that gray-matter makes of an unquoted date', () => {
    expect(checkFrontMatter({...valid, last_reviewed: new Date('2026-11-27T00:00:00Z')}, 'a.mdx')).toEqual([]);
  });

  it('rejects an unknown key and names the file to extend', () => {
    const issues = checkFrontMatter({...valid, last_reviwed: '2026-11-27'}, 'a.mdx');
    expect(issues).toContainEqual({
      file: 'a.mdx',
      key: 'last_reviwed',
      message: expect.stringMatching(/unknown front-matter key "last_reviwed".*frontmatter\.ts/),
    });
  });

  it.each([
    ['description', {description: undefined}, /"description" is required/],
    ['applies_to', {applies_to: '1.37'}, /must look like "v1.37"/],
    ['last_reviewed', {last_reviewed: '2026-13-45'}, /real calendar date/],
    ['tags', {tags: ['Pod Security']}, /kebab-case/],
    ['curriculum', {curriculum: ['CKS-9.9']}, /not a competency ID/],
    ['description', {description: 'Too short.'}, /at least 40 characters/],
  ])('reports a bad %s', (_key, patch, message) => {
    const issues = checkFrontMatter({...valid, ...patch}, 'a.mdx');
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
  });
});

describe('isSchemaManagedDoc', () => {
  it('manages docs pages but not templates, partials or other folders', () => {
    expect(isSchemaManagedDoc('/site/docs/fundamentals/rbac.mdx')).toBe(true);
    expect(isSchemaManagedDoc('/site/docs/_templates/concept.mdx')).toBe(false);
    expect(isSchemaManagedDoc('/site/docs/fundamentals/_partial.mdx')).toBe(false);
    expect(isSchemaManagedDoc('/site/src/pages/index.mdx')).toBe(false);
  });
});

describe('validateFrontMatter', () => {
  it('throws one error listing every problem, for the build', () => {
    expect(() => validateFrontMatter({title: 'x'}, '/s/docs/a.mdx')).toThrow(
      /Front matter of \/s\/docs\/a\.mdx is invalid:\n {2}- /,
    );
  });
  it('ignores files outside docs/', () => {
    expect(() => validateFrontMatter({}, '/s/src/pages/a.mdx')).not.toThrow();
  });
});

describe('threat-catalogue keys', () => {
  const article = {
    ...valid,
    mitre_attack: ['T1611', 'T1610'],
    microsoft_matrix: ['MS-TA9018', 'Writable hostPath mount'],
    owasp_k8s: ['K01'],
  };
  const file = 'docs/attack-vectors/privileged-container-escape.mdx';

  it('accepts known IDs and exact Microsoft technique names on an attack-vector article', () => {
    expect(checkFrontMatter(article, file)).toEqual([]);
    expect(checkFrontMatter(article, `/site/${file}`)).toEqual([]);
  });

  it.each([
    ['mitre_attack', {mitre_attack: ['T9999']}, /not a current MITRE ATT&CK Enterprise technique ID/],
    ['mitre_attack', {mitre_attack: ['T1611', 'T1611']}, /lists an ID twice/],
    ['microsoft_matrix', {microsoft_matrix: ['MS-TA9999']}, /not a Microsoft Threat Matrix technique/],
    ['microsoft_matrix', {microsoft_matrix: ['Privileged containers']}, /not a Microsoft Threat Matrix technique/],
    ['owasp_k8s', {owasp_k8s: ['K11']}, /not an OWASP Kubernetes Top 10 ID/],
    ['owasp_k8s', {owasp_k8s: 'K01'}, /expected array/],
  ])('rejects a bad %s', (_key, patch, message) => {
    const issues = checkFrontMatter({...article, ...patch}, file);
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
  });

  it('requires an ATT&CK or Microsoft technique on attack-vector articles, but not on the section index', () => {
    const bare = {...valid, owasp_k8s: ['K01']};
    expect(checkFrontMatter(bare, file).map((i) => i.message)).toEqual([
      expect.stringMatching(/at least one technique in "mitre_attack".*"microsoft_matrix"/),
    ]);
    expect(checkFrontMatter({...bare, microsoft_matrix: []}, file)).toHaveLength(1);
    expect(checkFrontMatter({...bare, microsoft_matrix: ['MS-TA9018']}, file)).toEqual([]);
    expect(checkFrontMatter(valid, 'docs/attack-vectors/index.mdx')).toEqual([]);
  });

  it('rejects the keys on pages outside docs/attack-vectors/', () => {
    const issues = checkFrontMatter({...valid, mitre_attack: ['T1611']}, 'docs/fundamentals/rbac.mdx');
    expect(issues).toEqual([
      {
        file: 'docs/fundamentals/rbac.mdx',
        key: 'mitre_attack',
        message: expect.stringMatching(/only for attack-vector/),
      },
    ]);
  });

  it('makes the build fail on an unknown ID', () => {
    expect(() => validateFrontMatter({...article, mitre_attack: ['T0000']}, `/site/${file}`)).toThrow(
      /T0000|mitre_attack/,
    );
  });
});

describe('frontMatterList', () => {
  it('reads a list as strings and anything else as undefined', () => {
    expect(frontMatterList(['rbac', 1])).toEqual(['rbac', '1']);
    expect(frontMatterList('rbac')).toBeUndefined();
    expect(frontMatterList(undefined)).toBeUndefined();
  });
});
