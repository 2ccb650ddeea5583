import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useProgress} from '@site/src/components/Progress/store';
import {pageKey} from '@site/src/lib/learning/paths';
import type {ExamMap} from '@site/src/lib/content/curriculumMap';
import styles from './styles.module.css';

interface Props {
  /** Route data from src/plugins/curriculum-map. */
  readonly exams: readonly ExamMap[];
}

const EXAM_NAMES: Record<ExamMap['exam'], string> = {
  KCSA: 'KCSA: Kubernetes and Cloud Native Security Associate',
  CKS: 'CKS: Certified Kubernetes Security Specialist',
};

/** The curriculum coverage map: every competency of both exams and the pages that teach it. */
export default function CurriculumMap({exams}: Props): ReactNode {
  const {progress} = useProgress();
  const {siteConfig} = useDocusaurusContext();
  const isRead = (permalink: string): boolean => progress.read[pageKey(permalink, siteConfig.baseUrl)] !== undefined;
  return (
    <Layout
      title="KCSA and CKS curriculum map"
      description="Every KCSA and CKS competency, with its exam weight and the pages of the guide that cover it.">
      <main className="container margin-vert--lg">
        <Heading as="h1">KCSA and CKS curriculum map</Heading>
        <p>
          Every competency of both exams, with the weight of its domain and the pages that cover it in depth. Use it to
          plan your study, or to find what the guide does not cover yet. The map is built from each page&apos;s front
          matter when the site is built, so it is always current. Pages you have read to the end are marked read; that
          record stays in this browser.
        </p>
        {exams.map((exam) => (
          <section key={exam.exam} aria-labelledby={`exam-${exam.exam}`} className="margin-bottom--xl">
            <Heading as="h2" id={`exam-${exam.exam}`}>
              {EXAM_NAMES[exam.exam]}
            </Heading>
            <p>
              {exam.covered} of {exam.total} competencies covered.
            </p>
            {exam.domains.map((domain) => (
              <div
                key={domain.id}
                className={styles.tableWrap}
                role="region"
                aria-labelledby={`domain-${domain.id}`}
                tabIndex={0}>
                <table className={styles.table}>
                  <caption id={`domain-${domain.id}`} className={styles.caption}>
                    {domain.id} {domain.title}: {domain.weight}% of the exam ({domain.covered} of{' '}
                    {domain.competencies.length} covered)
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">ID</th>
                      <th scope="col">Competency</th>
                      <th scope="col">Pages</th>
                      <th scope="col">Read</th>
                    </tr>
                  </thead>
                  <tbody>
                    {domain.competencies.map((c) => (
                      <tr key={c.id}>
                        <th scope="row" className={styles.id}>
                          {c.id}
                        </th>
                        <td>{c.title}</td>
                        <td>
                          {c.pages.length === 0 ? (
                            <span className={styles.gap}>Not covered yet</span>
                          ) : (
                            <ul className={styles.pages}>
                              {c.pages.map((p) => (
                                <li key={p.permalink}>
                                  <Link to={p.permalink}>{p.title}</Link>
                                  {isRead(p.permalink) && <span className={styles.read}> (read)</span>}
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td className={styles.readCount}>
                          {c.pages.filter((p) => isRead(p.permalink)).length} of {c.pages.length}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        ))}
      </main>
    </Layout>
  );
}
