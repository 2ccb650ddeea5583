import React, {lazy, Suspense, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {Badge} from '@site/src/components/ToolUi';
import {useProgress} from '@site/src/components/Progress/store';
import ProgressPanel from '@site/src/components/Progress';
import {
  docLabel,
  solvedSummary,
  type PracticeExercisePage,
  type PracticeIndexPage,
  type PracticePageData,
} from '@site/src/lib/exercises/practice';
import styles from './styles.module.css';

// The editor and the graders (Pod Security engine, RBAC analyzer, NetworkPolicy
// analyzer) load only when an exercise page opens, in a chunk of their own.
const Workbench = lazy(() => import(/* webpackChunkName: "practice-workbench" */ './Workbench'));

const INDEX_DESCRIPTION =
  "Hands-on Kubernetes security tasks graded in your browser by the site's own engines: fix workloads until they pass Pod Security, write least-privilege RBAC, and isolate namespaces with NetworkPolicies.";

/** "Solved" with the date, once the reader has solved the exercise in this browser. */
function SolvedMark({id}: {readonly id: string}): ReactNode {
  const {progress} = useProgress();
  const at = progress.exercises[id];
  if (at === undefined) return null;
  return (
    <span className={styles.solved}>
      <Badge tone="good">Solved</Badge>
      <span className="sr-only"> on </span>
      <span className={styles.solvedDate}> {new Date(at).toISOString().slice(0, 10)}</span>
    </span>
  );
}

function IndexPage({page}: {readonly page: PracticeIndexPage}): ReactNode {
  const {progress} = useProgress();
  return (
    <Layout title="Graded exercises" description={INDEX_DESCRIPTION}>
      <main className="container margin-vert--lg tool-root">
        <Heading as="h1">Graded exercises</Heading>
        <p>
          {INDEX_DESCRIPTION} Nothing leaves your browser; solved exercises are kept with the rest of your progress.
        </p>
        <ProgressPanel />
        {page.sections.map((section) => (
          <section key={section.tool} aria-labelledby={section.tool} className={styles.section}>
            <Heading as="h2" id={section.tool}>
              {section.title}
            </Heading>
            <p>{section.description}</p>
            <p className={styles.summary}>
              {solvedSummary(
                progress.exercises,
                section.exercises.map((e) => e.id),
              )}
              .
            </p>
            <ol className={styles.list}>
              {section.exercises.map((e) => (
                <li key={e.id}>
                  <Link to={e.to}>{e.title}</Link> <SolvedMark id={e.id} />
                  <p className={styles.task}>{e.task}</p>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </main>
    </Layout>
  );
}

function ExercisePage({page}: {readonly page: PracticeExercisePage}): ReactNode {
  const {exercise, section} = page;
  const loading = <p>Loading the editor and the grader…</p>;
  return (
    <Layout title={exercise.title} description={exercise.task}>
      <main className="container margin-vert--lg tool-root">
        <p className={styles.up}>
          <Link to={`/practice#${section.tool}`}>{section.title} exercises</Link> · {page.position} of {page.total}
        </p>
        <Heading as="h1">
          {exercise.title} <SolvedMark id={exercise.id} />
        </Heading>
        <p className={styles.taskLead}>{exercise.task}</p>
        {exercise.docs.length > 0 ? (
          <p>
            Read first:{' '}
            {exercise.docs.map((to, i) => (
              <React.Fragment key={to}>
                {i > 0 ? ', ' : null}
                <Link to={to}>{docLabel(to)}</Link>
              </React.Fragment>
            ))}
          </p>
        ) : null}
        {exercise.context.trim() ? (
          <details className={styles.context}>
            <summary>Objects already in the cluster (read-only, graded together with your answer)</summary>
            <pre tabIndex={0}>
              <code>{exercise.context}</code>
            </pre>
          </details>
        ) : null}
        <BrowserOnly fallback={loading}>
          {() => (
            <Suspense fallback={loading}>
              {/* Keyed, so moving to the next exercise starts with no grade, hints or solution shown. */}
              <Workbench key={exercise.id} exercise={exercise} />
            </Suspense>
          )}
        </BrowserOnly>
        <noscript>
          <p>The grader runs in your browser and needs JavaScript.</p>
        </noscript>
        <nav aria-label="Other exercises" className={styles.pager}>
          {page.previous ? (
            <Link to={page.previous.to} rel="prev">
              ← {page.previous.title}
            </Link>
          ) : (
            <span />
          )}
          {page.next ? (
            <Link to={page.next.to} rel="next">
              {page.next.title} →
            </Link>
          ) : null}
        </nav>
      </main>
    </Layout>
  );
}

interface Props {
  /** Route data from src/plugins/practice. */
  readonly page: PracticePageData;
}

/** A practice page: the index of exercises, or one exercise. */
export default function PracticePage({page}: Props): ReactNode {
  return page.kind === 'index' ? <IndexPage page={page} /> : <ExercisePage page={page} />;
}
