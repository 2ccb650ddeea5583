import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {learningPaths, promises, sections, tools} from './data';
import styles from './styles.module.css';

/** The home page body: what the guide is, who it is for, the learning paths and the sections. */
export default function HomePage(): ReactNode {
  return (
    <>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Kubernetes Security Field Guide
          </Heading>
          <p className={styles.lead}>
            Learn how Kubernetes clusters are attacked and how to defend them, from the API server to the container
            runtime. Written for people preparing for KCSA or CKS and for engineers hardening real clusters. Every claim
            targets Kubernetes v1.37, and every example is tested like code.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/fundamentals">
              Start with the fundamentals
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="paths-heading" className="margin-bottom--lg">
          <Heading as="h2" id="paths-heading">
            Learning paths
          </Heading>
          <div className={styles.grid}>
            {learningPaths.map((path) => (
              <article key={path.title} className={styles.card}>
                <Heading as="h3">{path.title}</Heading>
                <p>{path.audience}</p>
                <ol>
                  {path.steps.map((step) => (
                    <li key={step.to + step.label}>
                      <Link to={step.to}>{step.label}</Link>
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </div>
        </section>
        <section aria-labelledby="sections-heading" className="margin-bottom--lg">
          <Heading as="h2" id="sections-heading">
            Sections
          </Heading>
          <div className={styles.grid}>
            {sections.map((section) => (
              <Link key={section.to} to={section.to} className={styles.sectionCard}>
                <span className={styles.sectionTitle}>{section.title}</span>
                <span>{section.description}</span>
              </Link>
            ))}
          </div>
        </section>
        <section aria-labelledby="tools-heading" className="margin-bottom--lg">
          <Heading as="h2" id="tools-heading">
            Tools that run in your browser
          </Heading>
          <p>Nothing you paste leaves your browser: both tools work offline, with no server behind them.</p>
          <div className={styles.grid}>
            {tools.map((tool) => (
              <Link key={tool.to} to={tool.to} className={styles.sectionCard}>
                <span className={styles.sectionTitle}>{tool.title}</span>
                <span>{tool.description}</span>
              </Link>
            ))}
          </div>
        </section>
        <section aria-labelledby="promise-heading">
          <Heading as="h2" id="promise-heading">
            What you can rely on
          </Heading>
          <ul>
            {promises.map((promise) => (
              <li key={promise}>{promise}</li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
