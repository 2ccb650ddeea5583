import React, {useEffect, type KeyboardEvent, type ReactNode, type RefObject} from 'react';
import {useHistory} from '@docusaurus/router';
import {NAVBAR_RESULT_LIMIT, type SearchHit} from '@site/src/lib/search/results';
import HitList from './HitList';
import {usePagefind} from './usePagefind';
import styles from './styles.module.css';

interface Props {
  /** What the reader typed. */
  readonly query: string;
  readonly open: boolean;
  readonly statusId: string;
  readonly allResultsUrl: string;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly panelRef: RefObject<HTMLDivElement | null>;
  readonly onClose: () => void;
  /** The hits shown, so Enter in the box can open the first one. */
  readonly onHits: (hits: readonly SearchHit[]) => void;
}

/**
 * The navbar search's results panel. It is a lazy chunk of its own, loaded when
 * the search box first gets focus, so pages that are only read never download
 * the search code.
 */
export default function NavbarResults({
  query,
  open,
  statusId,
  allResultsUrl,
  inputRef,
  panelRef,
  onClose,
  onHits,
}: Props): ReactNode {
  const {state, search, preload} = usePagefind(NAVBAR_RESULT_LIMIT);
  const history = useHistory();

  useEffect(() => preload(), [preload]);
  useEffect(() => search(query), [search, query]);
  useEffect(() => onHits(state.hits), [onHits, state.hits]);

  const onPanelKey = (event: KeyboardEvent<HTMLElement>): void => {
    const all = [...(panelRef.current?.querySelectorAll('a') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      onClose();
      inputRef.current?.focus();
    }
  };

  const status =
    state.status === 'unavailable'
      ? 'Search is not available here. It works on the built site (npm run build, then npm run serve).'
      : state.status === 'loading'
        ? 'Searching…'
        : state.status === 'done'
          ? state.total === 0
            ? `No pages match “${state.query}”.`
            : `${state.total} ${state.total === 1 ? 'page matches' : 'pages match'} “${state.query}”.`
          : '';

  return (
    <div
      ref={panelRef}
      className={styles.panel}
      hidden={!open || state.query === ''}
      aria-label="Search results"
      role="region">
      <p id={statusId} className={styles.status} aria-live="polite">
        {status}
      </p>
      {state.hits.length > 0 && (
        <HitList hits={state.hits} sections={false} onNavigate={onClose} onKeyDown={onPanelKey} />
      )}
      {state.status === 'done' && state.total > 0 && (
        <a
          className={styles.allResults}
          href={allResultsUrl}
          onKeyDown={onPanelKey}
          onClick={(event) => {
            event.preventDefault();
            onClose();
            history.push(allResultsUrl);
          }}>
          All results for “{state.query}”
        </a>
      )}
    </div>
  );
}
