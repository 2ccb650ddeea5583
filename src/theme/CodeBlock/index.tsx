import React, {isValidElement, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import StringContent from '@theme/CodeBlock/Content/String';

/**
 * Ejected from @docusaurus/theme-classic 3.10.2 for one change: the original
 * gives its content `key={String(useIsBrowser())}`, which throws away and
 * rebuilds every code block's DOM right after hydration so that inline Prism
 * colours can follow the colour mode. Our Prism theme has no inline colours
 * (see `classOnlyCodeTheme` and src/css/prism-theme.css), so the remount only
 * cost time: 1.5 s of blocking script on a page with five examples, as
 * Lighthouse measures it. Everything else is as upstream.
 */
function maybeStringifyChildren(children: ReactNode): ReactNode {
  if (React.Children.toArray(children).some((el) => isValidElement(el))) return children;
  return Array.isArray(children) ? children.join('') : children;
}

export default function CodeBlock({children: rawChildren, ...props}: Props): ReactNode {
  const children = maybeStringifyChildren(rawChildren);
  return typeof children === 'string' ? (
    <StringContent {...props}>{children}</StringContent>
  ) : (
    <ElementContent {...props}>{children}</ElementContent>
  );
}
