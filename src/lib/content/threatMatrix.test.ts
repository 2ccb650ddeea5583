import {describe, expect, it} from 'vitest';
import {buildAttackContainersMatrix, buildMicrosoftMatrix, type MatrixPage} from './threatMatrix';

const escape: MatrixPage = {
  title: 'Privileged container escape',
  permalink: '/docs/attack-vectors/privileged-container-escape',
  mitre_attack: ['T1611', 'T1610'],
  microsoft_matrix: ['MS-TA9018', 'Writable hostPath mount'],
};
const other: MatrixPage = {title: 'A fundamentals page', permalink: '/docs/fundamentals/rbac'};

describe('buildMicrosoftMatrix', () => {
  it('has the ten tactics as columns in the published order', () => {
    const view = buildMicrosoftMatrix([]);
    expect(view.columns.map((c) => c.tactic)).toEqual([
      'Initial Access',
      'Execution',
      'Persistence',
      'Privilege Escalation',
      'Defense Evasion',
      'Credential Access',
      'Discovery',
      'Lateral Movement',
      'Collection',
      'Impact',
    ]);
  });

  it('counts each current technique once, with nothing covered when no page maps to it', () => {
    expect(buildMicrosoftMatrix([other]).figures).toEqual({applicable: 40, covered: 0, percent: 0, excluded: 3});
  });

  it('links a page to every cell of a technique, found by ID or by name, in each of its tactics', () => {
    const view = buildMicrosoftMatrix([escape, other]);
    const hostPath = view.columns.flatMap((c) => c.cells).filter((c) => c.id === 'MS-TA9013');
    expect(hostPath).toHaveLength(3);
    for (const cell of hostPath) {
      expect(cell.status).toBe('covered');
      expect(cell.pages).toEqual([{title: escape.title, permalink: escape.permalink}]);
    }
    expect(view.figures).toEqual({applicable: 40, covered: 2, percent: 5, excluded: 3});
  });

  it('marks retired techniques historical with their explanation, never as gaps', () => {
    const cells = buildMicrosoftMatrix([]).columns.flatMap((c) => c.cells);
    const tiller = cells.find((c) => c.name === 'Access tiller endpoint');
    expect(tiller?.status).toBe('historical');
    expect(tiller?.note).toMatch(/Helm 3 removed Tiller/);
    expect(tiller?.displayId).toBeUndefined();
    const dashboard = cells.find((c) => c.id === 'MS-TA9032');
    expect(dashboard?.note).toMatch(/Now part of MS-TA9005 Exposed sensitive interfaces\.$/);
    expect(dashboard?.displayId).toBe('MS-TA9032');
    expect(cells.filter((c) => c.status === 'historical').every((c) => c.note)).toBe(true);
  });

  it('lists a page once per technique even if it names it by ID and by name', () => {
    const twice = {...escape, microsoft_matrix: ['MS-TA9018', 'Privileged container']};
    const cell = buildMicrosoftMatrix([twice])
      .columns.flatMap((c) => c.cells)
      .find((c) => c.id === 'MS-TA9018');
    expect(cell?.pages).toHaveLength(1);
  });

  it('throws, naming the page, on a value the catalogue does not know', () => {
    expect(() => buildMicrosoftMatrix([{...escape, microsoft_matrix: ['Tiller']}])).toThrow(
      /privileged-container-escape: microsoft_matrix lists "Tiller"/,
    );
  });
});

describe('buildAttackContainersMatrix', () => {
  it('shows only tactics that have Containers techniques, in ATT&CK order', () => {
    const tactics = buildAttackContainersMatrix([]).columns.map((c) => c.tactic);
    expect(tactics[0]).toBe('Initial Access');
    expect(tactics).toContain('Privilege Escalation');
    expect(tactics).not.toContain('Reconnaissance');
  });

  it('counts a technique once across tactics and leaves out those with no Kubernetes form', () => {
    const view = buildAttackContainersMatrix([escape]);
    const cells = view.columns.flatMap((c) => c.cells);
    expect(cells.filter((c) => c.id === 'T1610').length).toBe(2);
    expect(view.figures.covered).toBe(2);
    expect(view.figures.excluded).toBe(5);
    expect(view.figures.applicable + view.figures.excluded).toBe(new Set(cells.map((c) => c.id)).size);
    expect(cells.find((c) => c.id === 'T1612')?.status).toBe('not-kubernetes');
    expect(cells.find((c) => c.id === 'T1552.007')?.parent).toBe('T1552');
  });

  it('ignores Enterprise techniques outside the Containers platform but still accepts them', () => {
    const view = buildAttackContainersMatrix([{...escape, mitre_attack: ['T1552.005']}]);
    expect(view.figures.covered).toBe(0);
  });

  it('throws on an unknown ATT&CK ID', () => {
    expect(() => buildAttackContainersMatrix([{...escape, mitre_attack: ['T0000']}])).toThrow(/T0000/);
  });
});
