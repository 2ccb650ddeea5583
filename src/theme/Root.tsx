import React, {type ReactNode} from 'react';
import UpdatePrompt from '@site/src/components/UpdatePrompt';

interface Props {
  readonly children: ReactNode;
}

/**
 * Swizzle (Root, which Docusaurus documents as the place for app-wide
 * additions): registers the offline service worker and shows the
 * "new version available" prompt on every page.
 */
export default function Root({children}: Props): ReactNode {
  return (
    <>
      {children}
      <UpdatePrompt />
    </>
  );
}
