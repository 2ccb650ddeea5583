import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './intro.module.css';

/**
 * The checker page's introduction. Rendered on the server with the page, so
 * it must never import the engine (src/lib/pss): that stays in the lazy
 * "pss-checker" chunk.
 */
export default function Intro(): ReactNode {
  return (
    <div className={styles.intro}>
      <p>
        Paste or open Kubernetes manifests to see whether their Pods and pod templates (Deployments, Jobs, CronJobs and
        the other workloads) meet the Baseline or Restricted{' '}
        <Link to="/docs/fundamentals/primitives/pod-security-standards">Pod Security Standard</Link>, at any policy
        version from v1.0 to the newest. The verdicts match what the{' '}
        <Link to="/docs/fundamentals/admission/pod-security-admission">Pod Security Admission</Link> controller decides:
        each failing control shows the reason and detail the API server reports, the offending field in your input, how
        to fix it, and a corrected manifest.
      </p>
      <p>
        Nothing leaves your browser: the manifests are parsed and checked on this page, which needs no network once it
        has loaded, a share link carries them in its fragment, which browsers never send to a server, and this tab keeps
        them in its session storage so that Back and reload bring them back.
      </p>
    </div>
  );
}
