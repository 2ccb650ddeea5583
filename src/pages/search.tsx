import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import SearchPage from '@site/src/components/Search/SearchPage';

export default function Search(): ReactNode {
  return (
    <Layout title="Search" description="Search every article and tool of the Kubernetes Security Field Guide, offline.">
      <main className="container margin-vert--lg">
        <SearchPage />
      </main>
    </Layout>
  );
}
