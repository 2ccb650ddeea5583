import React, {Children, isValidElement, type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Term from '@site/src/components/Term';

/** Text of a React subtree (strings and numbers only). */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

/** "Table: Component, Port, …" from the header row, so each scroll region has a distinct name. */
function tableLabel(children: ReactNode): string {
  const head = Children.toArray(children).find((c) => isValidElement(c) && c.type === 'thead');
  const cells = isValidElement<{children?: ReactNode}>(head)
    ? Children.toArray(
        Children.toArray(head.props.children).flatMap((row) =>
          isValidElement<{children?: ReactNode}>(row) ? Children.toArray(row.props.children) : [],
        ),
      ).map((cell) => textOf(cell).trim())
    : [];
  const names = cells.filter(Boolean);
  return names.length > 0 ? `Table: ${names.join(', ')}` : 'Table';
}

/**
 * Markdown tables scroll sideways on narrow screens. A scrollable region must
 * be reachable by keyboard (axe: scrollable-region-focusable) and each region
 * needs its own name (axe: landmark-unique), taken from the header row.
 */
function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <div className="table-scroll" role="region" aria-label={tableLabel(props.children)} tabIndex={0}>
      <table {...props} />
    </div>
  );
}

/**
 * Swizzle (wrap): spreads the original components, replaces `table`, and adds
 * `Term` (glossary popovers, used on many pages, so articles need no import).
 */
const components: typeof MDXComponents = {
  ...MDXComponents,
  table: ScrollableTable,
  Term,
};

export default components;
