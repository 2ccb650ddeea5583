import React, {lazy, type ReactNode} from 'react';
import ToolPage from '@site/src/components/ToolPage';
import Intro from '@site/src/components/PssChecker/Intro';

// The checker and the Pod Security engine load only on this page, in their own
// chunk (tests/e2e/budgets.spec.ts checks that articles never load it).
const PssChecker = lazy(() => import(/* webpackChunkName: "pss-checker" */ '@site/src/components/PssChecker'));

export default function PssCheckerPage(): ReactNode {
  return (
    <ToolPage
      title="Pod Security checker"
      description="Check Kubernetes Pods, Deployments, Jobs and other workloads against the Baseline and Restricted Pod Security Standards at any policy version, with the Pod Security Admission verdicts, the offending fields and a corrected manifest. Runs entirely in your browser."
      noun="checker"
      intro={<Intro />}
      tool={PssChecker}
    />
  );
}
