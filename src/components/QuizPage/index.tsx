import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Quiz, {type QuizQuestion} from '@site/src/components/Quiz';
import ProgressPanel from '@site/src/components/Progress';
import {useProgress} from '@site/src/components/Progress/store';
import type {Progress} from '@site/src/lib/learning/progress';
import styles from './styles.module.css';

interface SetLink {
  readonly to: string;
  readonly label: string;
}

interface ExamEntry {
  readonly exam: string;
  readonly title: string;
  readonly to: string;
  readonly ids: readonly string[];
  readonly sets: readonly SetLink[];
  readonly domains: ReadonlyArray<{id: string; title: string; weight: number; to: string; ids: readonly string[]}>;
}

type PageData =
  | {readonly kind: 'index'; readonly exams: readonly ExamEntry[]}
  | {
      readonly kind: 'set';
      readonly title: string;
      readonly description: string;
      readonly up: {readonly to: string; readonly label: string};
      readonly questions: readonly QuizQuestion[];
      /** On an exam's practice sets: the whole exam, for its score and the links between sets. */
      readonly exam?: {
        readonly name: string;
        readonly ids: readonly string[];
        readonly sets: readonly SetLink[];
        readonly current: number;
      };
    };

/** "3 of 12 answered correctly": from the reader's progress, shown after hydration. */
function score(progress: Progress, ids: readonly string[]): string {
  const correct = ids.filter((id) => progress.answers[id]?.correct).length;
  return `${correct} of ${ids.length} answered correctly`;
}

/** Links to every practice set of an exam, the current one marked. */
function SetNav({sets, current, label}: {sets: readonly SetLink[]; current?: number; label: string}): ReactNode {
  return (
    <nav aria-label={label}>
      <ul className={styles.sets}>
        {sets.map((set, i) => (
          <li key={set.to}>
            <Link to={set.to} aria-current={i === current ? 'page' : undefined}>
              {set.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A quiz page (route data from src/plugins/quizzes): the index of quizzes, or one set of questions. */
export default function QuizPage({page}: {readonly page: PageData}): ReactNode {
  const {progress} = useProgress();
  if (page.kind === 'index') {
    const description =
      'Practice questions for the KCSA and CKS exams, by exam and by domain. Each answer explains every option and links to the section that teaches it.';
    return (
      <Layout title="Quizzes" description={description}>
        <main className="container margin-vert--lg">
          <Heading as="h1">Quizzes</Heading>
          <p>{description} Your answers stay in this browser.</p>
          <ProgressPanel />
          {page.exams.map((exam) => (
            <section key={exam.exam} className={styles.exam}>
              <Heading as="h2" id={exam.exam.toLowerCase()}>
                <Link to={exam.to}>{exam.title}</Link>
              </Heading>
              <p>
                {exam.ids.length} questions in {exam.sets.length} practice sets with the exam&apos;s mix of domains;{' '}
                {score(progress, exam.ids)}.
              </p>
              <SetNav sets={exam.sets} label={`${exam.exam} practice sets`} />
              <p>By domain:</p>
              <ul>
                {exam.domains.map((d) => (
                  <li key={d.id}>
                    {d.ids.length > 0 ? <Link to={d.to}>{`${d.id} ${d.title}`}</Link> : `${d.id} ${d.title}`} (
                    {d.weight}% of the exam):{' '}
                    {d.ids.length > 0 ? `${d.ids.length} questions, ${score(progress, d.ids)}` : 'no questions yet'}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </main>
      </Layout>
    );
  }
  const ids = page.questions.map((q) => q.id);
  const next = page.exam?.sets[page.exam.current + 1];
  return (
    <Layout title={page.title} description={page.description}>
      <main className="container margin-vert--lg">
        <p className={styles.up}>
          <Link to={page.up.to}>{page.up.label}</Link>
        </p>
        <Heading as="h1">{page.title}</Heading>
        <p>{page.description}</p>
        <p role="status" className={styles.score}>
          {page.questions.length} questions; {score(progress, ids)}.
          {page.exam && ` All ${page.exam.name} questions: ${score(progress, page.exam.ids)}.`}
        </p>
        {page.exam && (
          <SetNav sets={page.exam.sets} current={page.exam.current} label={`${page.exam.name} practice sets`} />
        )}
        <Quiz questions={page.questions} headingLevel={2} />
        {next && (
          <p className={styles.next}>
            <Link to={next.to}>Next: {next.label}</Link>
          </p>
        )}
      </main>
    </Layout>
  );
}
