import React, {lazy, Suspense, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Layout from '@theme/Layout';
import Intro from '@site/src/components/RbacAnalyzer/Intro';

// The analyzer and the RBAC engine load only on this page, in their own chunk
// (tests/e2e/budgets.spec.ts checks that articles never load it).
const RbacAnalyzer = lazy(() => import(/* webpackChunkName: "rbac-analyzer" */ '@site/src/components/RbacAnalyzer'));

function Loading(): ReactNode {
  return <p>Loading the analyzer…</p>;
}

export default function RbacAnalyzerPage(): ReactNode {
  return (
    <Layout
      title="RBAC analyzer"
      description="Paste Kubernetes Roles, ClusterRoles and bindings to see each subject's effective permissions, ask who can do what, and find privilege-escalation risks. Runs entirely in your browser.">
      <main className="container margin-vert--lg">
        <h1>RBAC analyzer</h1>
        <Intro />
        {/* Reserve the tool's height so the footer does not jump when it loads (CLS). */}
        <div className="tool-root">
          <BrowserOnly fallback={<Loading />}>
            {() => (
              <Suspense fallback={<Loading />}>
                <RbacAnalyzer />
              </Suspense>
            )}
          </BrowserOnly>
        </div>
        <noscript>
          <p>The analyzer runs in your browser and needs JavaScript.</p>
        </noscript>
      </main>
    </Layout>
  );
}
