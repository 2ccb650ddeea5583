import React, {type ReactNode} from 'react';
import type {ExcerptSegment} from '@site/src/lib/search/excerpt';

interface Props {
  readonly segments: readonly ExcerptSegment[];
  readonly className?: string;
}

/** Excerpt text with the matched words in `<mark>`; rendered as text, never as HTML. */
export default function Excerpt({segments, className}: Props): ReactNode {
  return (
    <span className={className}>
      {segments.map((s, i) =>
        s.match ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>,
      )}
    </span>
  );
}
