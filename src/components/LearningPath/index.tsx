import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ProgressPanel from '@site/src/components/Progress';
import {useProgress} from '@site/src/components/Progress/store';
import {pathPosition, stepDone, type ResolvedStep} from '@site/src/lib/learning/paths';
import styles from './styles.module.css';

interface PathData {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly ResolvedStep[];
}

type PageData =
  | ({readonly kind: 'path'} & PathData)
  | {readonly kind: 'index'; readonly paths: ReadonlyArray<PathData & {readonly to: string}>};

const KIND_LABEL = {doc: 'Read', quiz: 'Quiz', exercise: 'Exercise'} as const;

/** A learning path, or the list of paths (route data from src/plugins/learning-paths). */
export default function LearningPath({page}: {readonly page: PageData}): ReactNode {
  const {progress} = useProgress();
  if (page.kind === 'index') {
    const description =
      'Ordered routes through the articles, quizzes and exercises: for the KCSA exam, for the CKS exam, and for hardening a real cluster. Your place is kept in this browser.';
    return (
      <Layout title="Learning paths" description={description}>
        <main className="container margin-vert--lg">
          <Heading as="h1">Learning paths</Heading>
          <p>{description}</p>
          <ul className={styles.paths}>
            {page.paths.map((p) => {
              const {done} = pathPosition(p.steps, progress);
              return (
                <li key={p.id}>
                  <Heading as="h2" className={styles.pathTitle}>
                    <Link to={p.to}>{p.title}</Link>
                  </Heading>
                  <p>{p.description}</p>
                  <p className={styles.count}>
                    {done} of {p.steps.length} steps done
                  </p>
                </li>
              );
            })}
          </ul>
          <ProgressPanel />
        </main>
      </Layout>
    );
  }
  const {done, current} = pathPosition(page.steps, progress);
  const next = current === -1 ? undefined : page.steps[current];
  const previous = current > 0 ? page.steps[current - 1] : undefined;
  return (
    <Layout title={page.title} description={page.description}>
      <main className="container margin-vert--lg">
        <p className={styles.up}>
          <Link to="/paths">All learning paths</Link>
        </p>
        <Heading as="h1">{page.title}</Heading>
        <p>{page.description}</p>
        <p role="status" className={styles.count}>
          {done} of {page.steps.length} steps done.{' '}
          {next ? (
            <>
              Next: <Link to={next.to}>{next.title}</Link>
            </>
          ) : (
            'Path complete.'
          )}
        </p>
        <nav aria-label="Where you are" className={styles.pager}>
          {previous && (
            <Link className="pagination-nav__link" to={previous.to}>
              <span className="pagination-nav__sublabel">Previous step</span>
              <span className="pagination-nav__label">{previous.title}</span>
            </Link>
          )}
          {next && (
            <Link className="pagination-nav__link pagination-nav__link--next" to={next.to}>
              <span className="pagination-nav__sublabel">Next step</span>
              <span className="pagination-nav__label">{next.title}</span>
            </Link>
          )}
        </nav>
        <ol className={styles.steps}>
          {page.steps.map((step, i) => {
            const isDone = stepDone(step, progress);
            return (
              <li
                key={`${step.kind}-${step.to}`}
                className={clsx(styles.step, isDone && styles.done, i === current && styles.current)}
                aria-current={i === current ? 'step' : undefined}>
                <span className={styles.kind}>{KIND_LABEL[step.kind]}</span> <Link to={step.to}>{step.title}</Link>{' '}
                <span className={styles.state}>{isDone ? '✓ done' : i === current ? '← you are here' : ''}</span>
              </li>
            );
          })}
        </ol>
      </main>
    </Layout>
  );
}
