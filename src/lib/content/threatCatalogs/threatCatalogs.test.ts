import {describe, expect, it} from 'vitest';
import {
  ATTACK,
  attackTechnique,
  containersTechniques,
  isOwaspK8sId,
  MS_TACTICS,
  MS_TECHNIQUES,
  msTechnique,
  NOT_KUBERNETES,
  OWASP_K8S_TOP10,
} from '.';

describe('Microsoft Threat Matrix for Kubernetes', () => {
  it('has the 40 current techniques MS-TA9001 to MS-TA9041 except the retired MS-TA9032', () => {
    const current = MS_TECHNIQUES.filter((t) => !t.retired).map((t) => t.id);
    const expected = Array.from({length: 41}, (_, i) => `MS-TA${9001 + i}`).filter((id) => id !== 'MS-TA9032');
    expect([...current].sort()).toEqual(expected);
  });

  it('has unique IDs and unique names', () => {
    expect(new Set(MS_TECHNIQUES.map((t) => t.id)).size).toBe(MS_TECHNIQUES.length);
    expect(new Set(MS_TECHNIQUES.map((t) => t.name.toLowerCase())).size).toBe(MS_TECHNIQUES.length);
  });

  it('puts every technique in at least one known tactic column', () => {
    for (const t of MS_TECHNIQUES) {
      expect(t.tactics.length, t.id).toBeGreaterThan(0);
      for (const tactic of t.tactics) expect(MS_TACTICS, t.id).toContain(tactic);
    }
  });

  it('maps only to current ATT&CK Enterprise techniques', () => {
    for (const t of MS_TECHNIQUES)
      for (const id of t.mitre) expect(attackTechnique(id), `${t.id} -> ${id}`).toBeDefined();
  });

  it('explains every retired technique, and a replacement is a current technique', () => {
    const retired = MS_TECHNIQUES.filter((t) => t.retired);
    expect(retired.map((t) => t.name)).toContain('Access tiller endpoint');
    for (const t of retired) {
      expect(t.retired?.reason.length, t.id).toBeGreaterThan(60);
      if (t.retired?.replacedBy) expect(msTechnique(t.retired.replacedBy)?.retired).toBeUndefined();
    }
  });

  it('finds a technique by ID or by exact name, case-insensitively, and nothing else', () => {
    expect(msTechnique('MS-TA9018')?.name).toBe('Privileged container');
    expect(msTechnique('privileged container')?.id).toBe('MS-TA9018');
    expect(msTechnique('Privileged containers')).toBeUndefined();
    expect(msTechnique('__proto__')).toBeUndefined();
    expect(msTechnique('constructor')).toBeUndefined();
  });

  it('columns hold as many cells as the published matrix (docs/index.md)', () => {
    const perColumn = MS_TACTICS.map((c) => MS_TECHNIQUES.filter((t) => !t.retired && t.tactics.includes(c)).length);
    expect(perColumn).toEqual([5, 6, 6, 4, 4, 6, 5, 7, 2, 3]);
  });
});

describe('MITRE ATT&CK data', () => {
  it('records its version, commit and licence', () => {
    expect(ATTACK.attackVersion).toMatch(/^\d+\.\d+$/);
    expect(ATTACK.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(ATTACK.licence).toContain('MITRE');
  });

  it('has unique, well-formed technique IDs', () => {
    const ids = ATTACK.techniques.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^T\d{4}(\.\d{3})?$/);
  });

  it('gives every Containers technique a known tactic, and every sub-technique its parent', () => {
    const tactics = new Set(ATTACK.tactics.map((t) => t.shortname));
    const containers = containersTechniques();
    expect(containers.length).toBeGreaterThanOrEqual(40);
    for (const t of containers) {
      expect(t.tactics?.length, t.id).toBeGreaterThan(0);
      for (const tactic of t.tactics ?? []) expect(tactics.has(tactic), `${t.id} ${tactic}`).toBe(true);
      if (t.id.includes('.')) expect(attackTechnique(t.id.split('.')[0] ?? ''), t.id).toBeDefined();
    }
    expect(containers.map((t) => t.id)).toContain('T1611');
  });

  it('explains only Containers techniques as having no Kubernetes form', () => {
    const containers = new Set(containersTechniques().map((t) => t.id));
    for (const id of Object.keys(NOT_KUBERNETES)) expect(containers.has(id), id).toBe(true);
  });

  it('rejects unknown and prototype-named IDs', () => {
    expect(attackTechnique('T9999')).toBeUndefined();
    expect(attackTechnique('__proto__')).toBeUndefined();
  });
});

describe('OWASP Kubernetes Top 10', () => {
  it('is K01 to K10, each named once', () => {
    expect(OWASP_K8S_TOP10.map((r) => r.id)).toEqual(
      Array.from({length: 10}, (_, i) => `K${String(i + 1).padStart(2, '0')}`),
    );
    expect(new Set(OWASP_K8S_TOP10.map((r) => r.name)).size).toBe(10);
    expect(isOwaspK8sId('K03')).toBe(true);
    expect(isOwaspK8sId('K11')).toBe(false);
    expect(isOwaspK8sId('k03')).toBe(false);
  });
});
