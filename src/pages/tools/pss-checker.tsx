import React, {lazy, Suspense, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Layout from '@theme/Layout';
import Intro from '@site/src/components/PssChecker/Intro';

// The checker and the Pod Security engine load only on this page, in their own
// chunk (tests/e2e/budgets.spec.ts checks that articles never load it).
const PssChecker = lazy(() => import(/* webpackChunkName: "pss-checker" */ '@site/src/components/PssChecker'));

function Loading(): ReactNode {
  return <p>Loading the checker…</p>;
}

export default function PssCheckerPage(): ReactNode {
  return (
    <Layout
      title="Pod Security checker"
      description="Check Kubernetes Pods, Deployments, Jobs and other workloads against the Baseline and Restricted Pod Security Standards at any policy version, with the Pod Security Admission verdicts, the offending fields and a corrected manifest. Runs entirely in your browser.">
      <main className="container margin-vert--lg">
        <h1>Pod Security checker</h1>
        <Intro />
        {/* Reserve the tool's height so the footer does not jump when it loads (CLS). */}
        <div className="tool-root">
          <BrowserOnly fallback={<Loading />}>
            {() => (
              <Suspense fallback={<Loading />}>
                <PssChecker />
              </Suspense>
            )}
          </BrowserOnly>
        </div>
        <noscript>
          <p>The checker runs in your browser and needs JavaScript.</p>
        </noscript>
      </main>
    </Layout>
  );
}
