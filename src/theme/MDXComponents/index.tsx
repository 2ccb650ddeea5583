import React, {type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';

/**
 * Markdown tables scroll sideways on narrow screens. A scrollable region must
 * be reachable by keyboard (axe: scrollable-region-focusable), so each table
 * sits in a focusable, labelled region.
 */
function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <div className="table-scroll" role="region" aria-label="Table (scrolls sideways)" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/** Swizzle (wrap): spreads the original components and replaces only `table`. */
const components: typeof MDXComponents = {
  ...MDXComponents,
  table: ScrollableTable,
};

export default components;
