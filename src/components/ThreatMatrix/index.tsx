import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {CellStatus, MatrixCell, MatrixView} from '@site/src/lib/content/threatMatrix';
import styles from './styles.module.css';

interface Props {
  /** Route data from src/plugins/threat-matrix. */
  readonly matrix: MatrixView & {readonly kind: 'microsoft' | 'attack'};
}

const TEXT = {
  microsoft: {
    title: 'Microsoft Threat Matrix for Kubernetes',
    description:
      'Every technique of the Microsoft Threat Matrix for Kubernetes, by tactic, with the attack-vector articles that explain how it works, how to detect it and how to stop it.',
    other: {to: '/threat-matrix/mitre-attack', label: 'Switch to the MITRE ATT&CK Containers view'},
  },
  attack: {
    title: 'MITRE ATT&CK Containers matrix',
    description:
      'Every MITRE ATT&CK technique on the Containers platform, by tactic, with the attack-vector articles that explain it for Kubernetes, its detection and its fix.',
    other: {to: '/threat-matrix', label: 'Switch to the Microsoft Threat Matrix view'},
  },
} as const;

/** Text shown in each cell, so the status never depends on colour alone. */
const STATUS: Record<CellStatus, {icon: string; label: string; className: string | undefined}> = {
  covered: {icon: '✓', label: 'Covered', className: styles.covered},
  gap: {icon: '○', label: 'Not covered yet', className: styles.gap},
  historical: {icon: '◇', label: 'Historical, not counted', className: styles.historical},
  'not-kubernetes': {icon: '–', label: 'No Kubernetes form, not counted', className: styles.notKubernetes},
};

function Cell({cell}: {readonly cell: MatrixCell}): ReactNode {
  const status = STATUS[cell.status];
  return (
    <li className={clsx(styles.cell, status.className, cell.parent && styles.sub)}>
      <span className={styles.name}>
        {cell.name} {cell.displayId && <span className={styles.id}>{cell.displayId}</span>}
      </span>
      <span className={styles.status}>
        <span aria-hidden="true">{status.icon}</span> {status.label}
      </span>
      {cell.pages.length > 0 && (
        <ul className={styles.pages}>
          {cell.pages.map((p) => (
            <li key={p.permalink}>
              <Link to={p.permalink}>{p.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {cell.note && <p className={styles.note}>{cell.note}</p>}
    </li>
  );
}

/**
 * A threat matrix: one list per tactic, laid out as columns on wide screens
 * and stacked on narrow ones. Each tactic is a heading, so screen-reader users
 * can jump between tactics; each cell states its coverage in words.
 */
export default function ThreatMatrix({matrix}: Props): ReactNode {
  const text = TEXT[matrix.kind];
  const {figures} = matrix;
  return (
    <Layout title={text.title} description={text.description}>
      <main className="container container--fluid margin-vert--lg">
        <Heading as="h1">{text.title}</Heading>
        <p className={styles.lead}>
          {text.description} The matrix is generated from each article&apos;s front matter when the site is built.{' '}
          <Link to={text.other.to}>{text.other.label}</Link>.
        </p>
        <p className={styles.figures}>
          <strong>
            {figures.covered} of {figures.applicable} techniques covered ({figures.percent}%).
          </strong>{' '}
          {figures.excluded > 0 &&
            `${figures.excluded} ${figures.excluded === 1 ? 'technique is' : 'techniques are'} shown but not counted: ${
              matrix.kind === 'microsoft'
                ? 'they were retired from the matrix or no longer apply to current Kubernetes'
                : 'they have no Kubernetes form'
            }; each says why.`}
        </p>
        <div className={styles.scroller} role="region" aria-label={`${text.title}, by tactic`} tabIndex={0}>
          <div className={styles.grid} style={{'--columns': matrix.columns.length} as React.CSSProperties}>
            {matrix.columns.map((column) => {
              const id = `tactic-${column.tactic.toLowerCase().replace(/[^a-z]+/g, '-')}`;
              return (
                <section key={column.tactic} className={styles.column} aria-labelledby={id}>
                  <Heading as="h2" id={id} className={styles.tactic}>
                    {column.tactic}
                    {column.tacticId && <span className={styles.id}> {column.tacticId}</span>}
                  </Heading>
                  <ul className={styles.cells}>
                    {column.cells.map((cell) => (
                      <Cell key={cell.id} cell={cell} />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        </div>
        <p className={styles.source}>Source: {matrix.source}</p>
      </main>
    </Layout>
  );
}
