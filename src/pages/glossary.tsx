import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Glossary from '@site/src/components/Glossary';
import {glossaryTerms} from '@site/src/lib/learning/glossaryTerms';

const DESCRIPTION =
  'Kubernetes security terms in plain words, each with a short definition, a longer explanation and the pages that teach it.';

export default function GlossaryPage(): ReactNode {
  return (
    <Layout title="Glossary" description={DESCRIPTION}>
      <main className="container margin-vert--lg">
        <Heading as="h1">Glossary</Heading>
        <p>
          {DESCRIPTION} {glossaryTerms.length} terms. In articles, a term with a dotted underline opens its short
          definition.
        </p>
        <Glossary terms={glossaryTerms} />
      </main>
    </Layout>
  );
}
