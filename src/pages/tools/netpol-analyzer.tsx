import React, {lazy, type ReactNode} from 'react';
import ToolPage from '@site/src/components/ToolPage';
import Intro from '@site/src/components/NetpolAnalyzer/Intro';

// The analyzer and the NetworkPolicy engine load only on this page, in their own chunk
// (tests/e2e/budgets.spec.ts checks that articles never load it).
const NetpolAnalyzer = lazy(
  () => import(/* webpackChunkName: "netpol-analyzer" */ '@site/src/components/NetpolAnalyzer'),
);

export default function NetpolAnalyzerPage(): ReactNode {
  return (
    <ToolPage
      title="NetworkPolicy analyzer"
      description="Paste Kubernetes Namespaces, workloads and NetworkPolicies to see which connections are allowed and why, as a connectivity matrix. Runs entirely in your browser."
      noun="analyzer"
      intro={<Intro />}
      tool={NetpolAnalyzer}
    />
  );
}
