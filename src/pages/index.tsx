import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import HomePage from '@site/src/components/HomePage';

export default function Home(): ReactNode {
  return (
    <Layout
      title="Kubernetes security, tested"
      description="Learn to attack, defend and certify Kubernetes clusters (KCSA, CKS) with current, tested examples and in-browser tools.">
      <HomePage />
    </Layout>
  );
}
