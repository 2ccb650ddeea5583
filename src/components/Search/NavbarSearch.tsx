import React, {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {normaliseQuery, type SearchHit} from '@site/src/lib/search/results';
import {isSearchShortcut} from '@site/src/lib/search/shortcut';
import styles from './styles.module.css';

const NavbarResults = lazy(() => import(/* webpackChunkName: "search-results" */ './NavbarResults'));

/**
 * The navbar search box: Ctrl+K, ⌘K or "/" focuses it; results appear below
 * as links (Arrow keys move between them, Escape closes); Enter opens the
 * first result; "All results" opens the search page. Only the box is in every
 * page's bundle: the results panel and the search code load on first focus.
 */
export default function NavbarSearch(): ReactNode {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const hits = useRef<readonly SearchHit[]>([]);
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const statusId = useId();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (!isSearchShortcut(event, document.activeElement)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const close = useCallback(() => setOpen(false), []);
  const onHits = useCallback((next: readonly SearchHit[]) => {
    hits.current = next;
  }, []);
  const query = normaliseQuery(text);
  const allResults = `${searchPage}?q=${encodeURIComponent(query)}`;

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      panel.current?.querySelector('a')?.focus();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && query !== '') {
      event.preventDefault();
      close();
      history.push(hits.current[0]?.url ?? allResults);
    }
  };

  return (
    <div
      className={styles.navbarSearch}
      role="search"
      aria-label="Site"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}>
      <input
        ref={input}
        type="search"
        className={styles.input}
        placeholder="Search"
        aria-label="Search the guide"
        {...(active ? {'aria-describedby': statusId} : {})}
        value={text}
        onFocus={() => {
          setActive(true);
          if (query !== '') setOpen(true);
        }}
        onChange={(event) => {
          setText(event.target.value);
          setActive(true);
          setOpen(true);
        }}
        onKeyDown={onInputKey}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        Ctrl K
      </kbd>
      {active && (
        <Suspense fallback={null}>
          <NavbarResults
            query={text}
            open={open}
            statusId={statusId}
            allResultsUrl={allResults}
            inputRef={input}
            panelRef={panel}
            onClose={close}
            onHits={onHits}
          />
        </Suspense>
      )}
    </div>
  );
}
