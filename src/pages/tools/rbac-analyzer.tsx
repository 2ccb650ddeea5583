import React, {lazy, type ReactNode} from 'react';
import ToolPage from '@site/src/components/ToolPage';
import Intro from '@site/src/components/RbacAnalyzer/Intro';

// The analyzer and the RBAC engine load only on this page, in their own chunk
// (tests/e2e/budgets.spec.ts checks that articles never load it).
const RbacAnalyzer = lazy(() => import(/* webpackChunkName: "rbac-analyzer" */ '@site/src/components/RbacAnalyzer'));

export default function RbacAnalyzerPage(): ReactNode {
  return (
    <ToolPage
      title="RBAC analyzer"
      description="Paste Kubernetes Roles, ClusterRoles and bindings to see each subject's effective permissions, ask who can do what, and find privilege-escalation risks. Runs entirely in your browser."
      noun="analyzer"
      intro={<Intro />}
      tool={RbacAnalyzer}
    />
  );
}
