import {
  ATTACK,
  containersTechniques,
  MS_MATRIX_SOURCE,
  MS_TACTICS,
  MS_TECHNIQUES,
  msTechnique,
  NOT_KUBERNETES,
} from './threatCatalogs';

/**
 * Builds the two threat-matrix views (Microsoft Threat Matrix for Kubernetes,
 * MITRE ATT&CK Containers) from the catalogue data and the attack-vector
 * articles' front matter. Pure data in, pure data out: the plugin in
 * src/plugins/threat-matrix feeds it the loaded docs, the component renders it.
 */

/** An article as the matrix links it, with the catalogue keys of its front matter. */
export interface MatrixPage {
  readonly title: string;
  readonly permalink: string;
  readonly mitre_attack?: readonly string[];
  readonly microsoft_matrix?: readonly string[];
}

export interface PageLink {
  readonly title: string;
  readonly permalink: string;
}

/**
 * - covered: at least one article explains the technique;
 * - gap: the technique applies to current Kubernetes and no article covers it yet;
 * - historical: retired from the matrix or no longer possible on current Kubernetes (not a gap);
 * - not-kubernetes: an ATT&CK Containers technique with no Kubernetes form (not a gap).
 */
export type CellStatus = 'covered' | 'gap' | 'historical' | 'not-kubernetes';

export interface MatrixCell {
  /** Stable key: the catalogue ID, or a "historical-…" key for a retired entry that never had one. */
  readonly id: string;
  /** The ID to show readers; absent for retired entries the catalogue never numbered. */
  readonly displayId?: string;
  readonly name: string;
  readonly status: CellStatus;
  readonly pages: readonly PageLink[];
  /** Why a historical or not-kubernetes technique is not counted. */
  readonly note?: string;
  /** For a sub-technique ("T1552.007"): its parent's ID. */
  readonly parent?: string;
}

export interface MatrixColumn {
  /** Tactic name, e.g. "Privilege Escalation". */
  readonly tactic: string;
  /** ATT&CK tactic ID ("TA0004"); the Microsoft matrix's tactics have none. */
  readonly tacticId?: string;
  readonly cells: readonly MatrixCell[];
}

export interface CoverageFigures {
  /** Distinct techniques that count: not historical, not without a Kubernetes form. */
  readonly applicable: number;
  readonly covered: number;
  /** covered / applicable, rounded down to a whole percent. */
  readonly percent: number;
  /** Distinct techniques left out of the count, with the reason shown on the page. */
  readonly excluded: number;
}

export interface MatrixView {
  readonly columns: readonly MatrixColumn[];
  readonly figures: CoverageFigures;
  /** Where the catalogue came from, for the page's footnote. */
  readonly source: string;
}

function sortedLinks(pages: readonly PageLink[]): PageLink[] {
  return [...pages].sort((a, b) => a.title.localeCompare(b.title));
}

/** Maps each catalogue ID to the pages that list it, resolving Microsoft names to IDs. */
function index(
  pages: readonly MatrixPage[],
  key: 'mitre_attack' | 'microsoft_matrix',
  resolve: (value: string) => string | undefined,
): Map<string, PageLink[]> {
  const out = new Map<string, PageLink[]>();
  for (const page of pages) {
    for (const value of page[key] ?? []) {
      const id = resolve(value);
      if (id === undefined) {
        throw new Error(`${page.permalink}: ${key} lists "${value}", which is not in the catalogue data`);
      }
      const list = out.get(id) ?? [];
      if (!list.some((p) => p.permalink === page.permalink)) list.push({title: page.title, permalink: page.permalink});
      out.set(id, list);
    }
  }
  return out;
}

function figures(cells: readonly MatrixCell[]): CoverageFigures {
  const distinct = new Map(cells.map((c) => [c.id, c]));
  const counted = [...distinct.values()].filter((c) => c.status === 'covered' || c.status === 'gap');
  const covered = counted.filter((c) => c.status === 'covered').length;
  return {
    applicable: counted.length,
    covered,
    percent: counted.length === 0 ? 0 : Math.floor((covered * 100) / counted.length),
    excluded: distinct.size - counted.length,
  };
}

/** The Microsoft Threat Matrix for Kubernetes: its ten tactics as columns, retired techniques marked historical. */
export function buildMicrosoftMatrix(pages: readonly MatrixPage[]): MatrixView {
  const byId = index(pages, 'microsoft_matrix', (v) => msTechnique(v)?.id);
  const columns = MS_TACTICS.map((tactic) => ({
    tactic,
    cells: MS_TECHNIQUES.filter((t) => t.tactics.includes(tactic)).map((t): MatrixCell => {
      const links = sortedLinks(byId.get(t.id) ?? []);
      if (t.retired) {
        const replacement = t.retired.replacedBy ? msTechnique(t.retired.replacedBy) : undefined;
        return {
          id: t.id,
          ...(t.id.startsWith('MS-') ? {displayId: t.id} : {}),
          name: t.name,
          status: 'historical',
          pages: links,
          note: replacement
            ? `${t.retired.reason} Now part of ${replacement.id} ${replacement.name}.`
            : t.retired.reason,
        };
      }
      return {id: t.id, displayId: t.id, name: t.name, status: links.length > 0 ? 'covered' : 'gap', pages: links};
    }),
  }));
  return {
    columns,
    figures: figures(columns.flatMap((c) => c.cells)),
    source: `Microsoft Threat Matrix for Kubernetes, ${MS_MATRIX_SOURCE.repository} at ${MS_MATRIX_SOURCE.commit.slice(0, 7)} (${MS_MATRIX_SOURCE.commitDate}), CC BY 4.0`,
  };
}

/**
 * MITRE ATT&CK techniques on the Containers platform, under each tactic that
 * has at least one, in ATT&CK's tactic order; sub-techniques follow their
 * parent. A technique with no Kubernetes form is shown but not counted.
 */
export function buildAttackContainersMatrix(pages: readonly MatrixPage[]): MatrixView {
  const byId = index(pages, 'mitre_attack', (v) => (ATTACK.techniques.some((t) => t.id === v) ? v : undefined));
  const techniques = containersTechniques();
  const columns = ATTACK.tactics
    .map((tactic) => ({
      tactic: tactic.name,
      tacticId: tactic.id,
      cells: techniques
        .filter((t) => t.tactics?.includes(tactic.shortname))
        .map((t): MatrixCell => {
          const links = sortedLinks(byId.get(t.id) ?? []);
          const parent = t.id.includes('.') ? t.id.split('.')[0] : undefined;
          const note = NOT_KUBERNETES[t.id];
          const status: CellStatus = note !== undefined ? 'not-kubernetes' : links.length > 0 ? 'covered' : 'gap';
          return {
            id: t.id,
            displayId: t.id,
            name: t.name,
            status,
            pages: links,
            ...(note ? {note} : {}),
            ...(parent ? {parent} : {}),
          };
        }),
    }))
    .filter((c) => c.cells.length > 0);
  return {
    columns,
    figures: figures(columns.flatMap((c) => c.cells)),
    source: `MITRE ATT&CK Enterprise v${ATTACK.attackVersion}, Containers platform (mitre/cti at ${ATTACK.commit.slice(0, 7)}). ${ATTACK.licence}`,
  };
}
