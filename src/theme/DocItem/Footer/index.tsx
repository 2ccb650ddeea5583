import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import RelatedPages from '@site/src/components/RelatedPages';
import ReadMarker from '@site/src/components/Progress/ReadMarker';

type Props = WrapperProps<typeof FooterType>;

/**
 * Swizzle (wrap): adds, above the original doc footer, the page's related
 * pages (front matter `related`) and the marker that records the page as read
 * once the reader reaches its end.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const {frontMatter, metadata} = useDoc();
  const related = (frontMatter as {related?: readonly string[]}).related ?? [];
  return (
    <>
      {related.length > 0 && <RelatedPages ids={related} />}
      <ReadMarker path={metadata.permalink} />
      <Footer {...props} />
    </>
  );
}
